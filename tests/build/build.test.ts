/**
 * The production webpack build (webpack.config.js, as `npm run build` runs it) into a temporary folder, checked
 * for its outputs, the task pane's initial JS budget (400 KB gzipped), the production manifest, and that the pane
 * boots in Chromium; plus a development build with a probe page that imports exceljs and docx dynamically, to
 * check that both bundle for the browser, land in on-demand chunks and work there.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { OFFICE_JS_URL, PRODUCTION_URL } from "../../src/config";
import { pagesText } from "../../src/core/i18n/pages";
import {
  iconProblems,
  parseXml,
  residProblems,
  ROOT,
  urlProblems,
  validateWithSchema,
} from "../manifest/manifest-checks";

interface ChunkReport {
  id: string | number | null;
  names: string[];
  initial: boolean;
  files: string[];
  modules: string[];
}
interface BuildReport {
  errors: string[];
  warnings: string[];
  entrypoints: Record<string, string[]>;
  chunks: ChunkReport[];
}

const LIMIT_BYTES = 400 * 1024;
const RUN_BUILD = path.join(__dirname, "fixtures", "run-build.js");
const HEAVY = /^node_modules\/(exceljs|docx)\//;

let tmp: string;
let prodDir: string;
let prod: BuildReport;
let probeDir: string;
let probe: BuildReport;

/** The production build is made as an office's IT would: `LKJIP_PRODUCTION_URL=https://example.go.id/lkjip/ npm run build`. */
const DEPLOY_URL = "https://example.go.id/lkjip/";

function runBuild(configFile: string, mode: "production" | "development", outDir: string): BuildReport {
  const reportFile = `${outDir}.report.json`;
  const env = { ...process.env };
  if (mode === "production") env.LKJIP_PRODUCTION_URL = DEPLOY_URL;
  else delete env.LKJIP_PRODUCTION_URL;
  delete env.NODE_ENV; // as under `npm run build`, not Jest's "test"
  const run = spawnSync(process.execPath, [RUN_BUILD, configFile, mode, outDir, reportFile], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!fs.existsSync(reportFile)) {
    throw new Error(`webpack did not finish (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return JSON.parse(fs.readFileSync(reportFile, "utf8")) as BuildReport;
}

/** The external scripts of a page, in document order. */
function scripts(htmlFile: string): Array<{ src: string; defer: boolean; async: boolean }> {
  const { JSDOM } = require("jsdom") as { JSDOM: new (html: string) => { window: { document: Document } } };
  const { document } = new JSDOM(fs.readFileSync(htmlFile, "utf8")).window;
  return Array.from(document.querySelectorAll("script[src]")).map((s) => ({
    src: s.getAttribute("src") ?? "",
    defer: s.hasAttribute("defer"),
    async: s.hasAttribute("async"),
  }));
}

const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-build-"));
  prodDir = path.join(tmp, "dist");
  probeDir = path.join(tmp, "probe");
  prod = runBuild(path.join(ROOT, "webpack.config.js"), "production", prodDir);
  probe = runBuild(path.join(__dirname, "fixtures", "webpack.probe.config.js"), "development", probeDir);
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("production build", () => {
  test("compiles without errors or warnings", () => {
    expect(prod.errors).toEqual([]);
    expect(prod.warnings).toEqual([]);
  });

  test("writes the pages, the manifest and the icons", () => {
    const expected = [
      "taskpane.html",
      "commands.html",
      "bantuan.html",
      "manifest.xml",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "assets/icon-128.png",
      "assets/logo.png",
      "assets/logo.svg",
    ];
    for (const file of expected) expect(fs.statSync(path.join(prodDir, file)).size).toBeGreaterThan(0);
  });

  test("taskpane.html loads office.js from Microsoft's CDN without blocking, then hashed deferred bundles", () => {
    const [office, ...bundles] = scripts(path.join(prodDir, "taskpane.html"));
    // async: a hanging CDN never holds the standalone page (src/taskpane/session/host.ts waits for it inside Office).
    expect(office).toEqual({ src: OFFICE_JS_URL, defer: false, async: true });
    expect(OFFICE_JS_URL).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(bundles.length).toBeGreaterThan(0);
    for (const b of bundles) {
      expect(b.src).toMatch(/^js\/[\w-]+\.[0-9a-f]{8}\.js$/);
      expect(b.defer).toBe(true);
    }
    expect(bundles.map((b) => b.src).sort()).toEqual(prod.entrypoints.taskpane.filter((f) => f.endsWith(".js")).sort());
  });

  test("taskpane.html says in Indonesian that it is loading, and what to do without JavaScript", () => {
    const { JSDOM } = require("jsdom") as { JSDOM: new (html: string) => { window: { document: Document } } };
    const { document } = new JSDOM(fs.readFileSync(path.join(prodDir, "taskpane.html"), "utf8")).window;
    expect(document.documentElement.getAttribute("lang")).toBe("id");
    expect(document.title).toBe("Asisten LKjIP");
    expect(document.getElementById("memuat")?.textContent).toBe("Memuat Asisten LKjIP…");
    expect(document.querySelector("noscript")?.textContent).toContain("memerlukan JavaScript");
    expect(pagesText.loading).toBe("Memuat Asisten LKjIP…");
  });

  test("commands.html loads office.js first, then the commands bundle only", () => {
    const [office, ...bundles] = scripts(path.join(prodDir, "commands.html"));
    expect(office).toEqual({ src: OFFICE_JS_URL, defer: false, async: false });
    expect(bundles.map((b) => b.src)).toEqual(prod.entrypoints.commands);
    expect(bundles[0].src).toMatch(/^js\/commands\.[0-9a-f]{8}\.js$/);
  });

  test("the task pane's initial JS is at most 400 KB gzipped", () => {
    const files = scripts(path.join(prodDir, "taskpane.html"))
      .map((s) => s.src)
      .filter((src) => !/^https?:/.test(src));
    const sizes = files.map((f) => ({ file: f, gz: gzipped(path.join(prodDir, f)) }));
    const total = sizes.reduce((sum, s) => sum + s.gz, 0);
    console.log(
      `task pane initial JS: ${kb(total)} gzipped (limit ${kb(LIMIT_BYTES)}): ` +
        sizes.map((s) => `${s.file} ${kb(s.gz)}`).join(", "),
    );
    expect(total).toBeGreaterThan(10 * 1024); // React at least: a sanity floor, the sum is real
    expect(total).toBeLessThanOrEqual(LIMIT_BYTES);
  });

  test("exceljs and docx are never in the task pane's initial chunks", () => {
    const initialFiles = new Set(prod.entrypoints.taskpane);
    for (const chunk of prod.chunks) {
      const heavy = chunk.modules.filter((m) => HEAVY.test(m));
      if (chunk.files.some((f) => initialFiles.has(f))) expect(heavy).toEqual([]);
      if (heavy.length > 0) expect(chunk.initial).toBe(false);
    }
  });

  test("LKJIP_PRODUCTION_URL: dist/manifest.xml validates and names only that host, at files the build wrote", () => {
    const file = path.join(prodDir, "manifest.xml");
    const result = validateWithSchema(file);
    expect(result.output).toContain("validates");
    const xml = fs.readFileSync(file, "utf8");
    expect(xml).not.toMatch(/localhost/);
    expect(DEPLOY_URL).not.toBe(PRODUCTION_URL);
    expect(xml).not.toContain(PRODUCTION_URL);
    expect(xml).toContain(`${DEPLOY_URL}taskpane.html`);
    // Every URL in the manifest is on the deployment's host (AppDomains carries its origin).
    const hosts = new Set([...xml.matchAll(/https:\/\/([^/"<\s]+)/g)].map((m) => m[1]));
    expect([...hosts]).toEqual(["example.go.id"]);
    const doc = parseXml(xml);
    expect(urlProblems(doc, DEPLOY_URL)).toEqual([]);
    expect(residProblems(doc)).toEqual([]);
    const toFile = (url: string) =>
      url.startsWith(DEPLOY_URL) ? path.join(prodDir, url.slice(DEPLOY_URL.length)) : null;
    expect(iconProblems(doc, toFile)).toEqual([]);
    const pages = [...xml.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(pages.length).toBe(10);
    for (const url of pages) expect(fs.existsSync(toFile(url) ?? "")).toBe(true);
  });
});

describe("in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the built task pane starts (office.js unreachable, as outside Office) and replaces its loading text", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route("https://**/*", (route) => route.abort());
    await page.goto("file://" + path.join(prodDir, "taskpane.html"));
    expect(await page.title()).toBe("Asisten LKjIP");
    await page.waitForFunction(() => {
      const container = document.getElementById("container");
      return container !== null && container.childElementCount > 0 && !document.getElementById("memuat");
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("an engine without modern JavaScript (IE / old Edge) gets the Indonesian explanation, not endless loading", async () => {
    const page = await browser.newPage();
    // Simulate an engine that cannot parse ES2020: optional chaining is a syntax error, and the bundles
    // (which use it) never run.
    await page.addInitScript(() => {
      const RealFunction = Function;
      const Old = function (...args: string[]) {
        if (args.some((a) => a.includes("?."))) throw new SyntaxError("Expected identifier");
        return RealFunction(...args);
      };
      (window as unknown as { Function: unknown }).Function = Old;
    });
    await page.route("**/js/*.js", (route) => route.abort());
    await page.route("https://**/*", (route) => route.abort());
    await page.goto("file://" + path.join(prodDir, "taskpane.html"));
    expect(await page.textContent("#memuat")).toBe(pagesText.oldBrowser);
    expect(await page.getAttribute("#memuat", "role")).toBe("alert");
    await page.close();
  });

  test("exceljs and docx bundle for the browser, load on demand and write an .xlsx and a .docx", async () => {
    expect(probe.errors).toEqual([]);
    const names = (c: ChunkReport) => c.names.join(",");
    const exceljs = probe.chunks.find((c) => c.modules.some((m) => m.startsWith("node_modules/exceljs/")));
    const docx = probe.chunks.find((c) => c.modules.some((m) => m.startsWith("node_modules/docx/")));
    expect(exceljs && { name: names(exceljs), initial: exceljs.initial }).toEqual({ name: "exceljs", initial: false });
    expect(docx && { name: names(docx), initial: docx.initial }).toEqual({ name: "docx", initial: false });
    expect(exceljs?.modules).toEqual(["node_modules/exceljs/dist/exceljs.min.js"]); // the browser build
    expect(probe.entrypoints.probe).toEqual(["probe.js"]);

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route("https://**/*", (route) => route.abort());
    await page.goto("file://" + path.join(probeDir, "probe.html"));
    const handle = await page.waitForFunction(() => (window as unknown as { __probe?: unknown }).__probe);
    const result = (await handle.jsonValue()) as { sheet: string; xlsx: number[]; docx: number[]; error?: string };
    expect(result.error).toBeUndefined();
    expect(result.sheet).toBe("Capaian");
    expect(String.fromCharCode(...result.xlsx.slice(0, 4))).toBe("PK\u0003\u0004"); // a zip (OOXML) file
    expect(result.xlsx.length).toBeGreaterThan(3000);
    expect(String.fromCharCode(...result.docx.slice(0, 4))).toBe("PK\u0003\u0004");
    expect(result.docx.length).toBeGreaterThan(3000);
    expect(errors).toEqual([]);
    await page.close();
  });
});
