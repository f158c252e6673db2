/**
 * Excel report sheets: merged cells show their whole text. The row heights the plan sets are compared with the
 * heights the texts need (per merged cell and per wrapped cell, in the .xlsx written by ExcelJS), and the sheets
 * alone are rendered by LibreOffice with those heights (no optimal-height pass, as Excel keeps a file's
 * heights): every word of every table cell must be in the PDF. Pages go to test-output/report/excel-layout-*.png.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze, planReport } from "../../src/core/engine";
import { blockLines, estimateLines, LINE_POINTS, ROW_PADDING_POINTS } from "../../src/core/report/excel-layout";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { pdfPages, pdfText, toPdf } from "./support/convert";

const SAMPLE = path.resolve(__dirname, "../../examples/dinsos-sumenep-2020.xlsx");

describe("row heights from the text", () => {
  it("gives a text merged down two rows the lines it needs, spread over them", () => {
    const text = "Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)";
    expect(estimateLines(text, 20)).toBe(5); // 22 characters a line
    const lines = blockLines(
      3,
      [20, 30],
      [
        { row: 0, col: 0, text, rowSpan: 2, colSpan: 1, wrap: true, bold: false },
        { row: 0, col: 1, text: "2.1 Persentase penanganan PMKS", rowSpan: 1, colSpan: 1, wrap: true, bold: false },
        { row: 1, col: 1, text: "2.2 Jumlah PMKS", rowSpan: 1, colSpan: 1, wrap: true, bold: false },
        { row: 2, col: 0, text: "RATA-RATA CAPAIAN", rowSpan: 1, colSpan: 2, wrap: false, bold: true },
      ],
    );
    expect(lines).toEqual([3, 2, 1]);
  });
});

interface Sheet {
  name: string;
  cells: { address: string; text: string; top: number; bottom: number; width: number; bold: boolean; wrap: boolean }[];
  heights: Map<number, number>;
}

/** The generated sheets of a written .xlsx: each text cell with the rows and the width it covers. */
async function readSheets(data: Uint8Array, names: string[]): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return names.map((name) => {
    const ws = wb.getWorksheet(name)!;
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => {
      const [a, b] = m.split(":");
      const tl = ws.getCell(a);
      const br = ws.getCell(b);
      return { top: Number(tl.row), left: Number(tl.col), bottom: Number(br.row), right: Number(br.col) };
    });
    const heights = new Map<number, number>();
    const cells: Sheet["cells"] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height) heights.set(r, row.height);
      row.eachCell((cell, c) => {
        if (typeof cell.value !== "string" || (cell.isMerged && cell.master.address !== cell.address)) return;
        const m = merges.find((x) => x.top === r && x.left === c);
        const left = c;
        const right = m ? m.right : c;
        let width = 0;
        for (let k = left; k <= right; k++) width += ws.getColumn(k).width ?? 8.43;
        cells.push({
          address: cell.address,
          text: cell.value,
          top: r,
          bottom: m ? m.bottom : r,
          width,
          bold: cell.font?.bold === true,
          wrap: cell.alignment?.wrapText === true,
        });
      });
    });
    return { name, cells, heights };
  });
}

let output: Uint8Array;
let made: string[];

beforeAll(async () => {
  const book = await ExcelJsWorkbook.load(new Uint8Array(fs.readFileSync(SAMPLE)));
  const snap = await book.read();
  const outcome = planReport(snap, analyze(snap, DEFAULT_SETTINGS), DEFAULT_SETTINGS, { charts: false });
  made = outcome.made.map((m) => m.sheet);
  await book.apply(outcome.plan);
  output = await book.toBuffer();
});

describe("the report sheets of the sample", () => {
  it("give every wrapped or merged text at least the height it needs", async () => {
    const sheets = await readSheets(output, made);
    let checked = 0;
    let merged = 0;
    for (const s of sheets)
      for (const c of s.cells) {
        if (!c.wrap) continue;
        const needed = estimateLines(c.text, c.width, c.bold) * LINE_POINTS + ROW_PADDING_POINTS;
        let given = 0;
        for (let r = c.top; r <= c.bottom; r++) given += s.heights.get(r) ?? 0;
        if (given + 0.01 < needed)
          throw new Error(`${s.name}!${c.address} "${c.text}": needs ${needed} pt, has ${given} pt`);
        checked++;
        if (c.bottom > c.top) merged++;
      }
    expect(checked).toBeGreaterThan(100);
    expect(merged).toBeGreaterThanOrEqual(8); // the sasaran (and PK indicator) cells merged down their rows
  });

  it("show the whole text of every cell when LibreOffice prints them with those heights", async () => {
    // only the report sheets, so words of the data sheets cannot stand in for clipped ones
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ArrayBuffer);
    for (const ws of [...wb.worksheets]) if (!made.includes(ws.name)) wb.removeWorksheet(ws.id);
    const only = new Uint8Array(await wb.xlsx.writeBuffer());
    const pdf = await toPdf(only, "xlsx", { optimalHeights: false });
    await pdfPages(pdf, "excel-layout", 70);
    const words = new Map<string, number>();
    const bag = (text: string, into: Map<string, number>) => {
      // a word broken at its hyphen over two lines ("Perundang-" / "undangan") counts as its parts
      for (const w of text.split(/[\s\-–]+/).filter((x) => x.length > 0)) into.set(w, (into.get(w) ?? 0) + 1);
    };
    bag(await pdfText(pdf), words);
    const wanted = new Map<string, number>();
    for (const s of await readSheets(only, made)) for (const c of s.cells) bag(c.text, wanted);
    const missing = [...wanted]
      .filter(([w, n]) => (words.get(w) ?? 0) < n)
      .map(([w, n]) => `${w} ${words.get(w) ?? 0}/${n}`);
    expect(missing).toEqual([]);
  });
});
