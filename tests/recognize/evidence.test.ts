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

test("'T R %' under 'Kinerja' and under 'Anggaran': target, realisasi, capaian; anggaran, realisasi anggaran, penyerapan", () => {
  const s = sheet(
    "Efisiensi",
    [
      ["No", "Indikator Kinerja", "Kinerja", "", "", "Anggaran", "", ""],
      ["", "", "T", "R", "%", "T", "R", "%"],
      ["1", "Persentase desa mandiri", 20, 18, 90, 1000000, 900000, 90],
      ["2", "Indeks kepuasan masyarakat", 80, 84, 105, 2000000, 1500000, 75],
    ],
    { merges: ["A1:A2", "B1:B2", "C1:E1", "F1:H1"] },
  );
  const r = run([s]);
  const l = r.layouts[0];
  expect(Object.fromEntries(l.columns.filter((c) => !c.added).map((c) => [c.role, c.col]))).toEqual({
    no: 0,
    indikator: 1,
    target: 2,
    realisasi: 3,
    capaian: 4,
    anggaran: 5,
    realisasiAnggaran: 6,
    penyerapan: 7,
  });
  const an = analyze(workbook([s]), DEFAULT_SETTINGS);
  const h = an.indikator.map((x) => [r2(x.capaian.value), r2(x.penyerapan.value)]);
  // 18/20 = 90; 900.000/1.000.000 = 90; 84/80 = 105; 1.500.000/2.000.000 = 75
  expect(h).toEqual([
    [90, 90],
    [105, 75],
  ]);
  expect(an.temuan.filter((t) => t.severity === "error")).toEqual([]);
});

test("Permendagri 86 evaluation table (E.81 style): K and Rp under target, quarters, realisasi, tingkat capaian", () => {
  const s = sheet(
    "Evaluasi Renja",
    [
      ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2021"],
      [
        "No",
        "Program/Kegiatan",
        "Indikator Kinerja Program (outcome)/Kegiatan (output)",
        "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)",
        "",
        "Target Kinerja dan Anggaran Renja Tahun Berjalan yang Dievaluasi",
        "",
        "Realisasi Kinerja Pada Triwulan",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
        "",
        "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang Dievaluasi (%)",
        "",
      ],
      ["", "", "", "", "", "", "", "I", "", "II", "", "III", "", "IV", "", "", "", "", ""],
      ["", "", "", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
      [
        "1",
        "Program Pelayanan Kesehatan",
        "Persentase balita gizi baik",
        95,
        5000000000,
        90,
        1000000000,
        20,
        200000000,
        25,
        250000000,
        20,
        250000000,
        22,
        200000000,
        87,
        900000000,
        96.67,
        90,
      ],
    ],
    {
      merges: [
        "A2:A4",
        "B2:B4",
        "C2:C4",
        "D2:E3",
        "F2:G3",
        "H2:O2",
        "H3:I3",
        "J3:K3",
        "L3:M3",
        "N3:O3",
        "P2:Q3",
        "R2:S3",
      ],
    },
  );
  const r = run([s]);
  const l = r.layouts[0];
  const role = (x: string) => l.columns.find((c) => c.role === x && !c.added)?.col;
  expect(l.headerRows).toEqual([1, 3]);
  expect([role("indikator"), role("targetAkhir"), role("target"), role("anggaran")]).toEqual([2, 3, 5, 6]);
  expect([role("realisasi"), role("realisasiAnggaran"), role("capaian"), role("penyerapan")]).toEqual([15, 16, 17, 18]);
  const an = analyze(workbook([s]), DEFAULT_SETTINGS);
  const h = an.indikator[0];
  // 87 / 90 × 100 = 96,666... ; 900.000.000 / 1.000.000.000 × 100 = 90
  expect(r2(h.capaian.value)).toBe(96.67);
  expect(r2(h.penyerapan.value)).toBe(90);
  expect(an.temuan.filter((t) => t.severity === "error")).toEqual([]);
});

test("a table whose rows are years: one indicator (named by the title) across years, each year's capaian", () => {
  const s = sheet("Tabel 3.4", [
    ["Tabel 3.4 Angka Kematian Ibu Tahun 2018-2022"],
    [],
    ["Tahun", "Target", "Realisasi", "Capaian (%)"],
    [2018, 120, 110, 109.09],
    [2019, 115, 118, 97.46],
    [2020, 110, 100, 110],
    [2021, 105, 104, 100.96],
    [2022, 100, 95, 105.26],
  ]);
  const r = run([s], DEFAULT_SETTINGS);
  expect(r.indikator.map((i) => i.nama)).toEqual(
    [2018, 2019, 2020, 2021, 2022].map((y) => `Angka Kematian Ibu (${y})`),
  );
  expect(r.guesses.find((g) => g.about === "barisTahun")?.cell).toBe("A3");
  const an = analyze(workbook([s]), DEFAULT_SETTINGS);
  // "kematian" is lower-is-better: T/R × 100. 120/110 = 109,09; 115/118 = 97,46; 110/100 = 110; 105/104 = 100,96; 100/95 = 105,26
  expect(an.indikator.map((h) => r2(h.capaian.value))).toEqual([109.09, 97.46, 110, 100.96, 105.26]);
  expect(an.temuan.filter((t) => t.severity === "error")).toEqual([]);
});

test("a table whose rows are units (Balai / UPT): one indicator per unit", () => {
  const s = sheet("Per Unit", [
    ["Persentase Penyelesaian Layanan Pengujian Tepat Waktu"],
    ["No", "Unit Kerja", "Target (%)", "Realisasi (%)", "Capaian (%)"],
    ["1", "Balai Besar Wilayah I", 90, 92, 102.22],
    ["2", "Balai Wilayah II", 90, 81, 95],
    ["3", "UPT Laboratorium", 85, 85, 100],
  ]);
  const r = run([s], DEFAULT_SETTINGS);
  expect(r.indikator.map((i) => i.nama)).toEqual([
    "Persentase Penyelesaian Layanan Pengujian Tepat Waktu (Balai Besar Wilayah I)",
    "Persentase Penyelesaian Layanan Pengujian Tepat Waktu (Balai Wilayah II)",
    "Persentase Penyelesaian Layanan Pengujian Tepat Waktu (UPT Laboratorium)",
  ]);
  const an = analyze(workbook([s]), DEFAULT_SETTINGS);
  // 92/90 = 102,22; 81/90 = 90 (printed 95: a slip); 85/85 = 100
  expect(an.indikator.map((h) => r2(h.capaian.value))).toEqual([102.22, 90, 100]);
  expect(an.temuan.filter((t) => t.severity === "error").map((t) => t.cell)).toEqual(["E4"]);
});

test("a realisasi headed 'Capaian Kinerja' whose values carry the target's units is the realisasi (a warning)", () => {
  const s = sheet("PK", [
    ["No", "Indikator Kinerja", "Target", "Capaian Kinerja"],
    ["1", "Jumlah peserta pelatihan kerja", "250 Org", "232 Org"],
    ["2", "Jumlah UMKM yang dibina", "120 Unit", "126 Unit"],
  ]);
  const r = run([s], DEFAULT_SETTINGS);
  const l = r.layouts[0];
  expect(l.columns.find((c) => c.role === "realisasi")).toMatchObject({ col: 3, added: false });
  expect(l.columns.find((c) => c.role === "capaian")).toMatchObject({ added: true });
  const g = l.guesses.find((x) => x.about === "role:realisasi")!;
  expect(g).toMatchObject({ cell: "D1", peringatan: true });
  const an = analyze(workbook([s]), DEFAULT_SETTINGS);
  // 232/250 × 100 = 92,8; 126/120 × 100 = 105
  expect(an.indikator.map((h) => r2(h.capaian.value))).toEqual([92.8, 105]);
  expect(an.temuan.find((t) => t.code === "peringatan-role-realisasi")).toMatchObject({
    severity: "warning",
    cell: "D1",
  });
});

test("polaritas guessed for the negatif families, each reported as a guess", () => {
  const names: [string, string][] = [
    ["Jumlah kasus kekerasan terhadap perempuan", "negatif"],
    ["Angka kesakitan DBD", "negatif"],
    ["Prevalensi stunting", "negatif"],
    ["Persentase balita gizi buruk", "negatif"],
    ["Tingkat pengangguran terbuka", "negatif"],
    ["Persentase penduduk miskin", "negatif"],
    ["Angka putus sekolah", "negatif"],
    ["Jumlah kecelakaan lalu lintas", "negatif"],
    ["Jumlah pelanggaran perda", "negatif"],
    ["Persentase tunggakan pajak", "negatif"],
    ["Rata-rata lama penyelesaian perkara", "negatif"],
    ["Waktu penyelesaian pengaduan", "negatif"],
    ["Jumlah keluhan pelanggan", "negatif"],
    ["Persentase kasus yang tertangani", "positif"],
    ["Persentase penyelesaian perkara tepat waktu", "positif"],
  ];
  const r = run([
    sheet("IKU", [
      ["No", "Indikator Kinerja", "Target", "Realisasi"],
      ...names.map(([n], i) => [String(i + 1), n, 10, 9]),
    ]),
  ]);
  expect(r.indikator.map((i) => [i.nama, i.polaritas])).toEqual(names);
  expect(r.indikator.every((i) => i.polaritasFrom === "tebakan")).toBe(true);
  expect(r.guesses.filter((g) => g.about === "polaritas")).toHaveLength(names.length);
});

test("arithmetic agreement: a printed capaian column that matches R/T (or a negatif variant) is confirmed; one that matches nothing is a warning", () => {
  const rows = [
    ["1", "Indeks kepuasan masyarakat", 80, 84, 105],
    ["2", "Persentase desa mandiri", 20, 18, 90],
    ["3", "Angka kemiskinan", 10, 8, 125], // T/R
    ["4", "Nilai SAKIP", 70, 68, 97.14],
  ];
  const ok = run([sheet("Baik", [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"], ...rows])]);
  expect(ok.guesses.find((g) => g.about === "cocok:capaian")).toMatchObject({
    cell: "E1",
    value: "4/4",
    confidence: "tinggi",
  });
  // The same column holding something else (here the target again): 0 of 4 rows agree.
  const bad = run([
    sheet("Ragu", [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      ...rows.map((r) => [...r.slice(0, 4), r[2]]),
    ]),
  ]);
  expect(bad.guesses.find((g) => g.about === "takCocok:capaian")).toMatchObject({
    cell: "E1",
    value: "0/4",
    peringatan: true,
  });
  const an = analyze(
    workbook([
      sheet("Ragu", [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        ...rows.map((r) => [...r.slice(0, 4), r[2]]),
      ]),
    ]),
    DEFAULT_SETTINGS,
  );
  expect(an.temuan.find((t) => t.code === "peringatan-tak-cocok-capaian")).toMatchObject({
    severity: "warning",
    cell: "E1",
  });
});
