/**
 * Cases the project's end-to-end corpus found (tests/corpus/pending): each fixed in recognition and kept here
 * at the snapshot level.
 */
import { guessPolaritas } from "../../src/core/recognize/polaritas";
import { tahunInName } from "../../src/core/recognize/titles";
import { sheet } from "../support/snapshot";
import { anggaranAt, indikatorNamed, rows1, run } from "./helpers";

test("'TOTAL' typed in the No column is the total row", () => {
  const r = run([
    sheet(
      "TW IV",
      [
        ["No", "Kode", "Uraian", "Pagu", "Realisasi"],
        [1, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", 1000, 880],
        [2, "1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", 700, 630],
        [3, "1.01.02.2.02", "Pengelolaan Pendidikan Sekolah Menengah Pertama", 300, 250],
        ["TOTAL", undefined, undefined, 1000, 880],
      ],
      { boldRows: [2, 5] },
    ),
  ]);
  const t = anggaranAt(r, "TW IV", 5);
  expect(t).toMatchObject({ isTotal: true, level: 0, uraian: "TOTAL", kode: null });
  expect(rows1(t.children)).toEqual([2]);
});

test("'yang tidak tertangani' is lower-is-better", () => {
  expect(guessPolaritas("Jumlah kejadian bencana yang tidak tertangani")).toMatchObject({
    polaritas: "negatif",
    word: "tidak tertangani",
  });
  expect(guessPolaritas("Persentase PMKS yang belum terlayani").polaritas).toBe("negatif");
  expect(guessPolaritas("Persentase kejadian bencana yang tertangani").polaritas).toBe("positif");
  const r = run([
    sheet("PK", [
      ["Indikator Kinerja", "Target", "Realisasi"],
      ["Jumlah kejadian bencana yang tidak tertangani", 0, 0],
    ]),
  ]);
  expect(indikatorNamed(r, "PK", "Jumlah kejadian bencana yang tidak tertangani").polaritas).toBe("negatif");
});

test("a label merged over the code columns is the name, not the code", () => {
  const r = run([
    sheet(
      "LRA",
      [
        ["Kode Rekening", undefined, undefined, undefined, undefined, "Uraian", "Anggaran", "Realisasi"],
        ["1", "02", "01", "15", undefined, "Program Upaya Kesehatan Masyarakat", 500, 450],
        ["1", "02", "01", "15", "01", "Penyediaan Biaya Operasional", 500, 450],
        ["JUMLAH TOTAL", undefined, undefined, undefined, undefined, undefined, 500, 450],
      ],
      { merges: ["A1:E1", "A4:F4"] },
    ),
  ]);
  expect(anggaranAt(r, "LRA", 4)).toMatchObject({ kode: null, uraian: "JUMLAH TOTAL", isTotal: true });
  expect(anggaranAt(r, "LRA", 3).kode).toBe("1 02 01 15 01");
});

test("two tables one under the other: the second table's heading is a title like the first one's, not a row", () => {
  const r = run([
    sheet("LRA 2020", [
      ["A. BELANJA TIDAK LANGSUNG"],
      [],
      ["Kode Rekening", "Uraian", "Anggaran", "Realisasi"],
      ["5.1.1.01.01", "Gaji Pokok PNS", 1200, 1150],
      ["5.1.1.01.02", "Tunjangan Keluarga", 120, 110],
      ["JUMLAH BELANJA TIDAK LANGSUNG", undefined, 1320, 1260],
      [],
      ["B. BELANJA LANGSUNG"],
      ["Kode Rekening", "Uraian", "Anggaran", "Realisasi"],
      ["5.2.1.01.01", "Honorarium PNS", 60, 54],
      ["5.2.2.01.01", "Belanja Alat Tulis Kantor", 40, 31],
      ["JUMLAH BELANJA LANGSUNG", undefined, 100, 85],
    ]),
  ]);
  expect(r.anggaran.map((a) => a.row + 1)).toEqual([4, 5, 6, 10, 11, 12]);
  // The year is only in the sheet's name.
  expect(r.tahun).toBe(2020);
  expect(anggaranAt(r, "LRA 2020", 10).parent).toBeNull();
  expect(rows1(anggaranAt(r, "LRA 2020", 12).children)).toEqual([10, 11]);
  // A sheet of account codes only starts at level 1.
  expect(anggaranAt(r, "LRA 2020", 4).level).toBe(1);
});

test("codes stored as numbers keep the form their format shows ('00': 2 -> 02)", () => {
  const r = run([
    sheet(
      "Numerik",
      [
        ["Kode Rekening", undefined, undefined, undefined, undefined, "Uraian", "Anggaran", "Realisasi"],
        [1, 2, 1, 15, undefined, "Program Upaya Kesehatan", 500, 450],
        [1, 2, 1, 15, 1, "Penyediaan Biaya Operasional Puskesmas", 300, 285],
      ],
      { merges: ["A1:E1"], formats: { B: "00", C: "00", D: "00", E: "00" } },
    ),
  ]);
  expect(anggaranAt(r, "Numerik", 3).kode).toBe("1 02 01 15 01");
  expect(anggaranAt(r, "Numerik", 3).parent).toBe(1);
  expect(anggaranAt(r, "Numerik", 2).level).toBe(1);
});

test("a year in a sheet's name, but not a period", () => {
  expect(
    ["LRA 2020", "PK 2022", "DPA SKPD 2023", "Kinerja 2019-2023", "Sheet1", "Data 2019 dan 2020"].map(tahunInName),
  ).toEqual([2020, 2022, 2023, null, null, null]);
});
