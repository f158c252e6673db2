/**
 * End to end on the bundled sample (examples/dinsos-sumenep-2020.xlsx) with the real engine: the report model
 * carries the seed's tables with the correct figures; the tables applied with the ExcelJS adapter and the Word
 * export, both converted to PDF by LibreOffice, show the rows in order with Indonesian numbers. The pages are
 * written as PNG to test-output/report/ for a person to look at. A user's own sheet called "Tabel 3.1" is
 * left exactly as it was.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { renderDocx } from "../../src/adapters/docx/render";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze } from "../../src/core/engine";
import { buildReport } from "../../src/core/report/build";
import { planReport } from "../../src/core/report/excel-plan";
import type { Report } from "../../src/core/report/model";
import { tableGrid } from "../../src/core/report/text";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { findLine, normalizedLines, pdfPages, pdfText, toPdf } from "./support/convert";

const SAMPLE = path.resolve(__dirname, "../../examples/dinsos-sumenep-2020.xlsx");

/** The sample with one more sheet of the user's, named like a generated table. */
async function sampleWithUserSheet(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ArrayBuffer);
  const ws = wb.addWorksheet("Tabel 3.1");
  ws.getCell("A1").value = "Catatan pribadi: jangan dihapus";
  ws.getCell("B3").value = 1234.5;
  ws.getCell("B3").numFmt = "#,##0.0";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function sheetDump(data: Uint8Array, name: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out: unknown[] = [];
  wb.getWorksheet(name)?.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => out.push([c.address, c.value, c.numFmt])),
  );
  return out;
}

/** Each group of parts on a line, the lines in this order. */
function expectInOrder(lines: string[], groups: string[][]): void {
  let at = 0;
  for (const parts of groups) {
    const i = findLine(lines, parts, at);
    if (i < 0)
      throw new Error(
        `not found in order: ${JSON.stringify(parts)} after line ${at}: ${lines.slice(at, at + 12).join(" | ")}`,
      );
    at = i + 1;
  }
}

let report: Report;
let input: Uint8Array;

beforeAll(async () => {
  input = await sampleWithUserSheet();
  const book = await ExcelJsWorkbook.load(input);
  report = buildReport(analyze(await book.read(), DEFAULT_SETTINGS), DEFAULT_SETTINGS);
});

function grid(id: string): string[][] {
  const t = report.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}; omitted: ${report.omitted.join(" / ")}`);
  return tableGrid(t);
}

describe("report of the sample workbook (real engine)", () => {
  it("has every table of the seed, with the correct figures", () => {
    expect(report.tahun).toBe(2020);
    expect(report.tables.map((t) => t.id)).toEqual([
      "perjanjian-kinerja",
      "target-kinerja",
      "capaian-keseluruhan",
      "capaian-1",
      "capaian-2",
      "perbandingan-tahunan",
      "target-akhir",
      "efisiensi",
      "ringkasan-anggaran",
      "rincian-anggaran",
    ]);
    expect(report.skipped).toEqual([]);
    // Bab III A as the seed prints it: two sasaran, four indicators with their targets
    expect(grid("target-kinerja").map((r) => r.slice(2))).toEqual([
      ["1.1 Angka Kemiskinan", "19,34", "%"],
      ["1.2 Penurunan Masalah Sosial", "0,50", "%"],
      ["2.1 Persentase penanganan PMKS", "4,40", "%"],
      ["2.2 Jumlah PMKS", "100.606", "orang"],
    ]);
    expect(grid("capaian-1").map((r) => r.slice(2))).toEqual([
      ["1.1 Angka Kemiskinan", "%", "19,34", "20,18", "95,84", "Sangat Berhasil"],
      ["1.2 Penurunan Masalah Sosial", "%", "0,50", "0,50", "100,00", "Sangat Berhasil"],
      ["", "", "", "", "97,92", "Sangat Berhasil"],
    ]);
    expect(grid("capaian-2").map((r) => r.slice(2))).toEqual([
      ["2.1 Persentase penanganan PMKS", "%", "4,40", "73,47", "1.669,77", "Sangat Berhasil"],
      ["2.2 Jumlah PMKS", "orang", "100.606", "197.465", "50,95", "Cukup Berhasil"],
      ["", "", "", "", "860,36", "Sangat Berhasil"],
    ]);
    expect(grid("perbandingan-tahunan").map((r) => r.slice(2))).toEqual([
      ["1.1 Angka Kemiskinan", "%", "20,16", "19,48", "20,18", "0,70"],
      ["1.2 Penurunan Masalah Sosial", "%", "0,40", "0,45", "0,50", "0,05"],
    ]);
    expect(grid("target-akhir").map((r) => r.slice(2))).toEqual([
      ["1.1 Persentase penanganan PMKS", "%", "73,47", "4,50", "1.632,67"],
      ["1.2 Jumlah PMKS", "orang", "197.465", "100.606", "50,95"],
    ]);
    expect(grid("efisiensi").map((r) => r.slice(6))).toEqual([
      ["1.669,77", "1.214.050.000", "1.091.666.930", "89,92", "1.579,85"],
      ["50,95", "2.334.273.356", "2.190.600.386", "93,85", "-42,90"],
      ["", "", "", "", "768,48"],
    ]);
    const ringkasan = grid("ringkasan-anggaran");
    expect(ringkasan.find((r) => r[0] === "2. Belanja Langsung")).toEqual([
      "2. Belanja Langsung",
      "3.548.323.356",
      "3.282.267.316",
      "92,50",
    ]);
    expect(ringkasan[ringkasan.length - 1]).toEqual(["JUMLAH", "23.319.682.577", "21.938.659.555", "94,08"]);
    const rincian = grid("rincian-anggaran");
    expect(rincian.filter((r) => r[1].startsWith("Program ")).map((r) => r[4])).toEqual([
      "93,54",
      "88,62",
      "94,90",
      "92,21",
      "98,94",
      "96,97",
      "82,98",
      "97,98",
    ]);
    expect(rincian[rincian.length - 1]).toEqual(["JUMLAH", "", "3.548.323.356", "3.282.267.316", "92,50"]);
    const pk = grid("perjanjian-kinerja");
    expect(pk.map((r) => r[r.length - 1])).toEqual([
      "657.770.200",
      "224.670.000",
      "324.244.100",
      "174.250.500",
      "950.071.800",
      "279.916.840",
      "225.000.000",
    ]);
    const sentences = report.tables.flatMap((t) => t.paragraphs).join("\n");
    expect(sentences).toContain('rata-rata capaian kinerja sebesar 97,92% dengan predikat "Sangat Berhasil"');
    expect(sentences).toContain("naik 0,70 poin dibandingkan tahun 2019");
    expect(sentences).toContain("Sisa capaian kinerja yang harus dicapai pada tahun-tahun berikutnya sebesar 49,05%");
    expect(sentences).toContain("atau penyerapan sebesar 92,50%");
    expect(sentences).toContain("dicapai secara efisien");
  });

  it("as sheets of the workbook: LibreOffice prints the rows in order with Indonesian numbers; the user's 'Tabel 3.1' is untouched", async () => {
    const book = await ExcelJsWorkbook.load(input);
    const snap = await book.read();
    // as the command line does for a file: ExcelJS cannot draw charts, so neither they nor their data are planned
    const res = await book.apply(planReport(report, snap, DEFAULT_SETTINGS, { charts: false }));
    expect(res.skipped ?? []).toEqual([]);
    const out = await book.toBuffer();
    expect(await sheetDump(out, "Tabel 3.1")).toEqual(await sheetDump(input, "Tabel 3.1"));
    for (const s of snap.sheets)
      if (s.name !== "Tabel 3.1") expect(await sheetDump(out, s.name)).toEqual(await sheetDump(input, s.name));

    const pdf = await toPdf(out, "xlsx");
    const pages = await pdfPages(pdf, "sample-xlsx");
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const lines = normalizedLines(await pdfText(pdf));
    expectInOrder(lines, [
      ["Catatan pribadi: jangan dihapus"],
      ["Tabel 2.1 Perjanjian Kinerja Tahun 2020"],
      ["1.1 Jumlah PMKS", "100.606", "orang", "Program Perlindungan dan Jaminan Sosial", "657.770.200"],
      ["Tabel 3.3 Pengukuran Capaian Kinerja Sasaran 1"],
      ["1.1 Angka Kemiskinan", "%", "19,34", "20,18", "95,84", "Sangat Berhasil"],
      ["1.2 Penurunan Masalah Sosial", "%", "0,50", "0,50", "100,00", "Sangat Berhasil"],
      ["RATA-RATA CAPAIAN", "97,92", "Sangat Berhasil"],
      ["2.1 Persentase penanganan PMKS", "4,40", "73,47", "1.669,77"],
      ["2.2 Jumlah PMKS", "orang", "100.606", "197.465", "50,95", "Cukup Berhasil"],
      ["RATA-RATA CAPAIAN", "860,36"],
      ["1.1 Angka Kemiskinan", "20,16", "19,48", "20,18", "0,70"],
      ["1.1 Persentase", "73,47", "4,50", "1.632,67"],
      ["1.2 Jumlah PMKS", "197.465", "100.606", "50,95"],
      ["4,40", "73,47", "1.669,77", "1.214.050.000", "1.091.666.930", "89,92", "1.579,85"],
      ["100.606", "197.465", "50,95", "2.334.273.356", "2.190.600.386", "93,85", "-42,90"],
      ["RATA-RATA TINGKAT EFISIENSI", "768,48"],
      ["2. Belanja Langsung", "3.548.323.356", "3.282.267.316", "92,50"],
      ["JUMLAH", "23.319.682.577", "21.938.659.555", "94,08"],
      ["Program Pemberdayaan Fakir Miskin", "950.071.800", "841.959.380", "88,62"],
      ["JUMLAH", "3.548.323.356", "3.282.267.316", "92,50"],
    ]);
    const all = lines.join("\n");
    for (const wrong of ["92.50", "95.84", "1,669.77", "3,548,323,356"]) expect(all).not.toContain(wrong);
  });

  it("as a Word document: LibreOffice prints the tables, sentences and charts in order", async () => {
    const docx = await renderDocx(report, DEFAULT_SETTINGS);
    fs.mkdirSync(path.resolve(__dirname, "../../test-output/report"), { recursive: true });
    fs.writeFileSync(path.resolve(__dirname, "../../test-output/report/sample.docx"), docx);
    const pdf = await toPdf(docx, "docx");
    const pages = await pdfPages(pdf, "sample-docx");
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const lines = normalizedLines(await pdfText(pdf));
    expectInOrder(lines, [
      ["BAB II PERENCANAAN KINERJA"],
      ["Tabel 2.1 Perjanjian Kinerja Tahun 2020"],
      ["BAB III AKUNTABILITAS KINERJA"],
      ["A. Target Kinerja dalam Perjanjian Kinerja"],
      ["Tabel 3.1 Target Kinerja dalam Perjanjian Kinerja Tahun 2020"],
      ["2.2 Jumlah PMKS", "100.606", "orang"],
      ["Tabel 3.3 Pengukuran Capaian Kinerja Sasaran 1"],
      ["1.1 Angka Kemiskinan", "19,34", "20,18", "95,84", "Sangat"],
      ["RATA-RATA CAPAIAN", "97,92"],
      ["rata-rata capaian"],
    ]);
    expectInOrder(lines, [
      ["2.1 Persentase", "1.669,77"],
      ["RATA-RATA CAPAIAN", "860,36"],
      ["1.1 Angka Kemiskinan", "20,16", "19,48", "20,18", "0,70"],
      ["1.1 Persentase", "73,47", "4,50", "1.632,67"],
      ["1.579,85"],
      ["-42,90"],
      ["RATA-RATA TINGKAT EFISIENSI", "768,48"],
      ["JUMLAH", "23.319.682.577", "21.938.659.555", "94,08"],
      ["JUMLAH", "3.548.323.356", "3.282.267.316", "92,50"],
    ]);
    const all = lines.join("\n");
    for (const wrong of ["92.50", "95.84", "1,669.77"]) expect(all).not.toContain(wrong);
  });
});
