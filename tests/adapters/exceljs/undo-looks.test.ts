/**
 * Batalkan in the package writer, read from the file's own bytes: after `lkjip fill --convert-text --force`
 * saved a file and a later session took the fill back, every cell of the user's sheets has its original cell
 * format index (s) and content, and <cols> and <mergeCells> are the original text. Looks recorded by another
 * host (no index of this writer) or under an index whose meaning changed are built from their parts.
 */
import os from "node:os";
import path from "node:path";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main, type Io } from "../../../src/cli/main";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { planUndo } from "../../../src/core/engine";
import type { CellLook, WriteOp } from "../../../src/core/workbook/port";
import { lookOf } from "../../support/exceljs-look";
import { runExcelAction } from "../../../src/adapters/office";
import { FakeExcel } from "../../support/excel-fake";
import { FakeBook } from "../../support/excel-fake/model";
import { fromExcelJs, xlsxPart } from "./helpers";

const SAMPLE = path.join(__dirname, "..", "..", "..", "examples", "dinsos-sumenep-2020.xlsx");

/**
 * Per cell of a sheet part: its format index and content, text as its text (the writer writes inline strings
 * where the file had shared ones); an empty cell without a format is no cell.
 */
function cellsOfPart(xml: string, shared: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const s = /\ss="(\d+)"/.exec(m[2])?.[1] ?? "0";
    const t = /\st="(\w+)"/.exec(m[2])?.[1] ?? "";
    let inner = m[3] ?? "";
    if (s === "0" && inner === "") continue;
    if (t === "s") inner = `text:${shared[Number(/<v>(\d+)<\/v>/.exec(inner)?.[1])]}`;
    else if (t === "inlineStr") inner = `text:${/<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1]}`;
    out[m[1]] = `s=${s} ${inner}`;
  }
  return out;
}

async function sharedStrings(bytes: Uint8Array): Promise<string[]> {
  const xml = await xlsxPart(bytes, "xl/sharedStrings.xml");
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => /<t[^>]*>([\s\S]*?)<\/t>/.exec(m[1])?.[1] ?? "");
}

function elementOf(xml: string, local: string): string | null {
  return new RegExp(`<${local}[\\s>][\\s\\S]*?</${local}>`).exec(xml)?.[0] ?? null;
}

async function sheetParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)
    .filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))
    .sort())
    out.set(name, await zip.file(name)!.async("string"));
  return out;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "lkjip-undo-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("a fill saved by the CLI, taken back in a later session: every cell's own format index, widths and merges", async () => {
  const out = path.join(dir, "isi.xlsx");
  const lines: string[] = [];
  const io: Io = { out: (l) => lines.push(l), err: (l) => lines.push(l) };
  expect(await main(["fill", SAMPLE, "--out", out, "--convert-text", "--force"], io)).toBe(0);

  const sampleBytes = new Uint8Array(await readFile(SAMPLE));
  const original = await sheetParts(sampleBytes);
  const shared = await sharedStrings(sampleBytes);
  const filledBytes = new Uint8Array(await readFile(out));
  const filled = await sheetParts(filledBytes);
  // The fill changed formats, widths and merges, and recorded them in the saved state.
  let changedFormats = 0;
  for (const [part, xml] of original) {
    const a = cellsOfPart(xml);
    const b = cellsOfPart(filled.get(part)!);
    for (const ref of Object.keys(b))
      if (a[ref] !== undefined && a[ref].split(" ")[0] !== b[ref].split(" ")[0]) changedFormats++;
  }
  expect(changedFormats).toBeGreaterThan(0);
  expect([...original].filter(([p, x]) => elementOf(x, "cols") !== elementOf(filled.get(p)!, "cols"))).not.toEqual([]);

  // A later session: the saved file is opened afresh and Batalkan is taken from its state sheet.
  const later = await ExcelJsWorkbook.load(filledBytes, "isi.xlsx");
  const snapshot = await later.read();
  const stored = snapshot.state!.undo!.filter((op) => op.kind === "restoreStyles") as Extract<
    WriteOp,
    { kind: "restoreStyles" }
  >[];
  expect(stored.length).toBeGreaterThan(0);
  expect(stored.every((op) => op.looks.every((line) => line.every((l) => l?.xlsxStyle !== undefined)))).toBe(true);
  await later.apply(planUndo(snapshot)!);
  const back = await sheetParts(await later.toBuffer());

  for (const [part, xml] of original) {
    const after = back.get(part)!;
    expect([part, cellsOfPart(after, shared)]).toEqual([part, cellsOfPart(xml, shared)]);
    expect([part, elementOf(after, "cols")]).toEqual([part, elementOf(xml, "cols")]);
    expect([part, elementOf(after, "mergeCells")]).toEqual([part, elementOf(xml, "mergeCells")]);
  }
});

/** A small book: B2:B4 with looks of their own, column C plain, column B 12 wide inside a B:E range. */
async function styledBook(): Promise<ExcelJsWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.getCell("A1").value = "Judul";
  ws.getCell("B2").value = "Satu";
  ws.getCell("B2").style = {
    font: { name: "Arial", size: 10, bold: true, italic: true, underline: true, color: { argb: "FFC00000" } },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } },
    border: { top: { style: "thin" }, bottom: { style: "medium", color: { argb: "FF1F3864" } } },
    alignment: { horizontal: "center", vertical: "top", wrapText: true },
  };
  ws.getCell("B3").value = 12.5;
  ws.getCell("B3").style = {
    numFmt: "0.00",
    font: { name: "Times New Roman", size: 12 },
    border: { left: { style: "dashed" }, right: { style: "double" } },
    alignment: { horizontal: "right" },
  };
  ws.getCell("B4").value = "Tiga";
  ws.getCell("B4").style = { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } } };
  ws.getCell("C2").value = "polos";
  for (let c = 2; c <= 5; c++) ws.getColumn(c).width = 12;
  return fromExcelJs(wb);
}

/** Looks of B2:B4 (as ExcelJS reads the bytes) and their format indexes. */
async function looksOfB(book: ExcelJsWorkbook): Promise<{ looks: CellLook[]; s: string[] }> {
  const bytes = await book.toBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Data")!;
  const xml = await xlsxPart(bytes, "xl/worksheets/sheet1.xml");
  const cells = cellsOfPart(xml);
  return {
    looks: ["B2", "B3", "B4"].map(
      (a) => ({ ...lookOf(ws.getCell(a).style), numFmt: ws.getCell(a).numFmt }) as CellLook,
    ),
    s: ["B2", "B3", "B4"].map((a) => cells[a]?.split(" ")[0] ?? "s=0"),
  };
}

/** Styles B2:B4 like column C (recorded), then takes the looks back with the recorded looks changed by `edit`. */
async function roundTrip(edit: (look: CellLook) => CellLook) {
  const book = await styledBook();
  const before = await looksOfB(book);
  const colsBefore = elementOf(await xlsxPart(await book.toBuffer(), "xl/worksheets/sheet1.xml"), "cols");
  const state = { version: 1 as const, undo: [] as WriteOp[] };
  await book.apply({
    ops: [
      {
        kind: "styleLike",
        sheet: "Data",
        from: { row: 1, col: 2 },
        range: { top: 1, left: 1, bottom: 3, right: 1 },
        record: true,
      },
      { kind: "columnWidth", sheet: "Data", col: 2, width: 30, record: true },
      { kind: "state", state },
    ],
  });
  const styled = await looksOfB(book);
  expect(styled.looks).not.toEqual(before.looks);
  const reopened = await ExcelJsWorkbook.load(await book.toBuffer(), "uji.xlsx");
  const snap = await reopened.read();
  const undo = snap.state!.undo!.map((op) =>
    op.kind === "restoreStyles" ? { ...op, looks: op.looks.map((line) => line.map((l) => (l ? edit(l) : l))) } : op,
  );
  await reopened.apply({ ops: [...undo, { kind: "state", state: { version: 1, undo: null } }] });
  const colsAfter = elementOf(await xlsxPart(await reopened.toBuffer(), "xl/worksheets/sheet1.xml"), "cols");
  return { before, after: await looksOfB(reopened), recorded: snap.state!.undo!, colsBefore, colsAfter };
}

test("the recorded look holds every part of the cell's format", async () => {
  const { recorded } = await roundTrip((l) => l);
  const looks = (recorded.find((op) => op.kind === "restoreStyles") as Extract<WriteOp, { kind: "restoreStyles" }>)
    .looks;
  const strip = (l: CellLook | null) => {
    const { xlsxStyle, ...rest } = l!;
    expect(xlsxStyle).toEqual({ index: expect.any(Number), key: expect.stringMatching(/^[0-9a-f]{8}$/) });
    return rest;
  };
  expect(looks.map((line) => strip(line[0]))).toEqual([
    {
      font: { name: "Arial", size: 10, bold: true, italic: true, underline: true, color: "C00000" },
      fill: "FFFF00",
      borders: { top: { style: "thin" }, bottom: { style: "medium", color: "1F3864" } },
      hAlign: "center",
      vAlign: "top",
      wrap: true,
    },
    {
      font: { name: "Times New Roman", size: 12 },
      borders: { left: { style: "dashed" }, right: { style: "double" } },
      hAlign: "right",
    },
    { fill: "D9D9D9" },
  ]);
  // The width it replaced: the column's own 12.
  expect(recorded.find((op) => op.kind === "columnWidth")).toMatchObject({ col: 2, width: 12 });
});

test("Batalkan with this writer's record: the same format index, the same look, the width range as it was", async () => {
  const { before, after, colsBefore, colsAfter } = await roundTrip((l) => l);
  expect(after).toEqual(before);
  expect(colsBefore).toMatch(/<col min="2" max="5" width="12"/);
  expect(colsAfter).toBe(colsBefore);
});

test("a look recorded by Excel (no index of this writer) finds the format with exactly that look", async () => {
  const { before, after } = await roundTrip(({ xlsxStyle: _drop, ...rest }) => rest);
  // The file still has formats with exactly those looks: the cells get them back, index and all.
  expect(after).toEqual(before);
});

test("an index whose meaning changed (another program rewrote the styles) is not trusted", async () => {
  const { before, after } = await roundTrip((l) => ({ ...l, xlsxStyle: { index: 0, key: l.xlsxStyle!.key } }));
  expect(after).toEqual(before);
});

test("a look no format of the file has is made from its parts, under the cell's own number format", async () => {
  const book = await styledBook();
  const before = await looksOfB(book);
  const look: CellLook = {
    font: { name: "Verdana", size: 14, bold: true, underline: true, color: "00B050" },
    fill: "FFC7CE",
    borders: { left: { style: "dotted", color: "7030A0" }, bottom: { style: "thick" } },
    hAlign: "left",
    vAlign: "center",
    wrap: true,
  };
  await book.apply({ ops: [{ kind: "restoreStyles", sheet: "Data", row: 2, col: 1, looks: [[look]] }] });
  const { looks } = await looksOfB(book);
  expect(looks[1]).toEqual({ ...look, numFmt: "0.00" });
  // B2 and B4 are left as they were.
  expect([looks[0], looks[2]]).toEqual([before.looks[0], before.looks[2]]);
});

test("the looks this writer records are taken back in Excel too (the Office adapter reads their parts)", async () => {
  const { recorded } = await roundTrip((l) => l);
  const op = recorded.find((o) => o.kind === "restoreStyles")!;
  const book = await styledBook();
  const excel = new FakeExcel(FakeBook.fromSnapshot(await book.read()), { apiVersion: "1.17" }).install();
  try {
    await runExcelAction((port) => port.apply({ ops: [op] }));
    const sheet = excel.book.mustSheet("Data");
    const seen = [1, 2, 3].map((r) => {
      const c = sheet.get(r, 1)!;
      return [c.fontName, c.fontSize, c.bold, c.italic, c.fontColor, c.fill, c.hAlign, c.vAlign, c.wrap];
    });
    expect(seen).toEqual([
      ["Arial", 10, true, true, "#C00000", "#FFFF00", "Center", "Top", true],
      ["Times New Roman", 12, false, false, "#000000", null, "Right", "Bottom", false],
      ["Calibri", 11, false, false, "#000000", "#D9D9D9", "General", "Bottom", false],
    ]);
    const edges = (r: number) =>
      Object.fromEntries(
        Object.entries(sheet.get(r, 1)!.borders).map(([k, b]) => [k, b ? [b.style, b.weight, b.color] : null]),
      );
    expect(edges(1)).toEqual({
      top: ["Continuous", "Thin", "#000000"],
      bottom: ["Continuous", "Medium", "#1F3864"],
      left: null,
      right: null,
    });
    expect(edges(2)).toEqual({
      top: null,
      bottom: null,
      left: ["Dash", "Thin", "#000000"],
      right: ["Double", "Thick", "#000000"],
    });
  } finally {
    excel.uninstall();
  }
});

test("a malformed look in a workbook's state puts back only its sound parts, and the file stays well formed", async () => {
  const book = await styledBook();
  const bad = {
    font: { name: "Arial", size: '11"/><evil/>', color: "red" },
    fill: 'FF0000"/>',
    borders: { top: { style: 'thin"/>' }, bottom: { style: "thick", color: "00FF00" } },
    hAlign: "center",
    vAlign: '"><x',
    xlsxStyle: { index: -3, key: 7 },
  } as unknown as CellLook;
  await book.apply({
    ops: [{ kind: "restoreStyles", sheet: "Data", row: 2, col: 1, looks: [[bad], "x" as unknown as CellLook[]] }],
  });
  const styles = await xlsxPart(await book.toBuffer(), "xl/styles.xml");
  expect(styles).not.toContain("evil");
  const { looks } = await looksOfB(book);
  expect(looks[1]).toEqual({
    font: { name: "Arial", size: 11 },
    borders: { bottom: { style: "thick", color: "00FF00" } },
    hAlign: "center",
    numFmt: "0.00",
  });
});

test("a cell without a <c> of its own has its column's look: it is copied and recorded as that", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.getCell("A1").value = "Judul";
  ws.getCell("B1").value = "polos";
  ws.getColumn(4).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
  const book = await fromExcelJs(wb);
  const xml0 = await xlsxPart(await book.toBuffer(), "xl/worksheets/sheet1.xml");
  const colStyle = /<col min="4" max="4"[^>]*style="(\d+)"/.exec(xml0)?.[1];
  expect(Number(colStyle)).toBeGreaterThan(0);
  expect(cellsOfPart(xml0).D3).toBeUndefined();

  const state = { version: 1 as const, undo: [] as WriteOp[] };
  await book.apply({
    ops: [
      // E3 takes the look D3 shows (its column's); D3 takes B3's (none), recorded.
      { kind: "styleLike", sheet: "Data", from: { row: 2, col: 3 }, range: { top: 2, left: 4, bottom: 2, right: 4 } },
      {
        kind: "styleLike",
        sheet: "Data",
        from: { row: 2, col: 1 },
        range: { top: 2, left: 3, bottom: 2, right: 3 },
        record: true,
      },
      { kind: "state", state },
    ],
  });
  const filled = new ExcelJS.Workbook();
  await filled.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  expect(lookOf(filled.getWorksheet("Data")!.getCell("E3").style).fill).toBe("FFC000");
  const snap = await book.read();
  const rec = snap.state!.undo!.find((op) => op.kind === "restoreStyles") as Extract<
    WriteOp,
    { kind: "restoreStyles" }
  >;
  expect(rec.looks[0][0]).toMatchObject({ fill: "FFC000", xlsxStyle: { index: Number(colStyle) } });
  await book.apply({ ops: [rec] });
  const xml = await xlsxPart(await book.toBuffer(), "xl/worksheets/sheet1.xml");
  expect(cellsOfPart(xml).D3).toBe(`s=${colStyle} `);
});
