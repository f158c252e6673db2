/**
 * Issue 13 item 4: the cached results a write makes stale are dropped, and only those. The references a
 * formula reads (src/adapters/exceljs/formula-refs.ts) and the dependants found from written cells
 * (src/adapters/exceljs/stale.ts), on hand-written sheet XML; LibreOffice's view of it is in
 * preservation.test.ts.
 */
import { refsOf, type RefContext } from "../../../src/adapters/exceljs/formula-refs";
import { dropStaleResults } from "../../../src/adapters/exceljs/stale";

const SHEETS = ["Anggaran", "Grafik", "Rekap 2024", "Lain"];
const NAMES: Record<string, string> = {
  "|TOTAL": "Anggaran!$F$2:$F$6",
  "|DINAMIS": "OFFSET(Anggaran!$A$1,0,0,5,1)",
  "|LEWAT": "Total*2",
  "1|LOKAL": "$B$1",
};
const ctx: RefContext = {
  sheetIndex: (n) => SHEETS.findIndex((s) => s.toUpperCase() === n.toUpperCase()),
  definedName: (n, s) => NAMES[`${s}|${n.toUpperCase()}`] ?? NAMES[`|${n.toUpperCase()}`] ?? null,
};
const box = (sheet: number, top: number, left: number, bottom = top, right = left) => ({
  sheet,
  top,
  left,
  bottom,
  right,
});

describe("the cells a formula reads", () => {
  it("reads cells, ranges, whole columns and rows, on its own sheet or a named one", () => {
    expect(refsOf("$F$3*2+SUM(A1:B2)", 1, ctx)).toEqual([box(1, 2, 5), box(1, 0, 0, 1, 1)]);
    expect(refsOf("SUM(C:D)+SUM($3:$5)", 0, ctx)).toEqual([box(0, 0, 2, 1_048_575, 3), box(0, 2, 0, 4, 16_383)]);
    expect(refsOf("Anggaran!F3+'Rekap 2024'!A1:A2+LOG10(Lain!B2)", 1, ctx)).toEqual([
      box(0, 2, 5),
      box(2, 0, 0, 1, 0),
      box(3, 1, 1),
    ]);
    // 3-D reference over three sheets.
    expect(refsOf("SUM('Anggaran:Rekap 2024'!A1)", 3, ctx)).toEqual([box(0, 0, 0), box(1, 0, 0), box(2, 0, 0)]);
    expect(refsOf("SUM(Grafik:Anggaran!B2)", 3, ctx)).toEqual([box(0, 1, 1), box(1, 1, 1)]);
  });

  it("leaves out text, errors, numbers, other workbooks and unknown sheets", () => {
    expect(refsOf('IF(A1="B2!C3",1.5E+3,#REF!)&[1]Anggaran!F3&Hilang!A1', 0, ctx)).toEqual([box(0, 0, 0)]);
    expect(refsOf("'[2]Data Luar'!A1+TRUE", 0, ctx)).toEqual([]);
  });

  it("follows defined names, the sheet's own first, and gives up where the cells cannot be known", () => {
    expect(refsOf("SUM(Total)", 3, ctx)).toEqual([box(0, 1, 5, 5, 5)]);
    expect(refsOf("Lewat+1", 3, ctx)).toEqual([box(0, 1, 5, 5, 5)]);
    expect(refsOf("Lokal", 1, ctx)).toEqual([box(1, 0, 1)]);
    expect(refsOf("Lokal", 0, ctx)).toEqual([]);
    expect(refsOf("SUM(Dinamis)", 0, ctx)).toBe("any");
    expect(refsOf('INDIRECT("A"&B1)', 0, ctx)).toBe("any");
    expect(refsOf("SUM(Tabel1[Realisasi])", 0, ctx)).toBe("any");
  });
});

const sheet = (rows: string) =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

const WB = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/><definedNames><definedName name="Sisa">Anggaran!$F$3</definedName></definedNames></workbook>`;

describe("dependants of written cells lose their cached result", () => {
  const anggaran = sheet(
    '<row r="3"><c r="F3"><f>C3-D3</f></c><c r="H3" s="1" t="n"><f>F3*2</f><v>0</v></c><c r="I3"><f>C3</f><v>5</v></c></row>' +
      '<row r="4"><c r="H4" t="str"><f>TEXT(H3,"0")</f><v>0</v></c></row>',
  );
  const grafik = sheet(
    '<row r="1"><c r="B1" t="n"><f aca="false">Anggaran!F3</f><v>0</v></c><c r="C1"><f>B1*3</f><v>0</v></c>' +
      '<c r="D1"><f>Sisa+1</f><v>1</v></c><c r="E1"><f>Anggaran!C3</f><v>9</v></c></row>',
  );
  const lain = sheet('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>');
  const written = new Map([[0, new Map([[2, new Map([[5, { formula: "C3-D3" }]])]])]]);
  const input = {
    sheets: [
      { name: "Anggaran", xml: anggaran },
      { name: "Grafik", xml: grafik },
      { name: "Lain", xml: lain },
    ],
    wbXml: WB,
    written,
  };

  it("in the same sheet, in another sheet, through a chain and through a defined name; nothing else", () => {
    const out = dropStaleResults(input);
    expect([...out.keys()].sort()).toEqual([0, 1]);
    expect(out.get(0)).toBe(
      sheet(
        '<row r="3"><c r="F3"><f>C3-D3</f></c><c r="H3" s="1"><f>F3*2</f></c><c r="I3"><f>C3</f><v>5</v></c></row>' +
          '<row r="4"><c r="H4"><f>TEXT(H3,"0")</f></c></row>',
      ),
    );
    expect(out.get(1)).toBe(
      sheet(
        '<row r="1"><c r="B1"><f aca="false">Anggaran!F3</f></c><c r="C1"><f>B1*3</f></c>' +
          '<c r="D1"><f>Sisa+1</f></c><c r="E1"><f>Anggaran!C3</f><v>9</v></c></row>',
      ),
    );
  });

  it("a chain that runs up the sheet is followed to its end, however long", () => {
    for (const length of [20, 200]) {
      let rows = "";
      for (let r = 1; r <= length; r++) rows += `<row r="${r}"><c r="A${r}"><f>A${r + 1}+1</f><v>7</v></c></row>`;
      rows += `<row r="${length + 2}"><c r="B${length + 2}"><f>1+1</f><v>2</v></c></row>`;
      const out = dropStaleResults({
        sheets: [{ name: "Anggaran", xml: sheet(rows) }],
        wbXml: WB,
        written: new Map([[0, new Map([[length, new Map([[0, { value: 3 }]])]])]]),
      });
      expect(out.get(0)!.match(/<v>/g)).toEqual(["<v>"]); // only B's 1+1 keeps its result
    }
  });

  it("cells without an r attribute are placed by their order in the row", () => {
    const xml = sheet('<row r="2"><c><v>1</v></c><c><f>A2*2</f><v>2</v></c><c><f>A1*2</f><v>0</v></c></row>');
    const out = dropStaleResults({
      sheets: [{ name: "Anggaran", xml }],
      wbXml: WB,
      written: new Map([[0, new Map([[1, new Map([[0, { value: 5 }]])]])]]),
    });
    expect(out.get(0)).toBe(sheet('<row r="2"><c><v>1</v></c><c><f>A2*2</f></c><c><f>A1*2</f><v>0</v></c></row>'));
  });

  it("a format-only write, or no write, changes nothing", () => {
    expect(
      dropStaleResults({ ...input, written: new Map([[0, new Map([[2, new Map([[5, { numberFormat: "0" }]])]])]]) })
        .size,
    ).toBe(0);
    expect(dropStaleResults({ ...input, written: new Map() }).size).toBe(0);
  });

  it("shared formulas are read per cell, an array formula's result is dropped from its master", () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
        '<row r="2"><c r="B2"><f t="shared" si="0"/><v>0</v></c><c r="C2"><f t="array" ref="C2:C3">B2:B3*1</f><v>0</v></c></row>' +
        '<row r="3"><c r="B3"><f t="shared" si="0"/><v>0</v></c><c r="C3"><v>0</v></c><c r="D3"><f>C3</f><v>0</v></c></row>',
    );
    const out = dropStaleResults({
      sheets: [{ name: "Anggaran", xml }],
      wbXml: WB,
      written: new Map([[0, new Map([[1, new Map([[0, { value: 5 }]])]])]]),
    });
    expect(out.get(0)).toBe(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
          '<row r="2"><c r="B2"><f t="shared" si="0"/></c><c r="C2"><f t="array" ref="C2:C3">B2:B3*1</f></c></row>' +
          '<row r="3"><c r="B3"><f t="shared" si="0"/><v>0</v></c><c r="C3"><v>0</v></c><c r="D3"><f>C3</f></c></row>',
      ),
    );
  });
});
