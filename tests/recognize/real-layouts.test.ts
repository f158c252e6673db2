/**
 * Layouts met in published tables (issue 7), each on an invented table: the Renstra evaluation's "Tahun ke-1
 * ... ke-5" (Permendagri 86 Tabel E.80), ...
 */
import { sheet } from "../support/snapshot";
import { indikatorNamed, layoutOf, roles, run, settingsOf } from "./helpers";

/** Formulir E.80: targets of Renstra years 1..3 and realisasi of years 1..3, each as K / Rp, under "Tahun ke-". */
function e80(period: string | null) {
  return sheet(
    "E80",
    [
      ["Evaluasi Terhadap Hasil Renstra Perangkat Daerah"],
      period === null ? [] : [`Periode Pelaksanaan : ${period}`],
      [
        "No",
        "Program/ Kegiatan",
        "Indikator Kinerja",
        "Data Capaian pada Awal Tahun Perencanaan",
        "Target Renstra Tahun ke-",
        "",
        "",
        "",
        "",
        "",
        "Realisasi Capaian Tahun ke-",
        "",
        "",
        "",
        "",
        "",
      ],
      ["", "", "", "", "1", "", "2", "", "3", "", "1", "", "2", "", "3", ""],
      ["", "", "", "", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
      [
        1,
        "Program Pelayanan Kesehatan",
        "Cakupan imunisasi",
        "80 %",
        85,
        100e6,
        88,
        110e6,
        90,
        120e6,
        84,
        90e6,
        89,
        100e6,
        81,
        60e6,
      ],
      [2, "Program Gizi", "Balita ditimbang", "70 %", 75, 50e6, 78, 55e6, 80, 60e6, 70, 40e6, 79, 50e6, 76, 45e6],
    ],
    {
      merges: [
        "A3:A5",
        "B3:B5",
        "C3:C5",
        "D3:D5",
        "E3:J3",
        "K3:P3",
        "E4:F4",
        "G4:H4",
        "I4:J4",
        "K4:L4",
        "M4:N4",
        "O4:P4",
      ],
    },
  );
}

test("'Tahun ke-2' under an E.80 target or realisasi group is the second year of the period in the title", () => {
  const r = run([e80("2021 - 2023")], settingsOf({ tahun: 2022 }));
  const l = layoutOf(r, "E80");
  expect(l.headerRows).toEqual([2, 4]);
  const got = roles(l);
  // Year 2 (2022) is the report year: its K is the target / realisasi, its Rp the budget and its realisasi.
  expect(got).toMatchObject({ target: "G", anggaran: "H", "realisasi:2022": "M", realisasiAnggaran: "N" });
  // The baseline ("Data Capaian pada Awal Tahun Perencanaan") is no capaian; the other years' money is not read.
  expect(got.capaian).toBe("+Q");
  expect(got["realisasi:2021"]).toBe("K");
  const i = indikatorNamed(r, "E80", "Cakupan imunisasi");
  expect([i.target?.value, i.realisasi?.value]).toEqual([88, 89]);
});

test("without the report year set, the latest realisasi year of the period is the report year", () => {
  const r = run([e80("2021 - 2023")]);
  expect(r.tahun).toBe(2023);
  const i = indikatorNamed(r, "E80", "Balita ditimbang");
  expect([i.target?.value, i.realisasi?.value]).toEqual([80, 76]);
  expect(roles(layoutOf(r, "E80"))).toMatchObject({ target: "I", anggaran: "J", realisasiAnggaran: "P" });
});

test("'Tahun ke-' without a period named anywhere: no year is guessed, so no year's column is taken", () => {
  const r = run([e80(null)], settingsOf({ tahun: 2022 }));
  const got = roles(layoutOf(r, "E80"));
  expect(got.target).toBeUndefined();
  expect(got.anggaran).toBeUndefined();
  expect(Object.keys(got).filter((k) => k.startsWith("realisasi"))).toEqual([]);
});
