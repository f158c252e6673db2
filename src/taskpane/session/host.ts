/**
 * Where the pane runs: inside Excel (Office.js ready, host Excel, requirement set met), inside another or an
 * old Office host, or in a plain browser (standalone mode, working on an .xlsx file).
 *
 * Office.onReady never resolves when office.js is blocked (office-js #6040), so it is raced against a
 * timeout. When office.js did not load at all (`Office` undefined: the CDN is unreachable, or the page was
 * opened in a normal browser) or it reports no host (`host: null`), the pane switches to standalone mode.
 */

import { EXCEL_API_FLOOR } from "../../config";

/** The manifest's floor (<Requirements><Sets><Set Name="ExcelApi" MinVersion="..."/>), from src/config.ts. */
export const REQUIRED_EXCEL_API = EXCEL_API_FLOOR;

export const OFFICE_READY_TIMEOUT_MS = 10000;

/**
 * How long a page that is not inside Office waits for office.js before it goes on as the standalone page. The
 * script is loaded without blocking (taskpane.html), so a hanging CDN costs at most this.
 */
export const OFFICE_JS_STANDALONE_WAIT_MS = 250;

export type ThemeKind = "light" | "dark";

export type HostInfo =
  | { kind: "excel"; theme: ThemeKind }
  | { kind: "standalone"; theme: ThemeKind }
  /** Excel, but older than the manifest's floor. */
  | { kind: "old-excel"; theme: ThemeKind; required: string }
  /** Another Office application (Word, PowerPoint ...). */
  | { kind: "wrong-host"; theme: ThemeKind; host: string }
  /** office.js is there and the page runs inside Office, but onReady did not answer in time. */
  | { kind: "timeout"; theme: ThemeKind };

/** The part of the Office global the pane uses (so tests can pass a fake). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  context?: {
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    officeTheme?: { bodyBackgroundColor?: string } | null;
  };
  HostType?: { Excel?: unknown };
}

export interface HostEnv {
  office: OfficeLike | undefined;
  timeoutMs?: number;
  /** The page's query string (Office adds `_host_Info=Excel$...` when it opens a task pane). */
  search?: string;
  /** True when the page runs in a frame (Excel on the web). */
  framed?: boolean;
  /** The browser's colour preference, for standalone mode. */
  prefersDark?: boolean;
}

/** The global `Office`, or undefined when office.js did not load. */
export function globalOffice(): OfficeLike | undefined {
  const g = globalThis as { Office?: OfficeLike };
  return typeof g.Office === "object" && g.Office !== null && typeof g.Office.onReady === "function"
    ? g.Office
    : undefined;
}

/** What taskpane.html's office.js tag recorded: "loaded", "failed", or nothing yet. */
type OfficeJsStatus = "loaded" | "failed" | undefined;

/**
 * The global `Office` once office.js has loaded, or undefined when it failed or did not arrive in time. office.js
 * is an async script (taskpane.html): inside Office the page waits for it up to OFFICE_READY_TIMEOUT_MS; in a
 * plain browser only OFFICE_JS_STANDALONE_WAIT_MS, so an unreachable CDN never holds the standalone page.
 */
export function waitForOfficeJs(insideOffice: boolean, doc: Document = document): Promise<OfficeLike | undefined> {
  const status = () => (globalThis as { __lkjipOfficeJs?: OfficeJsStatus }).__lkjipOfficeJs;
  const script = doc.getElementById("office-js");
  if (globalOffice() || status() !== undefined || !script) return Promise.resolve(globalOffice());
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      script.removeEventListener("load", done);
      script.removeEventListener("error", done);
      resolve(globalOffice());
    };
    const timer = setTimeout(done, insideOffice ? OFFICE_READY_TIMEOUT_MS : OFFICE_JS_STANDALONE_WAIT_MS);
    script.addEventListener("load", done);
    script.addEventListener("error", done);
  });
}

/** The current page's environment (browser only). */
export function browserEnv(): HostEnv {
  let framed = false;
  try {
    framed = window.self !== window.top;
  } catch {
    framed = true;
  }
  let prefersDark = false;
  try {
    prefersDark = typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  } catch {
    prefersDark = false;
  }
  return { office: globalOffice(), search: window.location.search, framed, prefersDark };
}

/** Dark when the colour (#RRGGBB) is dark. */
export function isDarkColor(color: string | undefined | null): boolean {
  if (!color) return false;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color.trim());
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  // Relative luminance (sRGB, approximate): dark below the middle.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Whether the page was opened by Office (its task pane URL carries _host_Info) or sits in a frame. */
export function looksInsideOffice(env: HostEnv): boolean {
  return /[?&]_host_Info=/i.test(env.search ?? "") || env.framed === true;
}

function hostName(host: unknown): string {
  const names: Record<string, string> = {
    Word: "Microsoft Word",
    PowerPoint: "Microsoft PowerPoint",
    Outlook: "Microsoft Outlook",
    OneNote: "Microsoft OneNote",
    Project: "Microsoft Project",
    Access: "Microsoft Access",
  };
  const s = String(host);
  return names[s] ?? s;
}

function officeTheme(office: OfficeLike): ThemeKind | null {
  try {
    const bg = office.context?.officeTheme?.bodyBackgroundColor;
    return bg ? (isDarkColor(bg) ? "dark" : "light") : null;
  } catch {
    return null;
  }
}

/** Decide how the pane runs. Never rejects. */
export async function detectHost(env: HostEnv): Promise<HostInfo> {
  const browserTheme: ThemeKind = env.prefersDark ? "dark" : "light";
  const office = env.office;
  if (!office) return { kind: "standalone", theme: browserTheme };

  const timeoutMs = env.timeoutMs ?? OFFICE_READY_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  let info: { host: unknown } | "timeout" | "failed";
  try {
    info = await Promise.race([office.onReady(), timeout]);
  } catch {
    info = "failed";
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }

  if (info === "timeout" || info === "failed") {
    // In a plain browser the page still works on files; inside Office the user must be told.
    return looksInsideOffice(env)
      ? { kind: "timeout", theme: browserTheme }
      : { kind: "standalone", theme: browserTheme };
  }
  const host = info.host;
  if (host === null || host === undefined) return { kind: "standalone", theme: browserTheme };

  const theme = officeTheme(office) ?? browserTheme;
  const excel = office.HostType?.Excel ?? "Excel";
  if (host !== excel && String(host) !== "Excel") return { kind: "wrong-host", theme, host: hostName(host) };

  let supported = false;
  try {
    supported = office.context?.requirements?.isSetSupported("ExcelApi", REQUIRED_EXCEL_API) === true;
  } catch {
    supported = false;
  }
  if (!supported) return { kind: "old-excel", theme, required: REQUIRED_EXCEL_API };
  return { kind: "excel", theme };
}
