/**
 * Issue 13 item 2: packages from other writers are read by the OPC rules, not by one writer's habits.
 * A Python-style package built by hand: absolute relationship targets, a prefixed main namespace
 * (x:worksheet), shared strings and comments under other part names, a default-namespace drawing. And a
 * workbook whose sheet part is missing is refused naming the sheet. (Excel-like packages: ExcelJS-written
 * files in the other tests; LibreOffice: preservation.test.ts.)
 */
import JSZip from "jszip";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";

async function pythonStyle(withSheetPart = true): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheets><x:sheet name="Anggaran" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="/xl/strings.xml"/></Relationships>`,
  );
  if (withSheetPart)
    zip.file(
      "xl/worksheets/sheet1.xml",
      `<x:worksheet xmlns:x="${MAIN}" xmlns:r="${R}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Belanja Pegawai</x:t></x:is></x:c><x:c r="B2"><x:v>1250000</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>=bukan rumus</x:t></x:is></x:c></x:row></x:sheetData><x:drawing r:id="rId2"/><x:legacyDrawing r:id="rId1"/></x:worksheet>`,
    );
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/comments" Target="/xl/comments/comment1.xml"/><Relationship Id="rId2" Type="${R}/drawing" Target="/xl/drawings/drawing1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/strings.xml",
    `<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>Uraian</t></si><si><r><t>Angg</t></r><r><t>aran</t></r></si></sst>`,
  );
  zip.file(
    "xl/comments/comment1.xml",
    `<comments xmlns="${MAIN}"><authors><author>py</author></authors><commentList><comment ref="B2" authorId="0"><text><t>dari Python</t></text></comment></commentList></comments>`,
  );
  zip.file(
    "xl/drawings/drawing1.xml",
    `<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"></wsDr>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("a hand-built Python-style package", () => {
  it("is read: absolute targets, prefixed namespace, other part names, rich shared strings", async () => {
    const book = await ExcelJsWorkbook.load(await pythonStyle(), "python.xlsx");
    const snap = await book.read();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Anggaran"]);
    expect(snap.sheets[0].values).toEqual([
      ["Uraian", "Anggaran", null],
      ["Belanja Pegawai", 1_250_000, "=bukan rumus"],
    ]);
  });

  it("is written keeping its comments and drawing, in its own prefix", async () => {
    const input = await pythonStyle();
    const book = await ExcelJsWorkbook.load(input, "python.xlsx");
    await book.apply({
      ops: [
        { kind: "cells", sheet: "Anggaran", row: 1, col: 3, cells: [[{ formula: "B2/2", numberFormat: "#,##0" }]] },
      ],
    });
    const out = await book.toBuffer();
    const a = await JSZip.loadAsync(input);
    const b = await JSZip.loadAsync(out);
    for (const name of [
      "xl/comments/comment1.xml",
      "xl/drawings/drawing1.xml",
      "xl/strings.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
    ])
      expect(await b.file(name)!.async("string")).toBe(await a.file(name)!.async("string"));
    const sheet = await b.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toContain('<x:c r="D2" s="1"><x:f>B2/2</x:f></x:c>');
    expect(sheet).toContain('<x:c r="C2" t="inlineStr"><x:is><x:t>=bukan rumus</x:t></x:is></x:c>');
    // A styles part was created (the package had none), with its relationship and content type.
    // (ExcelJS itself cannot open prefixed-namespace packages, so the check reads the package back.)
    expect(await b.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(
      /Type="[^"]*\/styles" Target="styles.xml"/,
    );
    expect(await b.file("[Content_Types].xml")!.async("string")).toContain('PartName="/xl/styles.xml"');
    const back = (await (await ExcelJsWorkbook.load(out)).read()).sheets[0];
    expect(back.formulas[1][3]).toBe("B2/2");
    expect(back.numberFormats[1][3]).toBe("#,##0");
  });

  it("is refused, naming the sheet, when the sheet's part is missing", async () => {
    await expect(ExcelJsWorkbook.load(await pythonStyle(false), "hilang.xlsx")).rejects.toThrow(
      'Berkas "hilang.xlsx" rusak: lembar "Anggaran" tercantum di buku kerja tetapi isinya tidak ada di dalam berkas.',
    );
  });
});
