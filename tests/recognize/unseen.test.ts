/**
 * Layouts beyond the seed: per-year headers, quarters, levels in separate columns, indented names, sasaran
 * rows inside the indicator column, predikat under an unnamed header, program-level indicators.
 */
import {
  indikatorProgram,
  kolomBertingkat,
  menjorok,
  perTahun,
  sasaranSeKolom,
  tabelBerulang,
  triwulan,
} from "./corpus";
import { sheet } from "../support/snapshot";
import { anggaranAt, indikatorNamed, layoutOf, roles, rows1, run } from "./helpers";

test("'Capaian 2022 (%)' of the report year is the capaian, last year's is not; predikat found by its words", () => {
  const r = run([perTahun()]);
  const l = layoutOf(r, "Capaian 2022");
  expect(r.tahun).toBe(2022);
  expect(roles(l)).toEqual({
    no: "A",
    indikator: "B",
    satuan: "C",
    target: "D",
    "realisasi:2022": "E",
    capaian: "F",
    predikat: "H",
  });
  expect(l.guesses.find((g) => g.about === "role:predikat")!.cell).toBe("H2");
  const d = indikatorNamed(r, "Capaian 2022", "Persentase desa mandiri");
  expect(d.target?.value).toBe(20);
  expect(d.realisasi).toMatchObject({ value: 15, col: 4 });
  expect(d.printed.capaian?.value).toBe(75);
  expect(d.printedPredikat?.text).toBe("Cukup Berhasil");
  // Nothing is added: capaian and predikat are there.
  expect(l.columns.filter((c) => c.added)).toEqual([]);
});

test("quarters under 'Realisasi': the 'Jumlah' column is the realisasi anggaran, the quarters are left alone (said so)", () => {
  const r = run([triwulan()]);
  const l = layoutOf(r, "Triwulan");
  expect(roles(l)).toEqual({
    kode: "A",
    uraian: "B",
    anggaran: "C",
    realisasiAnggaran: "H",
    penyerapan: "I",
    sisa: "+J",
  });
  expect(l.guesses.filter((g) => g.about === "role:realisasiAnggaran").map((g) => g.cell)).toEqual([
    "D1",
    "E1",
    "F1",
    "G1",
  ]);
  expect(anggaranAt(r, "Triwulan", 3).realisasi?.value).toBe(90000000);
});

test("'Program | Kegiatan | Sub Kegiatan' columns give the levels; a program name merged down does not repeat", () => {
  const r = run([kolomBertingkat()]);
  const l = layoutOf(r, "Bertingkat");
  expect(l.columns.filter((c) => c.role === "uraian").map((c) => c.col)).toEqual([0, 1, 2]);
  expect([2, 3, 4, 5, 6, 7].map((x) => anggaranAt(r, "Bertingkat", x).level)).toEqual([1, 2, 3, 3, 1, 2]);
  expect(anggaranAt(r, "Bertingkat", 4).uraian).toBe("Pemberian Alat Bantu");
  expect(rows1(anggaranAt(r, "Bertingkat", 3).children)).toEqual([4, 5]);
  expect(anggaranAt(r, "Bertingkat", 7).parent).toBe(5);
});

test("names indented with spaces nest by their indent", () => {
  const r = run([menjorok()]);
  expect([2, 3, 4, 5, 6, 7].map((x) => anggaranAt(r, "Menjorok", x).level)).toEqual([1, 2, 3, 3, 2, 3]);
  expect(rows1(anggaranAt(r, "Menjorok", 2).children)).toEqual([3, 6]);
  expect(anggaranAt(r, "Menjorok", 4).uraian).toBe("Belanja Pegawai");
});

test("sasaran rows inside the indicator column carry no figures; the JUMLAH row is no indicator", () => {
  const r = run([sasaranSeKolom()]);
  expect(r.indikator.map((i) => [i.no, i.nama, i.sasaran])).toEqual([
    ["1", "Indeks Kepuasan Masyarakat", "Meningkatnya kualitas pelayanan publik"],
    ["2", "Persentase pengaduan yang ditindaklanjuti", "Meningkatnya kualitas pelayanan publik"],
    ["3", "Angka Kemiskinan", "Menurunnya angka kemiskinan"],
  ]);
  expect(r.sasaran.map((s) => [s.nama, rows1(s.rows)])).toEqual([
    ["Meningkatnya kualitas pelayanan publik", [3, 4]],
    ["Menurunnya angka kemiskinan", [6]],
  ]);
  const l = layoutOf(r, "Gabung");
  expect(roles(l)).toMatchObject({
    indikator: "B",
    anggaran: "F",
    realisasiAnggaran: "G",
    capaian: "+H",
    predikat: "+I",
    penyerapan: "+J",
    efisiensi: "+K",
  });
  expect(indikatorNamed(r, "Gabung", "Angka Kemiskinan").alokasi?.value).toBe(200000000);
});

test("program-level indicators: each row's budget is its alokasi and its program's anggaran", () => {
  const r = run([indikatorProgram()]);
  const l = layoutOf(r, "Program");
  expect(roles(l)).toMatchObject({
    program: "A",
    indikator: "B",
    target: "C",
    realisasi: "D",
    anggaran: "E",
    realisasiAnggaran: "F",
    penyerapan: "+I",
    efisiensi: "+J",
  });
  const p = indikatorNamed(r, "Program", "Persentase PPKS yang terlayani");
  expect(p.alokasi?.value).toBe(300000000);
  expect(p.realisasiAnggaran?.value).toBe(270000000);
  expect(p.program).toEqual([
    { nama: "Program Rehabilitasi Sosial", anggaran: expect.objectContaining({ value: 300000000 }) },
  ]);
});

test("one table per sasaran in one sheet: the repeated header and the text between tables are not data", () => {
  const r = run([tabelBerulang()]);
  const l = layoutOf(r, "Dua Tabel");
  expect(l.headerRows).toEqual([1, 1]);
  expect(l.dataRows).toEqual([2, 11]);
  expect(r.indikator.map((i) => [i.row + 1, i.no, i.target?.value, i.realisasi?.value])).toEqual([
    [3, "1.1", 19.53, 20.18],
    [4, "1.2", 0.5, 0.5],
    [10, "2.1", 4.4, 73.47],
    [11, "2.2", 100606, 197465],
  ]);
  expect(
    r.sasaran.map((s) => [s.nama, rows1(s.rows), s.meanRow === null ? null : s.meanRow + 1, s.printed.capaian?.value]),
  ).toEqual([
    ["Meningkatkan Kesejahteraan Masyarakat", [3, 4], 5, 98.39],
    ["Meningkatkan Kesejahteraan PMKS", [10, 11], 12, 810.36],
  ]);
});

test("a capaian and predikat merged over a sasaran's rows are the sasaran's, not the indicators'", () => {
  const r = run([
    sheet(
      "Gabungan",
      [
        ["Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)", "Rata-rata (%)", "Predikat Sasaran"],
        ["Meningkatnya layanan", "Indeks Kepuasan Masyarakat", 80, 84, 105, 102.5, "Sangat Berhasil"],
        [undefined, "Persentase layanan tepat waktu", 100, 100, 100, undefined, undefined],
      ],
      { merges: ["A2:A3", "F2:F3", "G2:G3"] },
    ),
  ]);
  const l = layoutOf(r, "Gabungan");
  expect(roles(l)).toMatchObject({ capaian: "E", predikat: "G" });
  expect(r.indikator.map((i) => [i.printed.capaian?.value, i.printedPredikat])).toEqual([
    [105, null],
    [100, null],
  ]);
  expect(r.sasaran[0].printedPredikat).toEqual({ row: 1, col: 6, text: "Sangat Berhasil" });
});

test("'Jumlah Belanja Tidak Langsung' closes its group; 'JUMLAH TOTAL' sums every group", () => {
  const r = run([
    sheet("Subtotal", [
      ["Uraian", "Anggaran", "Realisasi"],
      ["1. Belanja Tidak Langsung"],
      ["a) Gaji dan Tunjangan", 100, 90],
      ["b) Bantuan Sosial", 50, 45],
      ["Jumlah Belanja Tidak Langsung", 150, 135],
      ["2. Belanja Langsung"],
      ["a) Belanja Barang dan Jasa", 80, 70],
      ["Jumlah Belanja Langsung", 80, 70],
      ["JUMLAH TOTAL", 230, 205],
    ]),
  ]);
  expect(rows1(anggaranAt(r, "Subtotal", 5).children)).toEqual([2]);
  expect(rows1(anggaranAt(r, "Subtotal", 8).children)).toEqual([6]);
  expect(rows1(anggaranAt(r, "Subtotal", 9).children)).toEqual([2, 6]);
  expect([2, 3, 4, 6, 7].map((x) => anggaranAt(r, "Subtotal", x).level)).toEqual([1, 2, 2, 1, 2]);
  expect(r.anggaran.filter((a) => a.isTotal).map((a) => a.level)).toEqual([0, 0, 0]);
});

test("a different table below the first one ends it, and the user is told where it starts", () => {
  const r = run([
    sheet("Campur", [
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Indeks Kepuasan Masyarakat", "indeks", 80, 84, 105],
      [2, "Persentase layanan tepat waktu", "%", 100, 96, 96],
      [],
      ["No", "Uraian", "Anggaran", "Realisasi", "Sisa", "%"],
      [1, "Belanja Pegawai", 500000000, 480000000, 20000000, 96],
    ]),
  ]);
  const l = layoutOf(r, "Campur");
  expect(l.dataRows).toEqual([1, 2]);
  expect(r.indikator.map((i) => i.nama)).toEqual(["Indeks Kepuasan Masyarakat", "Persentase layanan tepat waktu"]);
  const g = l.guesses.find((x) => x.about === "nextTable")!;
  expect(g.cell).toBe("A5");
  expect(g.reason).toMatch(/baris 5/);
});
