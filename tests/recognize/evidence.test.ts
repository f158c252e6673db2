/**
 * Recognition by evidence (issue 7 item 2): rows and columns decided by what they hold, not by one word.
 */
import { analyze } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { roundHalfAway } from "../../src/core/numbers";
import { sheet, workbook } from "../support/snapshot";
import { indikatorNamed, run } from "./helpers";

const r2 = (x: number | null | undefined) => (x === null || x === undefined ? null : roundHalfAway(x, 2));

test("an indicator named 'Rata-rata lama sekolah' with its own target and realisasi is an indicator, not a mean row", () => {
  const s = sheet("IKU", [
    ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
    ["1", "Meningkatnya kualitas pendidikan", "Rata-rata lama sekolah", 8.1, 8.05, ""],
    ["2", "", "Angka partisipasi murni SD", 98, 97.5, ""],
    ["", "RATA-RATA CAPAIAN", "", "", "", ""],
    ["3", "Meningkatnya derajat kesehatan", "Jumlah kasus gizi buruk", 10, 8, ""],
  ]);
  const r = run([s]);
  expect(r.indikator.map((i) => i.nama)).toEqual([
    "Rata-rata lama sekolah",
    "Angka partisipasi murni SD",
    "Jumlah kasus gizi buruk",
  ]);
  const a = indikatorNamed(r, "IKU", "Rata-rata lama sekolah");
  expect(a.sasaran).toBe("Meningkatnya kualitas pendidikan");
  expect(r.sasaran.map((g) => [g.nama, g.rows.map((x) => x + 1), g.meanRow])).toEqual([
    ["Meningkatnya kualitas pendidikan", [2, 3], 3],
    ["Meningkatnya derajat kesehatan", [5], null],
  ]);
  const an = analyze(workbook([s]), DEFAULT_SETTINGS);
  const h = an.indikator.find((x) => x.row.nama === "Rata-rata lama sekolah")!;
  // 8,05 / 8,1 × 100 = 99,382716...
  expect(r2(h.capaian.value)).toBe(99.38);
  // "kasus gizi buruk" is lower-is-better (a guess): 10 / 8 × 100 = 125
  const k = an.indikator.find((x) => x.row.nama === "Jumlah kasus gizi buruk")!;
  expect(k.row.polaritas).toBe("negatif");
  expect(r2(k.capaian.value)).toBe(125);
});

test("indicators named 'Jumlah ...' and 'Total ...' with inputs are read; a JUMLAH row without inputs is not", () => {
  const r = run([
    sheet("PK", [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Anggaran", "Realisasi Anggaran"],
      ["1", "Jumlah", 12, 11, 1000, 900],
      ["2", "Total", 5, 5, 2000, 1500],
      ["", "JUMLAH", "", "", 3000, 2400],
    ]),
  ]);
  expect(r.indikator.map((i) => [i.nama, i.row + 1])).toEqual([
    ["Jumlah", 2],
    ["Total", 3],
  ]);
});
