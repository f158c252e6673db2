/**
 * Workbooks laid out unlike the sample, end to end (ExcelJS file -> scan -> compute -> check -> fill ->
 * LibreOffice recalculation): other headers, code styles, number formats and settings.
 */
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze, planFill } from "../../src/core/engine";
import { roundHalfAway } from "../../src/core/numbers";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings/settings";
import { recalc } from "../support/libreoffice";

const r2 = (x: number | null | undefined) => (x === null || x === undefined ? null : roundHalfAway(x, 2));

async function bookFrom(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJsWorkbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return ExcelJsWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** A SIPD-style DPA export (2021 regime): code in front of the name, "Pagu", English-format text, a TOTAL row. */
function sipd(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("DPA SKPD 2023");
  ws.addRow(["PEMERINTAH PROVINSI JAWA TENGAH"]);
  ws.addRow(["DOKUMEN PELAKSANAAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH"]);
  ws.addRow(["Tahun Anggaran 2023"]);
  ws.addRow([]);
  ws.addRow(["Uraian", "Pagu (Rp)", "Realisasi s.d. Desember (Rp)"]);
  const rows: [string, number | string, number | string][] = [
    ["1.06.02 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 300000000, 270000000],
    ["1.06.02.1.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 100000000, 90000000],
    ["1.06.02.1.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah", 60000000, 57000000],
    ["1.06.02.1.01.0006 Koordinasi dan Penyusunan Laporan Capaian Kinerja", 40000000, 33000000],
    ["1.06.02.1.02 Administrasi Keuangan Perangkat Daerah", 200000000, 180000000],
    ["1.06.02.1.02.0001 Penyediaan Gaji dan Tunjangan ASN", "150,000,000", "141,000,000"],
    ["1.06.02.1.02.0002 Penyediaan Administrasi Pelaksanaan Tugas ASN", 50000000, 39000000],
    ["1.06.04 PROGRAM REHABILITASI SOSIAL", 80000000, 76000000],
    ["1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", 80000000, 76000000],
    ["1.06.04.2.01.0004 Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial", 80000000, 76000000],
  ];
  for (const r of rows) ws.addRow(r);
  ws.addRow(["TOTAL", 380000000, 346000000]);
}

/** An indicator sheet with a Polaritas column, weights, "Kinerja"/"Anggaran" two-row header. */
function indikatorSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Capaian Kinerja");
  ws.addRow(["PENGUKURAN KINERJA TAHUN 2023"]);
  ws.addRow([]);
  ws.addRow([
    "No",
    "Sasaran",
    "Indikator Kinerja",
    "Satuan",
    "Polaritas",
    "Kinerja",
    null,
    null,
    "Anggaran",
    null,
    null,
  ]);
  ws.addRow([null, null, null, null, null, "Target", "Realisasi", "Capaian (%)", "Pagu", "Realisasi", "Serapan (%)"]);
  ws.mergeCells("F3:H3");
  ws.mergeCells("I3:K3");
  for (const c of ["A3", "B3", "C3", "D3", "E3"]) ws.mergeCells(`${c}:${c.replace("3", "4")}`);
  ws.addRow([
    1,
    "Meningkatnya pelayanan sosial",
    "Persentase PPKS yang tertangani",
    "%",
    "Positif",
    80,
    84,
    null,
    500000000,
    450000000,
    null,
  ]);
  ws.addRow([2, null, "Jumlah anak terlantar", "orang", "Negatif", "1.200", "1.500", null, 200000000, 210000000, null]);
  ws.addRow([
    3,
    "Meningkatnya kualitas data",
    "Tingkat kepuasan masyarakat",
    "indeks",
    "Max",
    82.5,
    80.1,
    null,
    null,
    null,
    null,
  ]);
  ws.mergeCells("B5:B6");
}

test("SIPD export: codes in front of names give levels, sums and penyerapan", async () => {
  const book = await bookFrom(sipd);
  const snapshot = await book.read();
  const a = analyze(snapshot, DEFAULT_SETTINGS);
  const rows = a.anggaran;
  const by = (re: RegExp) => rows.find((h) => re.test(h.row.uraian))!;
  expect(by(/PROGRAM PENUNJANG/).row.level).toBe(1);
  expect(by(/^(1\.06\.02\.1\.01 )?Perencanaan, Penganggaran/).row.level).toBe(2);
  expect(by(/Penyusunan Dokumen Perencanaan/).row.level).toBe(3);
  expect(by(/Penyediaan Gaji/).realisasi).toBe(141000000);
  const total = rows.find((h) => h.row.isTotal)!;
  expect(total.anggaran).toBe(380000000);
  expect(r2(total.penyerapan.value)).toBe(r2((346000000 / 380000000) * 100));
  expect(r2(by(/PROGRAM PENUNJANG/).penyerapan.value)).toBe(90);
  expect(a.temuan.filter((t) => t.severity === "error")).toEqual([]);
});

test("a subtotal that differs from its children is an error at the exact cell", async () => {
  const book = await bookFrom((wb) => {
    sipd(wb);
    wb.getWorksheet("DPA SKPD 2023")!.getCell("B6").value = 310000000; // program anggaran off by 10 juta
  });
  const a = analyze(await book.read(), DEFAULT_SETTINGS);
  const sub = a.temuan.filter((t) => t.code === "subtotal-beda");
  expect(sub.map((t) => `${t.sheet}!${t.cell}`)).toContain("DPA SKPD 2023!B6");
  expect(sub.find((t) => t.cell === "B6")!.message).toMatch(/310\.000\.000.*300\.000\.000/);
});

test("indicator sheet: polarity from its column, money under 'Anggaran', figures and fill formulas agree in LibreOffice", async () => {
  const book = await bookFrom(indikatorSheet);
  const snapshot = await book.read();
  const s = parseSettings({ efisiensi: "indeks" });
  if (!s.ok) throw new Error(s.errors.join());
  const a = analyze(snapshot, s.settings);
  const ind = a.indikator;
  expect(ind.map((h) => h.row.polaritas)).toEqual(["positif", "negatif", "positif"]);
  expect(ind.map((h) => h.row.polaritasFrom)).toEqual(["kolom", "kolom", "kolom"]);
  expect(r2(ind[0].capaian.value)).toBe(105);
  expect(r2(ind[1].capaian.value)).toBe(80); // 1.200 / 1.500
  expect(r2(ind[2].capaian.value)).toBe(r2((80.1 / 82.5) * 100));
  expect(r2(ind[0].penyerapan.value)).toBe(90);
  expect(ind[1].row.realisasiAnggaran?.value).toBe(210000000);
  expect(a.temuan.some((t) => t.code === "realisasi-melebihi-anggaran" && t.cell === "J6")).toBe(true);
  expect(a.sasaran.map((x) => x.nama)).toEqual(["Meningkatnya pelayanan sosial", "Meningkatnya kualitas data"]);
  expect(r2(a.sasaran[0].capaian.value)).toBe(92.5);

  const fill = planFill(snapshot, a, s.settings, { mode: "rumus", force: false });
  expect(fill.leftAlone).toEqual([]);
  await book.apply(fill.plan);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await recalc(Buffer.from(await book.toBuffer()))) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Capaian Kinerja")!;
  const result = (addr: string) => {
    const v = ws.getCell(addr).value as unknown;
    return v && typeof v === "object" && "result" in (v as object) ? (v as { result: unknown }).result : v;
  };
  expect(r2(result("H5") as number)).toBe(105);
  expect(r2(result("K5") as number)).toBe(90);
  // Row 6 holds numbers as text: values are written, and they are right.
  expect(r2(result("H6") as number)).toBe(80);
  expect(fill.temuan.some((t) => t.code === "ditulis-sebagai-nilai" && t.cell === "H6")).toBe(true);
});
