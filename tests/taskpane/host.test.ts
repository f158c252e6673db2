import { detectHost, isDarkColor, REQUIRED_EXCEL_API, type OfficeLike } from "../../src/taskpane/session/host";
import { readFileSync } from "node:fs";
import path from "node:path";

function office(host: unknown, opts: { sets?: string[]; bg?: string } = {}): OfficeLike & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    onReady: () => Promise.resolve({ host, platform: "PC" }),
    HostType: { Excel: "Excel" },
    context: {
      requirements: {
        isSetSupported: (name: string, v?: string) => {
          asked.push(`${name} ${v}`);
          return name === "ExcelApi" && (opts.sets ?? []).includes(v ?? "");
        },
      },
      officeTheme: opts.bg ? { bodyBackgroundColor: opts.bg } : null,
    },
  };
}

test("the requirement checked is the manifest's floor", () => {
  const manifest = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
  const m = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest);
  expect(m?.[1]).toBe(REQUIRED_EXCEL_API);
});

test("no Office global: standalone, theme from the browser", async () => {
  expect(await detectHost({ office: undefined })).toEqual({ kind: "standalone", theme: "light" });
  expect(await detectHost({ office: undefined, prefersDark: true })).toEqual({ kind: "standalone", theme: "dark" });
});

test("office.js loaded in a plain browser (host null): standalone", async () => {
  expect((await detectHost({ office: office(null) })).kind).toBe("standalone");
});

test("Excel with the floor: excel mode, following Office's dark theme", async () => {
  const o = office("Excel", { sets: [REQUIRED_EXCEL_API], bg: "#262626" });
  expect(await detectHost({ office: o })).toEqual({ kind: "excel", theme: "dark" });
  expect(o.asked).toEqual([`ExcelApi ${REQUIRED_EXCEL_API}`]);
  expect((await detectHost({ office: office("Excel", { sets: [REQUIRED_EXCEL_API], bg: "#FFFFFF" }) })).theme).toBe(
    "light",
  );
});

test("an old Excel gets the requirement it lacks", async () => {
  expect(await detectHost({ office: office("Excel", { sets: ["1.1", "1.7"] }) })).toEqual({
    kind: "old-excel",
    theme: "light",
    required: REQUIRED_EXCEL_API,
  });
});

test("another Office application is named", async () => {
  expect(await detectHost({ office: office("Word") })).toMatchObject({ kind: "wrong-host", host: "Microsoft Word" });
});

describe("Office.onReady that never answers", () => {
  const never: OfficeLike = { onReady: () => new Promise(() => undefined) };
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("inside Office (task pane URL with _host_Info): a timeout message", async () => {
    const p = detectHost({ office: never, timeoutMs: 5000, search: "?_host_Info=Excel$Win32$16.01$id-ID$$$$0" });
    await jest.advanceTimersByTimeAsync(5000);
    expect(await p).toEqual({ kind: "timeout", theme: "light" });
  });

  test("in a plain browser: standalone mode", async () => {
    const p = detectHost({ office: never, timeoutMs: 5000, search: "", framed: false });
    await jest.advanceTimersByTimeAsync(5000);
    expect((await p).kind).toBe("standalone");
  });

  test("onReady that rejects is treated like one that never answers", async () => {
    const failing: OfficeLike = { onReady: () => Promise.reject(new Error("boom")) };
    expect((await detectHost({ office: failing, framed: true })).kind).toBe("timeout");
  });
});

test("isDarkColor", () => {
  expect(isDarkColor("#000000")).toBe(true);
  expect(isDarkColor("#333333")).toBe(true);
  expect(isDarkColor("#FFFFFF")).toBe(false);
  expect(isDarkColor("#E6E6E6")).toBe(false);
  expect(isDarkColor(undefined)).toBe(false);
});
