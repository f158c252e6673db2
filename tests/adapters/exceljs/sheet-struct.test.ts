import { addMerges, setPageSetup, styleIndexes } from "../../../src/adapters/exceljs/sheet-struct";
import { eachCell, eachRow, layoutOf, rowIndexOf } from "../../../src/adapters/exceljs/sheet-scan";
import { joinPieces, patchSheet, piecesOf, rowsAt } from "../../../src/adapters/exceljs/sheet-write";
import { MINIMAL_STYLES, Styles } from "../../../src/adapters/exceljs/styles";

const sheet = (p: string) =>
  `<?xml version="1.0"?><${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<${p}sheetData><${p}row r="1"><${p}c r="A1"><${p}v>1</${p}v></${p}c></${p}row></${p}sheetData>` +
  `<${p}mergeCells count="1"><${p}mergeCell ref="A1:B1"/></${p}mergeCells>` +
  `<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
  `<${p}pageSetup paperSize="1" orientation="landscape"/></${p}worksheet>`;

const count = (xml: string, s: string) => xml.split(s).length - 1;

describe("sheet parts around <sheetData>", () => {
  it.each(["", "x:"])("layoutOf ends sheetData exactly past its end tag (prefix %p)", (p) => {
    const xml = sheet(p);
    const lay = layoutOf(xml)!;
    expect(xml.slice(lay.elStart, lay.elEnd)).toMatch(new RegExp(`^<${p}sheetData>.*</${p}sheetData>$`));
    expect(xml.slice(lay.elEnd)).toMatch(new RegExp(`^<${p}mergeCells `));
  });

  it.each(["", "x:"])("a page setup after merges replaces the sheet's own, never adds a second (prefix %p)", (p) => {
    const out = setPageSetup(sheet(p), { paper: "A4", orientation: "portrait", fitToWidth: false });
    expect(count(out, `<${p}pageSetup `)).toBe(1);
    expect(out).toContain(`<${p}pageSetup paperSize="9" orientation="portrait"/>`);
    expect(count(out, `<${p}mergeCells `)).toBe(1);
  });

  it("merges extend the <mergeCells> after sheetData", () => {
    const out = addMerges(sheet(""), [{ top: 2, left: 0, bottom: 3, right: 0 }]);
    expect(count(out, "<mergeCells ")).toBe(1);
    expect(out).toContain('<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A3:A4"/></mergeCells>');
  });

  it("a patched sheet's pieces join to the whole part, and its rows go back where sheetData's content was", () => {
    const styles = new Styles(MINIMAL_STYLES);
    const res = patchSheet(sheet(""), new Map([[0, new Map([[1, { value: 2 }]])]]), styles);
    const whole = joinPieces(res);
    expect(whole).toContain('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData><mergeCells');
    const shell = res.head + res.tail;
    const at = rowsAt(shell);
    expect(shell.slice(0, at) + new TextDecoder().decode(res.rows) + shell.slice(at)).toBe(whole);
    expect(joinPieces(piecesOf(whole))).toBe(whole);
  });

  it("styleIndexes through a row index reads what the walk over every row reads", () => {
    // Rows out of order, a row without r (follows the one before), a row twice, a custom row format, a styled column.
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<cols><col min="2" max="2" style="7"/></cols><sheetData>' +
      '<row r="2"><c r="A2" s="1"/><c r="B2" s="2"><v>1</v></c></row>' +
      '<row><c r="A3" s="3"/></row>' +
      '<row r="5" customFormat="1" s="9"><c r="C5" s="4"/></row>' +
      '<row r="4"><c r="A4" s="5"/></row>' +
      '<row r="2"><c r="C2" s="6"/></row>' +
      "</sheetData></worksheet>";
    const index = rowIndexOf(xml, layoutOf(xml)!);
    expect(index.rows).toEqual([1, 2, 4, 3, 1]);
    for (const box of [
      { top: 0, left: 0, bottom: 5, right: 3 },
      { top: 1, left: 0, bottom: 2, right: 2 },
      { top: 3, left: 1, bottom: 4, right: 2 },
    ])
      expect(styleIndexes(xml, box, index)).toEqual(styleIndexes(xml, box));
    expect(styleIndexes(xml, { top: 1, left: 0, bottom: 4, right: 2 }, index)).toEqual([
      [1, 2, 6],
      [3, 7, 0],
      [5, 7, 0],
      [9, 9, 4],
    ]);
  });

  it("rows and cells are placed by r however it is written, and follow the one before without it", () => {
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="3"><c r="B3"/><c\tr="D3"/><c s="1" r="F3"/><c r = \'H3\'/><c/><c  r="K3" s="2"/></row>' +
      '<row spans="1:2" r="5"><c r="A5"/></row><row><c r="A6"/></row>' +
      "</sheetData></worksheet>";
    const lay = layoutOf(xml)!;
    const seen: string[] = [];
    eachRow(xml, lay, (row) => {
      const cols: number[] = [];
      eachCell(xml, lay.p, row, (c) => cols.push(c.col));
      seen.push(`${row.row}:${cols.join(",")}`);
    });
    expect(seen).toEqual(["2:1,3,5,7,8,10", "4:0", "5:0"]);
  });
});
