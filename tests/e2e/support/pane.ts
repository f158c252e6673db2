/**
 * End-to-end helpers: the production bundle served from dist/ on 127.0.0.1, Debian's Chromium driven by
 * playwright-core at the task pane's 320 px width, axe-core checks and screenshots.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { serveDirectory, type StaticServer } from "./server";

export const ROOT = path.join(__dirname, "..", "..", "..");
export const DIST = path.join(ROOT, "dist");
export const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Build the production bundle when dist/taskpane.html is missing. */
export function ensureBuilt(): void {
  if (existsSync(path.join(DIST, "taskpane.html"))) return;
  execFileSync(path.join(ROOT, "node_modules", ".bin", "webpack"), ["--mode", "production"], {
    cwd: ROOT,
    stdio: "pipe",
    timeout: 600_000,
  });
}

export interface PaneHarness {
  server: StaticServer;
  browser: Browser;
  newPage(opts?: { dark?: boolean }): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<PaneHarness> {
  ensureBuilt();
  const server = await serveDirectory(DIST);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    async newPage(opts = {}) {
      const context = await browser.newContext({
        viewport: { width: 320, height: 800 },
        acceptDownloads: true,
        locale: "id-ID",
        colorScheme: opts.dark ? "dark" : "light",
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(server.url + "taskpane.html");
      return { context, page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Serious and critical axe-core violations on the page as it is now (rule id: targets). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await settled(page);
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!has) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Tabster's focus guards (<i tabindex="0" aria-hidden="true" data-tabster-dummy>, added by Fluent's TabList and
    // Dialog) pass focus on at once and are never read; axe's aria-hidden-focus flags them, so they are excluded.
    const r = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document, {
      resultTypes: ["violations"],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 5).join(", ")}`);
}

/** Elements wider than the 320 px pane (none expected: nothing may need horizontal scrolling). */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth}px`);
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1 && getComputedStyle(el).position !== "fixed") {
        out.push(
          `${el.tagName.toLowerCase()}.${(el.className || "").toString().split(" ")[0]} right=${Math.round(r.right)}`,
        );
      }
    }
    return out.slice(0, 10);
  });
}

/** Wait until no animation runs (a dialog fading in would give axe half-transparent colours). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await settled(page);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Open a view by its tab. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("tabpanel", { name }).waitFor();
}

/** Wait until the pane is not busy (no spinner). */
export async function idle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => !document.querySelector(".fui-Spinner"), undefined, { timeout });
}
