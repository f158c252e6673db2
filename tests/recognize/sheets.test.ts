/**
 * Sheet-level decisions: nothing recognisable ("lain"), the user's overrides (kind, columns, header rows,
 * polaritas), sheets the tool generated, ranges, sasaran headings, overall mean rows, absolute coordinates.
 */
import { isColumnRole } from "../../src/core/recognize/layout";
import type { SheetSnapshot } from "../../src/core/workbook/port";
import { sheet } from "../support/snapshot";
import { ikuMerged, ringkasan, sipdDpa, tanpaTabel } from "./corpus";
import { anggaranAt, indikatorNamed, layoutOf, roles, run, settingsOf } from "./helpers";

test("a sheet with no table is 'lain' with no rows, header or columns", () => {
  const r = run([tanpaTabel()]);
  expect(layoutOf(r, "Sampul")).toMatchObject({ kind: "lain", headerRows: null, dataRows: null, columns: [] });
  expect(r.indikator).toEqual([]);
  expect(r.anggaran).toEqual([]);
  expect(r.tahun).toBe(2020);
});

test("a table of things we do not read is 'lain' too", () => {
  const r = run([
    sheet("Pegawai", [
      ["No", "Nama", "Jabatan", "Keterangan"],
      [1, "Andi", "Staf", ""],
    ]),
  ]);
  expect(layoutOf(r, "Pegawai").kind).toBe("lain");
});

describe("overrides", () => {
  const uraianTarget = () =>
    sheet("Capaian", [
      ["Uraian", "Target", "Realisasi"],
      ["Cakupan pelayanan rehabilitasi sosial", 80, 84],
      ["Angka kemiskinan", 10, 11],
    ]);

  test("'Uraian | Target | Realisasi' reads as a budget (target as pagu, said so); kind 'indikator' makes it an indicator sheet", () => {
    const auto = layoutOf(run([uraianTarget()]), "Capaian");
    expect(auto.kind).toBe("anggaran");
    expect(roles(auto)).toEqual({ uraian: "A", anggaran: "B", realisasiAnggaran: "C", penyerapan: "+D", sisa: "+E" });
    expect(auto.guesses.find((g) => g.about === "role:anggaran")!.cell).toBe("B1");
    const r = run([uraianTarget()], settingsOf({ overrides: { sheetKinds: { Capaian: "indikator" } } }));
    const l = layoutOf(r, "Capaian");
    expect(l.kind).toBe("indikator");
    expect(l.guesses.some((g) => g.about === "kind")).toBe(false);
    expect(r.indikator.map((i) => [i.nama, i.target?.value, i.realisasi?.value, i.polaritas])).toEqual([
      ["Cakupan pelayanan rehabilitasi sosial", 80, 84, "positif"],
      ["Angka kemiskinan", 10, 11, "negatif"],
    ]);
    expect(roles(l)).toEqual({ uraian: "A", target: "B", realisasi: "C", capaian: "+D", predikat: "+E" });
  });

  test("kind 'abaikan' keeps the header for display but reads no row", () => {
    const r = run([sipdDpa()], settingsOf({ overrides: { sheetKinds: { "DPA 2021": "abaikan" } } }));
    const l = layoutOf(r, "DPA 2021");
    expect(l.kind).toBe("abaikan");
    expect(l.headerRows).toEqual([7, 7]);
    expect(r.anggaran).toEqual([]);
  });

  test("columns: a role moved to another column, a role removed (so it is added again), an unknown role noted", () => {
    const s = settingsOf({ overrides: { columns: { IKU: { target: "F", realisasi: "E", capaian: "", hasil: "G" } } } });
    const r = run([ikuMerged()], s);
    const l = layoutOf(r, "IKU");
    expect(roles(l)).toMatchObject({ target: "F", realisasi: "E", capaian: "+I", predikat: "H" });
    const ak = indikatorNamed(r, "IKU", "Angka Kemiskinan");
    expect(ak.target?.value).toBe(20.18);
    expect(ak.realisasi?.value).toBe(19.53);
    expect(ak.printed.capaian).toBeUndefined();
    expect(l.guesses.find((g) => g.about === "override")!.reason).toMatch(/"hasil"/);
  });

  test("polaritas by row number or by the name's cell wins over the guess", () => {
    const s = settingsOf({ overrides: { polaritas: { "IKU!6": "negatif", "IKU!C8": "stabil" } } });
    const r = run([ikuMerged()], s);
    expect(indikatorNamed(r, "IKU", "Penurunan Masalah Sosial")).toMatchObject({
      polaritas: "negatif",
      polaritasFrom: "pengguna",
    });
    expect(indikatorNamed(r, "IKU", "Persentase penanganan PMKS")).toMatchObject({
      polaritas: "stabil",
      polaritasFrom: "pengguna",
    });
    expect(indikatorNamed(r, "IKU", "Angka Kemiskinan").polaritasFrom).toBe("tebakan");
    expect(r.guesses.filter((g) => g.about === "polaritas").map((g) => g.cell)).toEqual(["C5", "C9"]);
  });

  test("header rows given by the user (1-based) replace the search; out-of-range ones are noted and searched", () => {
    const rows = [
      ["Catatan bagian keuangan"],
      ["Uraian", "Anggaran", "Realisasi"],
      ["Belanja Pegawai", 100, 90],
      ["Belanja Barang", 50, 45],
    ];
    const given = run([sheet("S", rows)], settingsOf({ overrides: { headerRows: { S: [2, 2] } } }));
    expect(layoutOf(given, "S").headerRows).toEqual([1, 1]);
    const bad = run([sheet("S", rows)], settingsOf({ overrides: { headerRows: { S: [40, 41] } } }));
    expect(layoutOf(bad, "S").headerRows).toEqual([1, 1]);
    expect(layoutOf(bad, "S").guesses[0]).toMatchObject({ about: "headerRows", cell: "A1" });
  });

  test("settings.tahun is the report year whatever the titles say", () => {
    expect(run([sipdDpa()], settingsOf({ tahun: 2022 })).tahun).toBe(2022);
  });
});

test("sheets the tool generated itself are not read as input", () => {
  const r = run([ringkasan()], undefined, { version: 1, generatedSheets: ["Ringkasan"] });
  expect(layoutOf(r, "Ringkasan").kind).toBe("lain");
  expect(r.anggaran).toEqual([]);
});

test("a target range '80 - 90' gives polaritas range with its bounds, guessed and said so", () => {
  const r = run([
    sheet("Range", [
      ["Indikator", "Satuan", "Target", "Realisasi"],
      ["Rasio belanja pegawai", "%", "80 - 90", 85],
      ["Nilai SAKIP", "nilai", "70 s/d 80", 75],
    ]),
  ]);
  const a = indikatorNamed(r, "Range", "Rasio belanja pegawai");
  expect(a).toMatchObject({ polaritas: "range", polaritasFrom: "tebakan", targetRange: [80, 90] });
  expect(a.target).toMatchObject({ value: null, text: "80 - 90" });
  expect(indikatorNamed(r, "Range", "Nilai SAKIP").targetRange).toEqual([70, 80]);
  expect(r.guesses.filter((g) => g.value === "range").map((g) => g.cell)).toEqual(["A2", "A3"]);
});

test("sasaran written as heading rows; an overall mean over two sasaran belongs to neither; default polaritas is noted", () => {
  const r = run([
    sheet("Heading", [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
      ["Sasaran 1: Meningkatnya kualitas layanan"],
      ["1", "Indeks kepuasan masyarakat", 80, 82, 102.5],
      ["Sasaran 2: Meningkatnya akuntabilitas"],
      ["2", "Nilai SAKIP", 70, 68, 97.14],
      ["Rata-rata capaian kinerja", "", "", "", 99.82],
    ]),
  ]);
  expect(r.indikator.map((i) => [i.no, i.sasaran])).toEqual([
    ["1", "Meningkatnya kualitas layanan"],
    ["2", "Meningkatnya akuntabilitas"],
  ]);
  expect(r.sasaran.map((s) => [s.nama, s.meanRow])).toEqual([
    ["Meningkatnya kualitas layanan", null],
    ["Meningkatnya akuntabilitas", null],
  ]);
  expect(r.guesses.find((g) => g.about === "meanRow")!.cell).toBe("A6");
  const bawaan = r.guesses.filter((g) => g.about === "polaritas");
  expect(bawaan.map((g) => g.value)).toEqual(["positif", "positif"]);
  expect(r.indikator.map((i) => i.polaritasFrom)).toEqual(["bawaan", "bawaan"]);
});

test("a sheet whose used range starts at C4 gives absolute positions", () => {
  const s: SheetSnapshot = ikuMerged();
  const shifted: SheetSnapshot = {
    ...s,
    originRow: 3,
    originCol: 2,
    merges: s.merges.map((m) => ({ top: m.top + 3, bottom: m.bottom + 3, left: m.left + 2, right: m.right + 2 })),
  };
  const r = run([shifted]);
  const l = layoutOf(r, "IKU");
  expect(l.headerRows).toEqual([6, 6]);
  expect(roles(l)).toMatchObject({ no: "C", indikator: "E", target: "G", capaian: "I", predikat: "J" });
  expect(r.sasaran[0].meanRow).toBe(9);
  expect(indikatorNamed(r, "IKU", "Jumlah PMKS").realisasi).toMatchObject({ row: 11, col: 7, value: 197465 });
  expect(r.guesses.find((g) => g.about === "polaritas")!.cell).toBe("E8");
});

test("several sheets: layouts in order, every layout's guesses in Recognition.guesses, budget rows per sheet", () => {
  const r = run([tanpaTabel(), sipdDpa(), ikuMerged()]);
  expect(r.layouts.map((l) => [l.sheet, l.kind])).toEqual([
    ["Sampul", "lain"],
    ["DPA 2021", "anggaran"],
    ["IKU", "indikator"],
  ]);
  expect(r.guesses).toEqual(r.layouts.flatMap((l) => l.guesses));
  expect(new Set(r.anggaran.map((a) => a.sheet))).toEqual(new Set(["DPA 2021"]));
  expect(anggaranAt(r, "DPA 2021", 10).level).toBe(1);
  // The first title year wins for the workbook.
  expect(r.tahun).toBe(2020);
});

test("isColumnRole accepts the model's roles and year roles only", () => {
  expect(["capaian", "realisasi:2019", "kode"].every(isColumnRole)).toBe(true);
  expect(["hasil", "realisasi:19", ""].some(isColumnRole)).toBe(false);
});
