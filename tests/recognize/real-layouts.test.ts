/**
 * Layouts met in published tables (issue 7), each on an invented table: the Renstra evaluation's "Tahun ke-1
 * ... ke-5" (Permendagri 86 Tabel E.80); the RKPD evaluation (Tabel E.79, its form's headers, several OPD); "Uraian | Target | Realisasi" naming indicators without an indicator
 * column (the targets are percentages or counts with a unit, not Rupiah); a realisasi printed with a remark in brackets ("66 (>100%)"); amounts with "Rp" close to the figure;
 * "Pagu Awal | Pagu Revisi" over "(Rp.)" with amounts as "2.592.320.000,-" and "0,-" (the revised pagu is the budget);
 * "%" after a realisasi in Rupiah on an indicator sheet; budget lines named by a "Perangkat Daerah" column.
 */
import { analyze } from "../../src/core/engine";
import { roundHalfAway } from "../../src/core/numbers";
import { sheet, workbook } from "../support/snapshot";
import { anggaranAt, indikatorNamed, layoutOf, roles, run, settingsOf } from "./helpers";

/** Formulir E.80: targets of Renstra years 1..3 and realisasi of years 1..3, each as K / Rp, under "Tahun ke-". */
function e80(period: string | null, places: "split" | "whole" = "split") {
  const y = (n: number) => (places === "split" ? String(n) : `Tahun ke-${n}`);
  const group = (g: string) => (places === "split" ? `${g} Tahun ke-` : g);
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
        group("Target Renstra"),
        "",
        "",
        "",
        "",
        "",
        group("Realisasi Capaian"),
        "",
        "",
        "",
        "",
        "",
      ],
      ["", "", "", "", y(1), "", y(2), "", y(3), "", y(1), "", y(2), "", y(3), ""],
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

test("'T R %' under each of 'Tahun 2021 | Tahun 2022': the report year's are the target, realisasi and capaian", () => {
  const s = sheet(
    "Y",
    [
      ["No", "Indikator Kinerja", "Tahun 2021", "", "", "Tahun 2022", "", ""],
      ["", "", "T", "R", "%", "T", "R", "%"],
      [1, "Persentase desa mandiri", 10, 9, 90, 15, 14, 93.33],
    ],
    { merges: ["A1:A2", "B1:B2", "C1:E1", "F1:H1"] },
  );
  const want = { indikator: "B", "realisasi:2021": "D", target: "F", "realisasi:2022": "G", capaian: "H" };
  expect(roles(layoutOf(run([s], settingsOf({ tahun: 2022 })), "Y"))).toMatchObject(want);
  // Without the setting, the latest realisasi year is the report year.
  const r = run([s]);
  expect(r.tahun).toBe(2022);
  expect(roles(layoutOf(r, "Y"))).toMatchObject(want);
  expect(indikatorNamed(r, "Y", "Persentase desa mandiri").printed.capaian?.value).toBe(93.33);
});

test("'Tahun ke-2' written whole under the group reads the same", () => {
  const r = run([e80("2021 - 2023", "whole")], settingsOf({ tahun: 2022 }));
  expect(roles(layoutOf(r, "E80"))).toMatchObject({
    target: "G",
    anggaran: "H",
    "realisasi:2022": "M",
    realisasiAnggaran: "N",
  });
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

test("'Uraian | Target Indikator | Realisasi Indikator' whose targets are no money: the Uraian names indicators", () => {
  const s = sheet("Indikator Program", [
    ["a. Indikator Program Pelayanan Kesehatan"],
    ["No", "Uraian", "Target Indikator Th 2022", "Realisasi Indikator Th 2022"],
    [1, "Persentase puskesmas terakreditasi", "60 %", "66,5 %"],
    [2, "Jumlah kecamatan dengan layanan rujukan", "9 Kecamatan", "8 Kecamatan"],
  ]);
  const r = run([s], settingsOf({ tahun: 2022 }));
  const l = layoutOf(r, "Indikator Program");
  expect(l.kind).toBe("indikator");
  expect(roles(l)).toMatchObject({ indikator: "B", target: "C", "realisasi:2022": "D" });
  expect(l.guesses.find((g) => g.about === "role:indikator")?.cell).toBe("B2");
  const i = indikatorNamed(r, "Indikator Program", "Jumlah kecamatan dengan layanan rujukan");
  expect([i.target?.value, i.realisasi?.value]).toEqual([9, 8]);
});

test("'Uraian | Target | Realisasi | Capaian (%)' holding '60 %' and '9 Desa' is an indicator table, not a budget", () => {
  const s = sheet("Kinerja", [
    ["No", "Uraian", "Target", "Realisasi", "Capaian (%)"],
    [1, "Persentase puskesmas terakreditasi", "60 %", "66 %", 110],
    [2, "Jumlah desa siaga", "9 Desa", "8 Desa", 88.89],
  ]);
  const r = run([s], settingsOf({ tahun: 2022 }));
  const l = layoutOf(r, "Kinerja");
  expect(l.kind).toBe("indikator");
  expect(roles(l)).toEqual({ no: "A", indikator: "B", target: "C", realisasi: "D", capaian: "E", predikat: "+F" });
  expect(r.anggaran).toEqual([]);
  expect(indikatorNamed(r, "Kinerja", "Jumlah desa siaga").printed.capaian?.value).toBe(88.89);
});

test("the same columns holding Rupiah are no indicators (a revenue table is not read as one)", () => {
  const s = sheet("Pendapatan", [
    ["No", "Uraian", "Target Th 2022", "Realisasi Th 2022"],
    [1, "Retribusi pelayanan kesehatan", 1250000000, 1312500000],
    [2, "Retribusi parkir", 300000000, 240000000],
  ]);
  const l = layoutOf(run([s], settingsOf({ tahun: 2022 })), "Pendapatan");
  expect(l.kind).not.toBe("indikator");
  expect(roles(l).indikator).toBeUndefined();
  const lra = sheet("LRA", [
    ["No", "Uraian", "Target", "Realisasi", "%"],
    [1, "Retribusi pelayanan kesehatan", "Rp 1.250.000.000", "Rp 1.312.500.000", "105 %"],
  ]);
  const b = layoutOf(run([lra], settingsOf({ tahun: 2022 })), "LRA");
  expect(b.kind).toBe("anggaran");
  expect(roles(b)).toMatchObject({ uraian: "B", anggaran: "C", realisasiAnggaran: "D", penyerapan: "E" });
});

test("a realisasi printed with a remark in brackets ('45 (>100%)') is read as its figure", () => {
  const s = sheet(
    "Sasaran",
    [
      ["No", "Indikator Kinerja", "Target", "", "Realisasi", ""],
      ["", "", 2021, 2022, 2021, 2022],
      [1, "Jumlah koperasi aktif", 30, 40, "31 (>100%)", "45 (>100%)"],
      [2, "Jumlah UMKM binaan", 100, 120, "90 (tidak tercapai)", "126 (tercapai)"],
    ],
    { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"] },
  );
  const r = run([s], settingsOf({ tahun: 2022 }));
  const k = indikatorNamed(r, "Sasaran", "Jumlah koperasi aktif");
  expect([k.target?.value, k.realisasi?.value, k.realisasi?.raw]).toEqual([40, 45, "45 (>100%)"]);
  expect(indikatorNamed(r, "Sasaran", "Jumlah UMKM binaan").realisasi?.value).toBe(126);
});

test("amounts written with 'Rp' close to the figure ('Rp84.157.000.000,-') are read as Rupiah", () => {
  const s = sheet("Keuangan", [
    ["No", "Uraian", "Target (Rp)", "Realisasi (Rp)", "%"],
    [1, "Penerimaan", "Rp12.500.000.000,-", "Rp10.250.000.000,-", "82,00%"],
  ]);
  const r = run([s], settingsOf({ tahun: 2022 }));
  const a = anggaranAt(r, "Keuangan", 2);
  expect([a.anggaran?.value, a.realisasi?.value, a.anggaran?.unit]).toEqual([12500000000, 10250000000, "Rp"]);
});

test("'Pagu Awal | Pagu Revisi' over '(Rp.)': the revised pagu is the budget; '0,-' is zero", () => {
  const s = sheet(
    "Pagu",
    [
      ["1. PAGU DAN REALISASI DIPA (01)"],
      [],
      ["NO.", "KEGIATAN", "PAGU AWAL", "PAGU REVISI", "REALISASI", "%"],
      ["", "", "(Rp.)", "(Rp.)", "(Rp.)", ""],
      [1, "Belanja Pegawai", "3.100.000.000,-", "2.800.000.000,-", "2.772.000.000,-", 99],
      [2, "Belanja Modal", "0,-", "50.000.000,-", "45.000.000,-", 90],
    ],
    { merges: ["A3:A4", "B3:B4", "F3:F4"], formats: { F: "0.00" } },
  );
  const r = run([s], settingsOf({ tahun: 2019 }));
  const l = layoutOf(r, "Pagu");
  expect(l.kind).toBe("anggaran");
  expect(roles(l)).toMatchObject({ uraian: "B", anggaran: "D", realisasiAnggaran: "E", penyerapan: "F" });
  expect(l.guesses.find((g) => g.about === "role:anggaran")?.cell).toBe("C3");
  const modal = anggaranAt(r, "Pagu", 6);
  expect([modal.anggaran?.value, modal.realisasi?.value]).toEqual([50000000, 45000000]);
});

/** Permendagri 86 Tabel E.79 (Evaluasi terhadap Hasil RKPD Kabupaten/Kota) with its form's headers. */
function e79() {
  const kr = (n: number) => Array.from({ length: n }, () => ["K", "Rp"]).flat();
  return sheet(
    "E79",
    [
      ["Evaluasi Terhadap Hasil RKPD Kabupaten Tahun 2019"],
      [
        "No",
        "Sasaran",
        "Kode",
        "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
        "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
        "Target RPJMD Kabupaten/kota pada Tahun 2021 (Akhir Periode RPJMD)",
        "",
        "Realisasi Capaian Kinerja RPJMD Kabupaten/kota sampai dengan RKPD Kabupaten/kota Tahun Lalu (n-2)",
        "",
        "Target Kinerja dan Anggaran RKPD Kabupaten/kota Tahun Berjalan (Tahun n-1) yang Dievaluasi",
        "",
        "Realisasi Kinerja Pada Triwulan",
        ...Array(7).fill(""),
        "Realisasi Capaian Kinerja dan Anggaran RKPD Kabupaten/kota yang Dievaluasi",
        "",
        "Tingkat Capaian Kinerja dan Realisasi Anggaran RKPD Kabupaten/kota yang Dievaluasi (%)",
        "",
        "Realisasi Kinerja dan Anggaran RPJMD Kabupaten/kota s/d Tahun 2019 (Akhir Tahun Pelaksanaan RKPD tahun 2019)",
        "",
        "Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD Kabupaten/kota s/d Tahun 2019 (%)",
        "",
        "Perangkat Daerah Penanggung Jawab",
      ],
      [...Array(11).fill(""), "I", "", "II", "", "III", "", "IV", ""],
      ["", "", "", "", "", ...kr(11)],
      // Quarters 20+25+20+22 = 87 and 200+250+250+200 = 900 (million); 87/90 = 96,67; 900/1.000 = 90
      [
        1,
        "Meningkatnya derajat kesehatan",
        "1.02.02",
        "Program Pemenuhan Upaya Kesehatan",
        "Persentase balita gizi baik",
        95,
        5e9,
        85,
        2e9,
        90,
        1e9,
        20,
        2e8,
        25,
        2.5e8,
        20,
        2.5e8,
        22,
        2e8,
        87,
        9e8,
        96.67,
        90,
        87,
        2.9e9,
        91.58,
        58,
        "Dinas Kesehatan",
      ],
      // 98,5/98 = 100,51; 1.980/2.000 = 99; RPJMD 98,5/99 = 99,49
      [
        2,
        "Meningkatnya kualitas pendidikan",
        "1.01.02",
        "Program Pengelolaan Pendidikan",
        "Angka partisipasi murni SD",
        99,
        9e9,
        97,
        4e9,
        98,
        2e9,
        97,
        5e8,
        97,
        5e8,
        98,
        5e8,
        98.5,
        4.8e8,
        98.5,
        1.98e9,
        100.51,
        99,
        98.5,
        5.98e9,
        99.49,
        66.44,
        "Dinas Pendidikan",
      ],
    ],
    {
      merges: [
        "A2:A4",
        "B2:B4",
        "C2:C4",
        "D2:D4",
        "E2:E4",
        "F2:G3",
        "H2:I3",
        "J2:K3",
        "L2:S2",
        "L3:M3",
        "N3:O3",
        "P3:Q3",
        "R3:S3",
        "T2:U3",
        "V2:W3",
        "X2:Y3",
        "Z2:AA3",
        "AB2:AB4",
      ],
    },
  );
}

test("E.79: the year evaluated ('Tahun Berjalan (Tahun n-1) yang Dievaluasi') is the report year; RPJMD s/d columns are the end", () => {
  const s = e79();
  const r = run([s], settingsOf({ tahun: 2019 }));
  const l = layoutOf(r, "E79");
  expect(l.kind).toBe("indikator");
  expect(roles(l)).toMatchObject({
    indikator: "E",
    targetAkhir: "F",
    target: "J",
    anggaran: "K",
    realisasi: "T",
    realisasiAnggaran: "U",
    capaian: "V",
    penyerapan: "W",
    capaianAkhir: "Z",
  });
  // "s/d Tahun Lalu (n-2)", the quarters and the cumulative RPJMD realisasi are not this year's figures.
  for (const col of ["H", "I", "L", "X", "Y", "AB"]) expect(Object.values(roles(l))).not.toContain(col);
  const an = analyze(workbook([s]), settingsOf({ tahun: 2019 }));
  expect(
    an.indikator.map((i) => [roundHalfAway(i.capaian.value ?? NaN, 2), roundHalfAway(i.penyerapan.value ?? NaN, 2)]),
  ).toEqual([
    [96.67, 90],
    [100.51, 99],
  ]);
  expect(an.temuan.filter((t) => t.severity === "error")).toEqual([]);
});

test("'Target | Realisasi | % | Program | Anggaran (Rp) | Realisasi (Rp) | %': the second '%' is the penyerapan", () => {
  const s = sheet("KA", [
    ["Sasaran", "Indikator Kinerja", "Target", "Realisasi", "%", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
    [
      "Meningkatnya derajat kesehatan",
      "Persentase balita gizi baik",
      "90 %",
      "87 %",
      96.67,
      "Program Kesehatan",
      "1.000.000.000",
      "900.000.000",
      90,
    ],
    ["", "Angka kematian bayi", "8", "7", 114.29, "Program Kesehatan", "500.000.000", "450.000.000", 80],
  ]);
  const l = layoutOf(run([s], settingsOf({ tahun: 2022 })), "KA");
  expect(roles(l)).toMatchObject({ capaian: "E", anggaran: "G", realisasiAnggaran: "H", penyerapan: "I" });
  expect(l.columns.filter((c) => c.added).map((c) => c.role)).not.toContain("penyerapan");
  const an = analyze(workbook([s]), settingsOf({ tahun: 2022 }));
  // 450.000.000 / 500.000.000 = 90, printed 80: a slip at I3; the 90 at I2 is right.
  expect(an.temuan.filter((t) => t.severity === "error").map((t) => [t.code, t.cell])).toEqual([
    ["penyerapan-beda", "I3"],
  ]);
});

test("budget lines named in a 'Perangkat Daerah' column (no Uraian, no code): that column names them", () => {
  const s = sheet("SKPD", [
    ["No", "Perangkat Daerah", "Pagu Anggaran (Rp)", "Realisasi (Rp)", "Persentase (%)", "Sisa (Rp)"],
    [1, "Dinas Pendidikan", 120000000000, 110000000000, 91.67, 10000000000],
    [2, "Dinas Kesehatan", 80000000000, 76000000000, 95, 4000000000],
    ["", "JUMLAH", 200000000000, 186000000000, 93, 14000000000],
  ]);
  const r = run([s], settingsOf({ tahun: 2022 }));
  const l = layoutOf(r, "SKPD");
  expect(roles(l)).toMatchObject({ uraian: "B", anggaran: "C", realisasiAnggaran: "D", penyerapan: "E", sisa: "F" });
  expect(l.guesses.find((g) => g.about === "role:uraian")?.cell).toBe("B1");
  expect([2, 3, 4].map((x) => [anggaranAt(r, "SKPD", x).uraian, anggaranAt(r, "SKPD", x).level])).toEqual([
    ["Dinas Pendidikan", 1],
    ["Dinas Kesehatan", 1],
    ["JUMLAH", 0],
  ]);
});
