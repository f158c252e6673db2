/**
 * Revenue (Pendapatan) rows of a budget realisation: a realisasi above its target is more income than planned,
 * not a budget overrun, so it is no peringatan; a spending row above its budget still is one.
 */
import { analyze } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { sheet, workbook } from "../support/snapshot";

test("realisasi above target: no peringatan under PENDAPATAN, a peringatan under BELANJA", () => {
  const lra = sheet("LRA 2023", [
    ["LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA TAHUN 2023"],
    [],
    ["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
    ["4", "PENDAPATAN DAERAH", 150_000_000, 170_000_000],
    ["4.1", "Pendapatan Asli Daerah", 150_000_000, 170_000_000],
    ["4.1.02", "Retribusi Daerah", 100_000_000, 125_000_000],
    ["4.1.04", "Lain-lain PAD yang Sah", 50_000_000, 45_000_000],
    ["5", "BELANJA DAERAH", 200_000_000, 210_000_000],
    ["5.1", "Belanja Operasi", 200_000_000, 210_000_000],
    ["5.1.02", "Belanja Barang dan Jasa", 120_000_000, 135_000_000],
    ["5.1.01", "Belanja Pegawai", 80_000_000, 75_000_000],
  ]);
  const a = analyze(workbook([lra]), DEFAULT_SETTINGS);
  const over = a.temuan.filter((t) => t.code === "realisasi-melebihi-anggaran").map((t) => t.cell);
  expect(over).toEqual(["D10"]);
  // The figures themselves are computed the same way for both.
  const retribusi = a.anggaran.find((h) => h.row.uraian === "Retribusi Daerah")!;
  expect(retribusi.penyerapan.value).toBe(125);
});

test("a negative anggaran (Surplus / (Defisit)) is no overrun: a smaller defisit is not more spending", () => {
  const lra = sheet("LRA 2023", [
    ["LAPORAN REALISASI ANGGARAN TAHUN 2023"],
    [],
    ["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)"],
    ["5", "BELANJA DAERAH", 200_000_000, 150_000_000],
    ["5.1.02", "Belanja Barang dan Jasa", 120_000_000, 135_000_000],
    ["5.1.01", "Belanja Pegawai", 80_000_000, 15_000_000],
    ["", "Surplus / (Defisit)", -20_000_000, -5_000_000],
    ["", "Belanja Tak Terduga", 0, 1_000_000],
  ]);
  const a = analyze(workbook([lra]), DEFAULT_SETTINGS);
  const over = a.temuan.filter((t) => t.code === "realisasi-melebihi-anggaran").map((t) => t.cell);
  // D5 spends above its budget; D8 spends without one (anggaran 0); D7's defisit is smaller than planned.
  expect(over).toEqual(["D5", "D8"]);
});
