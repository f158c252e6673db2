/**
 * Issue 9 item 2 / issue 13 item 4: a workbook authored by LibreOffice with a chart on the budget data,
 * an image, a pivot table, data validation, conditional formats, comments, named ranges, frozen panes,
 * print titles and area and a hidden sheet (and the same as an .xlsm with a VBA project) goes through
 * `fill --out`, `fill --in-place`, `report --in-place` and the standalone page's download path; every
 * part not concerned by the write comes out byte for byte, a written sheet keeps every cell it was not
 * asked to write, LibreOffice reopens the result, the chart points at the same ranges, and the formulas that
 * depend on a filled cell (in the same sheet, in another sheet, and through another formula) show the new
 * value when LibreOffice opens the file with its default settings ("never recalculate" for .xlsx), after
 * fill and after a report written in place over the filled file. An .xlsm stays an .xlsm through fill and report.
 * Needs LibreOffice: fails loudly when it is missing.
 */
import JSZip from "jszip";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main, type Io } from "../../../src/cli/main";
import { analyze, planFill } from "../../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/settings";
import { createFileSession } from "../../../src/taskpane/session/file-session";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { openAsUser, readValues, sofficePath } from "../../support/libreoffice";
import { loadExcelJs, tempDir } from "./helpers";
import { authoredXlsx, convertWithLibreOffice, withVbaProject } from "./lo-author";

jest.setTimeout(300_000);

const io = (): Io & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l) };
};

async function parts(bytes: Uint8Array | Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

/**
 * Parts a fill may change (the written sheet is checked cell by cell separately; in the Grafik sheet only
 * the two formulas that read the written F3 lose their cached result, checked by `expectGrafikStale`).
 */
const FILL_MAY_CHANGE = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/sheet2.xml",
];

/** A formula cell of LibreOffice's as it is once its stale cached result is dropped: no type, no <v>. */
const uncached = (cell: string) => cell.replace(/ t="n"/, "").replace(/<v>[^<]*<\/v>/, "");

/** Grafik (sheet2) differs from the input only in B1 and C1, which read F3 and lost their cached 0. */
function expectGrafikStale(oldXml: string, newXml: string) {
  const b1 = /<c r="B1"[^>]*>.*?<\/c>/.exec(oldXml)![0];
  const c1 = /<c r="C1"[^>]*>.*?<\/c>/.exec(oldXml)![0];
  expect([b1, c1]).toEqual([
    '<c r="B1" s="0" t="n"><f aca="false">Anggaran!F3</f><v>0</v></c>',
    '<c r="C1" s="0" t="n"><f aca="false">B1*3</f><v>0</v></c>',
  ]);
  expect(newXml).toBe(oldXml.replace(b1, uncached(b1)).replace(c1, uncached(c1)));
}

/** What LibreOffice shows, opened with its default settings, in the cells that depend on the filled F3. */
async function dependantsAsOpened(bytes: Buffer): Promise<Record<string, unknown>> {
  const shown = await openAsUser(bytes);
  const anggaran = await readValues(shown, "Anggaran");
  const grafik = await readValues(shown, "Grafik");
  return { F3: anggaran[2][5], H3: anggaran[2][7], "Grafik!B1": grafik[0][1], "Grafik!C1": grafik[0][2] };
}

const SISA = 500_000_000 - 480_000_000;
const DEPENDANTS_RIGHT = { F3: SISA, H3: 2 * SISA, "Grafik!B1": SISA, "Grafik!C1": 3 * SISA };

async function comparePackages(before: Uint8Array | Buffer, after: Uint8Array | Buffer, mayChange: string[]) {
  const a = await parts(before);
  const b = await parts(after);
  const changed: string[] = [];
  for (const [name, bytes] of a) {
    expect([name, b.has(name)]).toEqual([name, true]);
    if (!bytes.equals(b.get(name)!)) changed.push(name);
  }
  for (const name of changed) expect(mayChange).toContain(name);
  const added = [...b.keys()].filter((n) => !a.has(n));
  return { changed, added, a, b };
}

/** Every cell element of the old sheet not at a written address is in the new sheet as it was. */
function expectCellsKept(oldXml: string, newXml: string, written: Set<string>) {
  const cells = oldXml.match(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g) ?? [];
  expect(cells.length).toBeGreaterThan(20);
  for (const c of cells) {
    const ref = /r="([A-Z]+\d+)"/.exec(c)![1];
    if (!written.has(ref)) expect(newXml).toContain(c);
  }
  // The written cells, the dimension and the widths of the columns fill adds (<cols>) are what a fill changes.
  const outside = (x: string) =>
    x
      .replace(/<sheetData>[\s\S]*<\/sheetData>/, "")
      .replace(/<dimension[^>]*\/>/, "")
      .replace(/<cols>[\s\S]*?<\/cols>/, "");
  expect(outside(newXml)).toBe(outside(oldXml));
}

const chartRefs = (xml: string) => (xml.match(/<c:f>[^<]*<\/c:f>/g) ?? []).sort();

let dir: string;
let input: Buffer;
let xlsm: Buffer;
beforeAll(async () => {
  if (!sofficePath()) throw new Error("LibreOffice (soffice) is not installed; the preservation tests need it.");
  dir = tempDir("lkjip-preserve-");
  input = await authoredXlsx(dir);
  xlsm = await withVbaProject(input);
  writeFileSync(join(dir, "kantor.xlsx"), input);
  writeFileSync(join(dir, "kantor.xlsm"), xlsm);
});

describe("a LibreOffice workbook with every kind of part", () => {
  it("was authored with the parts the tests are about", async () => {
    const p = await parts(input);
    for (const name of [
      "xl/charts/chart1.xml",
      "xl/media/image1.png",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
    ])
      expect([name, p.has(name)]).toEqual([name, true]);
    const sheet = p.get("xl/worksheets/sheet1.xml")!.toString();
    expect(sheet).toMatch(/<dataValidation /);
    expect(sheet).toMatch(/<conditionalFormatting /);
    expect(sheet).toMatch(/<pane [^>]*state="frozen"/);
    const wb = p.get("xl/workbook.xml")!.toString();
    expect(wb).toMatch(/_xlnm.Print_Area/);
    expect(wb).toMatch(/_xlnm.Print_Titles/);
    expect(wb).toMatch(/name="DataAnggaran"/);
    expect(wb).toMatch(/name="Tersembunyi"[^>]*state="hidden"/);
  });

  it("fill --out keeps every other part byte for byte and every unwritten cell as it was", async () => {
    const out = join(dir, "terisi.xlsx");
    const r = io();
    expect(await main(["fill", join(dir, "kantor.xlsx"), "--out", out], r)).toBe(0);
    const after = readFileSync(out);
    const { changed, added, a, b } = await comparePackages(input, after, FILL_MAY_CHANGE);
    expect(changed).toContain("xl/worksheets/sheet1.xml");
    expect(added).toEqual(["xl/worksheets/sheet5.xml"]); // the state sheet
    const written = new Set<string>();
    for (let row = 1; row <= 6; row++) for (const col of ["E", "F"]) written.add(`${col}${row}`);
    const oldSheet = a.get("xl/worksheets/sheet1.xml")!.toString();
    const newSheet = b.get("xl/worksheets/sheet1.xml")!.toString();
    expectCellsKept(oldSheet, newSheet, new Set([...written, "H3"]));
    // H3 (=F3*2) reads the written F3: only its cached result is gone.
    const h3 = '<c r="H3" s="0" t="n"><f aca="false">F3*2</f><v>0</v></c>';
    expect(oldSheet).toContain(h3);
    expect(newSheet).toContain(uncached(h3));
    expectGrafikStale(a.get("xl/worksheets/sheet2.xml")!.toString(), b.get("xl/worksheets/sheet2.xml")!.toString());
    // What was written is what fill planned: penyerapan and sisa of each row.
    const ws = (await loadExcelJs(after)).getWorksheet("Anggaran")!;
    expect(ws.getCell("F3").formula).toBe('IF(AND(ISNUMBER(C3),ISNUMBER(D3)),C3-D3,"")');
    expect(chartRefs(b.get("xl/charts/chart1.xml")!.toString())).toEqual([
      "<c:f>Anggaran!$C$1</c:f>",
      "<c:f>Anggaran!$C$2:$C$6</c:f>",
      "<c:f>Anggaran!$D$1</c:f>",
      "<c:f>Anggaran!$D$2:$D$6</c:f>",
    ]);
    expect(b.get("xl/workbook.xml")!.toString()).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("LibreOffice reopens the filled file with its chart, image, pivot table and comments, and recalculates dependants", async () => {
    const filled = join(dir, "terisi.xlsx");
    const reopened = await parts(convertWithLibreOffice(filled, "xlsx:Calc MS Excel 2007 XML", "xlsx"));
    const names = [...reopened.keys()];
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/media\//.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/pivotTables\//.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/comments/.test(n))).toBe(true);
    const chart = names.find((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))!;
    expect(chartRefs(reopened.get(chart)!.toString())).toEqual(
      expect.arrayContaining(["<c:f>Anggaran!$C$2:$C$6</c:f>", "<c:f>Anggaran!$D$2:$D$6</c:f>"]),
    );
    // LibreOffice with its default settings computes the written formulas (they carry no cached result) and
    // the ones that read them in the same sheet (H3), in another (Grafik!B1) and through another (Grafik!C1):
    // their stale cached 0 is gone. It does not read fullCalcOnLoad; with the cached 0 kept it showed 0.
    expect(await dependantsAsOpened(readFileSync(filled))).toEqual(DEPENDANTS_RIGHT);
  });

  it("report --in-place over the filled file: LibreOffice still shows the dependants right", async () => {
    const file = join(dir, "terisi-laporan.xlsx");
    copyFileSync(join(dir, "kantor.xlsx"), file);
    expect(await main(["fill", file, "--in-place"], io())).toBe(0);
    const r = io();
    expect([await main(["report", file, "--in-place"], r), r.lines.join("\n")]).toEqual([0, expect.any(String)]);
    const after = readFileSync(file);
    const p = await parts(after);
    expect([...p.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).length).toBeGreaterThan(5);
    expect(await dependantsAsOpened(after)).toEqual(DEPENDANTS_RIGHT);
  });

  it("fill --in-place changes only what fill changes", async () => {
    const file = join(dir, "ditempat.xlsx");
    copyFileSync(join(dir, "kantor.xlsx"), file);
    expect(await main(["fill", file, "--in-place"], io())).toBe(0);
    const { added } = await comparePackages(input, readFileSync(file), FILL_MAY_CHANGE);
    expect(added).toEqual(["xl/worksheets/sheet5.xml"]);
  });

  it("report --in-place adds its sheets and keeps every existing part", async () => {
    const file = join(dir, "laporan.xlsx");
    copyFileSync(join(dir, "kantor.xlsx"), file);
    const r = io();
    const code = await main(["report", file, "--in-place"], r);
    expect([code, r.lines.join("\n")]).toEqual([0, expect.any(String)]);
    const { changed, added } = await comparePackages(input, readFileSync(file), [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
    ]);
    expect(changed).not.toContain("xl/worksheets/sheet1.xml");
    expect(added.length).toBeGreaterThan(0);
    for (const n of added) expect(n).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  });

  it("the standalone page's download keeps every part (the same adapter, in memory)", async () => {
    const session = createFileSession(async (data, name) => ExcelJsWorkbook.load(data, name));
    const ab = input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) as ArrayBuffer;
    await session.open("kantor.xlsx", ab);
    await session.run(async (port) => {
      const snap = await port.read();
      const analysis = analyze(snap, DEFAULT_SETTINGS);
      const fill = planFill(snap, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: false });
      expect(fill.written.length).toBe(12);
      await port.apply(fill.plan);
    });
    const saved = await session.save();
    const { changed, a, b } = await comparePackages(input, saved, FILL_MAY_CHANGE);
    expect(changed).toContain("xl/worksheets/sheet1.xml");
    expectGrafikStale(a.get("xl/worksheets/sheet2.xml")!.toString(), b.get("xl/worksheets/sheet2.xml")!.toString());
  });

  it("an .xlsm keeps its VBA project and stays an .xlsm; saving it as .xlsx is refused", async () => {
    const out = join(dir, "terisi.xlsm");
    expect(await main(["fill", join(dir, "kantor.xlsm"), "--out", out], io())).toBe(0);
    const { b } = await comparePackages(xlsm, readFileSync(out), FILL_MAY_CHANGE);
    expect(b.get("xl/vbaProject.bin")!.equals((await parts(xlsm)).get("xl/vbaProject.bin")!)).toBe(true);
    expect(b.get("[Content_Types].xml")!.toString()).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    const r = io();
    expect(await main(["fill", join(dir, "kantor.xlsm"), "--out", join(dir, "hilang.xlsx")], r)).not.toBe(0);
    expect(r.lines.join("\n")).toContain("memuat makro (VBA)");
  });

  it("report keeps an .xlsm an .xlsm: --out .xlsm and --in-place keep the VBA project, --out .xlsx is refused", async () => {
    const vba = (await parts(xlsm)).get("xl/vbaProject.bin")!;
    const out = join(dir, "laporan.xlsm");
    const r = io();
    expect([await main(["report", join(dir, "kantor.xlsm"), "--out", out], r), r.lines.join("\n")]).toEqual([
      0,
      expect.any(String),
    ]);
    const inPlace = join(dir, "laporan-ditempat.xlsm");
    copyFileSync(join(dir, "kantor.xlsm"), inPlace);
    expect(await main(["report", inPlace, "--in-place"], io())).toBe(0);
    for (const file of [out, inPlace]) {
      const p = await parts(readFileSync(file));
      expect([file, p.get("xl/vbaProject.bin")!.equals(vba)]).toEqual([file, true]);
      expect(p.get("[Content_Types].xml")!.toString()).toContain(
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      );
      expect(p.get("xl/_rels/workbook.xml.rels")!.toString()).toContain("vbaProject.bin");
    }
    const refused = io();
    const lost = join(dir, "laporan-hilang.xlsx");
    expect(await main(["report", join(dir, "kantor.xlsm"), "--out", lost], refused)).not.toBe(0);
    expect(refused.lines.join("\n")).toContain("memuat makro (VBA)");
    expect(existsSync(lost)).toBe(false);
  });
});
