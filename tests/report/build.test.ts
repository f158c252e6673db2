/**
 * The report model from a hand-built Analysis of the Sumenep 2020 workbook: every table row for row with the
 * correct figures (not the seed's slips), spans that tile each table, sentences with Indonesian numbers.
 */
import { buildReport, instansiName } from "../../src/core/report/build";
import type { Report, ReportTable } from "../../src/core/report/model";
import { tableGrid } from "../../src/core/report/text";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/core/settings/settings";
import { analysisOf, anggaranSheet, indikator, sasaranHasil } from "./fixtures/builder";
import { sumenepAnalysis } from "./fixtures/sumenep";

function table(r: Report, id: string): ReportTable {
  const t = r.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

/** Every position of the header and body covered exactly once by some cell's span. */
function assertTiles(t: ReportTable): void {
  const n = t.columns.length;
  const check = (rows: ({ rowSpan?: number; colSpan?: number } | null)[][]) => {
    const covered = rows.map(() => Array<number>(n).fill(0));
    rows.forEach((row, r) => {
      expect(row).toHaveLength(n);
      row.forEach((c, col) => {
        if (!c) return;
        for (let i = 0; i < (c.rowSpan ?? 1); i++) for (let j = 0; j < (c.colSpan ?? 1); j++) covered[r + i][col + j]++;
      });
    });
    for (const line of covered) expect(line).toEqual(Array(n).fill(1));
  };
  check(t.header);
  check(t.rows.map((r) => r.cells));
  expect(t.columnNumbers).toEqual(Array.from({ length: n }, (_, i) => `(${i + 1})`));
}

describe("buildReport on the Sumenep 2020 analysis", () => {
  const report = buildReport(sumenepAnalysis(), DEFAULT_SETTINGS);

  it("builds the LKjIP table set in order, numbered per chapter", () => {
    expect(report.instansi).toBe("Dinas Sosial Kabupaten Sumenep");
    expect(report.tahun).toBe(2020);
    expect(report.tables.map((t) => [t.id, t.nomor, t.sheetName])).toEqual([
      ["perjanjian-kinerja", "2.1", "Tabel 2.1"],
      ["target-kinerja", "3.1", "Tabel 3.1"],
      ["capaian-keseluruhan", "3.2", "Tabel 3.2"],
      ["capaian-1", "3.3", "Tabel 3.3"],
      ["capaian-2", "3.4", "Tabel 3.4"],
      ["perbandingan-tahunan", "3.5", "Tabel 3.5"],
      ["target-akhir", "3.6", "Tabel 3.6"],
      ["efisiensi", "3.7", "Tabel 3.7"],
      ["ringkasan-anggaran", "3.8", "Tabel 3.8"],
      ["rincian-anggaran", "3.9", "Tabel 3.9"],
    ]);
    expect(report.omitted).toEqual([]);
    expect(report.skipped).toEqual([]);
    for (const t of report.tables) assertTiles(t);
  });

  it("capaian of sasaran 1 uses the PK target 19,34 (95,84, not the printed 96,78) and its mean 97,92", () => {
    const t = table(report, "capaian-1");
    expect(t.title).toBe(
      "Tabel 3.3 Pengukuran Capaian Kinerja Sasaran 1: Meningkatkan Kesejahteraan Masyarakat Tahun 2020",
    );
    expect(t.header[0].map((h) => h?.text)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
    ]);
    expect(tableGrid(t)).toEqual([
      [
        "1",
        "Meningkatkan Kesejahteraan Masyarakat",
        "1.1 Angka Kemiskinan",
        "%",
        "19,34",
        "20,18",
        "95,84",
        "Sangat Berhasil",
      ],
      ["", "", "1.2 Penurunan Masalah Sosial", "%", "0,50", "0,50", "100,00", "Sangat Berhasil"],
      ["RATA-RATA CAPAIAN", "", "", "", "", "", "97,92", "Sangat Berhasil"],
    ]);
    expect(t.rows.map((r) => r.kind)).toEqual(["data", "data", "rata-rata"]);
    expect(t.rows[2].bold).toBe(true);
    expect(t.paragraphs[0]).toBe(
      'Hasil pengukuran capaian kinerja sasaran "Meningkatkan Kesejahteraan Masyarakat" dengan 2 (dua) indikator terukur menghasilkan rata-rata capaian kinerja sebesar 97,92% dengan predikat "Sangat Berhasil".',
    );
    expect(t.paragraphs).toContain(
      "Indikator yang belum mencapai target: Angka Kemiskinan (target 19,34%, realisasi 20,18%, capaian 95,84%).",
    );
    expect(t.paragraphs).toContain(
      "Indikator yang mencapai atau melampaui target: Penurunan Masalah Sosial (target 0,50%, realisasi 0,50%, capaian 100,00%).",
    );
    expect(t.charts[0]).toMatchObject({
      kind: "column",
      referenceLine: { value: 100 },
      categories: ["1.1 Angka Kemiskinan", "1.2 Penurunan Masalah Sosial"],
    });
    expect(t.charts[0].series[0].values[0]).toBeCloseTo(95.8375, 4);
  });

  it("capaian of sasaran 2: 1.669,77 (the seed printed 1569,77) and the mean 860,36", () => {
    const t = table(report, "capaian-2");
    expect(tableGrid(t)).toEqual([
      [
        "2",
        "Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)",
        "2.1 Persentase penanganan PMKS",
        "%",
        "4,40",
        "73,47",
        "1.669,77",
        "Sangat Berhasil",
      ],
      ["", "", "2.2 Jumlah PMKS", "orang", "100.606", "197.465", "50,95", "Cukup Berhasil"],
      ["RATA-RATA CAPAIAN", "", "", "", "", "", "860,36", "Sangat Berhasil"],
    ]);
    expect(t.paragraphs[0]).toContain('sebesar 860,36% dengan predikat "Sangat Berhasil"');
    // the overall sentence closes the last capaian table: mean of 97,92 and 860,36
    expect(table(report, "capaian-keseluruhan").paragraphs[0]).toBe(
      'Secara keseluruhan, rata-rata capaian kinerja Dinas Sosial Kabupaten Sumenep tahun 2020 atas 2 (dua) sasaran strategis terukur sebesar 479,14% dengan predikat "Sangat Berhasil".',
    );
  });

  it("compares with earlier years in points", () => {
    const t = table(report, "perbandingan-tahunan");
    expect(t.header[1].slice(4, 7).map((h) => h?.text)).toEqual(["2018", "2019", "2020"]);
    expect(t.header[0][7]?.text).toBe("Perubahan 2019–2020 (poin)");
    expect(tableGrid(t)).toEqual([
      ["1", "Meningkatkan Kesejahteraan Masyarakat", "1.1 Angka Kemiskinan", "%", "20,16", "19,48", "20,18", "0,70"],
      ["", "", "1.2 Penurunan Masalah Sosial", "%", "0,40", "0,45", "0,50", "0,05"],
    ]);
    expect(t.paragraphs[0]).toBe(
      "Realisasi indikator Angka Kemiskinan tahun 2020 sebesar 20,18%, naik 0,70 poin dibandingkan tahun 2019 (19,48%) dan naik 0,02 poin dibandingkan tahun 2018 (20,16%). Untuk indikator ini semakin kecil semakin baik, sehingga kinerja tahun 2020 menurun dibandingkan tahun 2019.",
    );
    expect(t.charts.map((c) => [c.kind, c.categories])).toEqual([
      ["line", ["2018", "2019", "2020"]],
      ["line", ["2018", "2019", "2020"]],
    ]);
  });

  it("compares with the RPJMD end target: 1.632,67 (the seed printed 1532,66) and what is left, 49,05", () => {
    const t = table(report, "target-akhir");
    expect(t.header[0].map((h) => h?.text)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Realisasi s/d 2020",
      "Target Akhir RPJMD (2021)",
      "Capaian (%)",
    ]);
    expect(tableGrid(t)).toEqual([
      [
        "1",
        "Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)",
        "1.1 Persentase penanganan PMKS",
        "%",
        "73,47",
        "4,50",
        "1.632,67",
      ],
      ["", "", "1.2 Jumlah PMKS", "orang", "197.465", "100.606", "50,95"],
    ]);
    expect(t.paragraphs[1]).toBe(
      "Realisasi indikator Jumlah PMKS sampai dengan tahun 2020 sebesar 197.465 orang, sedangkan target akhir RPJMD (2021) sebesar 100.606 orang. Capaian terhadap target akhir periode sebesar 50,95%. Sisa capaian kinerja yang harus dicapai pada tahun-tahun berikutnya sebesar 49,05%.",
    );
    expect(t.paragraphs[0]).toContain("sebesar 1.632,67%, sehingga target akhir periode telah tercapai.");
  });

  it("efisiensi: 1.579,85 and -42,90 (93,845 rounds to 93,85), mean 768,48, reached efficiently", () => {
    const t = table(report, "efisiensi");
    expect(t.header[0].map((h) => h?.text ?? null)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Kinerja",
      null,
      null,
      "Anggaran",
      null,
      null,
      "Tingkat Efisiensi (%)",
    ]);
    expect(tableGrid(t)).toEqual([
      [
        "1",
        "Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)",
        "1.1 Persentase penanganan PMKS",
        "%",
        "4,40",
        "73,47",
        "1.669,77",
        "1.214.050.000",
        "1.091.666.930",
        "89,92",
        "1.579,85",
      ],
      [
        "",
        "",
        "1.2 Jumlah PMKS",
        "orang",
        "100.606",
        "197.465",
        "50,95",
        "2.334.273.356",
        "2.190.600.386",
        "93,85",
        "-42,90",
      ],
      ["RATA-RATA TINGKAT EFISIENSI", "", "", "", "", "", "", "", "", "", "768,48"],
    ]);
    expect(t.landscape).toBe(true);
    expect(t.paragraphs.join(" ")).toContain("sebesar 768,48%");
    expect(t.paragraphs.join(" ")).toContain("indikator Jumlah PMKS sebesar -42,90%");
    expect(t.paragraphs[1]).toMatch(/dicapai secara efisien/);
  });

  it("realisasi anggaran by kind of spending, JUMLAH 94,08", () => {
    const t = table(report, "ringkasan-anggaran");
    expect(tableGrid(t)).toEqual([
      ["1. Belanja Tidak Langsung", "19.771.359.221", "18.656.392.239", "94,36"],
      ["a) Gaji dan Tunjangan", "4.981.859.221", "4.513.892.239", "90,61"],
      ["b) Bantuan Hibah (keuangan)", "10.482.500.000", "10.237.500.000", "97,66"],
      ["c) Bantuan Sosial (Keuangan)", "4.307.000.000", "3.905.000.000", "90,67"],
      ["2. Belanja Langsung", "3.548.323.356", "3.282.267.316", "92,50"],
      ["JUMLAH", "23.319.682.577", "21.938.659.555", "94,08"],
    ]);
    expect(t.rows.map((r) => r.kind)).toEqual(["kelompok", "data", "data", "data", "data", "total"]);
    expect(t.paragraphs[0]).toBe(
      "Jumlah anggaran belanja Dinas Sosial Kabupaten Sumenep tahun 2020 sebesar Rp 23.319.682.577 dengan realisasi Rp 21.938.659.555 atau penyerapan sebesar 94,08%. Sisa anggaran sebesar Rp 1.381.023.022.",
    );
    expect(t.paragraphs[1]).toBe(
      "Penyerapan Belanja Tidak Langsung sebesar 94,36% dan Belanja Langsung sebesar 92,50%.",
    );
  });

  it("realisasi by program and kegiatan: bold programs with their sums, JUMLAH computed (never the printed total)", () => {
    const t = table(report, "rincian-anggaran");
    const grid = tableGrid(t);
    const programs = t.rows.filter((r) => r.kind === "program");
    expect(programs).toHaveLength(8);
    expect(programs.every((r) => r.bold)).toBe(true);
    expect(grid[0]).toEqual([
      "",
      "Program Peningkatan Manajemen dan Pelayanan Administrasi",
      "712.399.916",
      "666.366.586",
      "93,54",
    ]);
    expect(grid[1]).toEqual([
      "1 06 01 01",
      "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
      "149.200.000",
      "120.344.004",
      "80,66",
    ]);
    expect(grid[16]).toEqual([
      "",
      "Program Pemberdayaan Fakir Miskin dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya",
      "950.071.800",
      "841.959.380",
      "88,62",
    ]);
    // a kegiatan without amounts stays empty
    expect(grid.find((r) => r[1] === "Penanganan Orang Terlantar")).toEqual([
      "1 06 01 17 02",
      "Penanganan Orang Terlantar",
      "",
      "",
      "",
    ]);
    expect(grid[grid.length - 1]).toEqual(["JUMLAH", "", "3.548.323.356", "3.282.267.316", "92,50"]);
    expect(t.rows.length).toBe(8 + 15 + 3 + 8 + 3 + 3 + 5 + 3 + 1 + 1);
    expect(t.paragraphs[1]).toBe(
      "Penyerapan anggaran tertinggi terdapat pada Program Penanggulangan Bencana Berbasis Masyarakat sebesar 98,94%, dan terendah pada Program Pelestarian Nilai-Nilai Kepahlawanan dan Kesetiakawanan Sosial sebesar 82,98%.",
    );
    const chart = t.charts[0];
    expect(chart.kind).toBe("bar");
    expect(chart.categories).toHaveLength(8);
    expect(chart.referenceLine?.value).toBeCloseTo(92.5019, 3);
  });

  it("Perjanjian Kinerja: one row per program, merged down; an anggaran missing on the PK sheet comes from the budget", () => {
    const t = table(report, "perjanjian-kinerja");
    expect(t.header[0].map((h) => h?.text)).toEqual([
      "No",
      "Tujuan",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Target",
      "Satuan",
      "Program",
      "Anggaran (Rp)",
    ]);
    expect(t.rows).toHaveLength(7);
    expect(t.rows[0].cells[0]).toMatchObject({ text: "1", rowSpan: 7 });
    expect(t.rows[0].cells[3]).toMatchObject({ text: "1.1 Jumlah PMKS", rowSpan: 4 });
    expect(t.rows[4].cells[3]).toMatchObject({ text: "1.2 Prosentase Penanganan PMKS", rowSpan: 3 });
    const grid = tableGrid(t);
    expect(grid[0].slice(4)).toEqual(["100.606", "orang", "Program Perlindungan dan Jaminan Sosial", "657.770.200"]);
    expect(grid[3].slice(6)).toEqual([
      "Program pelestarian nilai-nilai kepahlawanan dan kesetiakawanan sosial",
      "174.250.500",
    ]);
    expect(grid[4].slice(4, 6)).toEqual(["4,40", "%"]);
    expect(t.paragraphs[0]).toBe(
      "Perjanjian Kinerja Dinas Sosial Kabupaten Sumenep tahun 2020 memuat 1 (satu) sasaran strategis dengan 2 (dua) indikator kinerja, didukung oleh 7 (tujuh) program dengan jumlah anggaran Rp 2.835.923.440.",
    );
    expect(t.paragraphs[1]).toContain(
      "(Rp 174.250.500, lembar Realisasi Anggaran) tidak tercantum pada lembar Perjanjian Kinerja",
    );
  });

  it("follows the settings: 1 decimal, efisiensi as an index", () => {
    const settings = settingsSchema.parse({ desimal: 1, efisiensi: "indeks" });
    const r = buildReport(sumenepAnalysis(), settings);
    expect(tableGrid(table(r, "capaian-1"))[2][6]).toBe("97,9");
    const ef = table(r, "efisiensi");
    expect(ef.header[0][10]?.text).toBe("Indeks Efisiensi");
    expect(ef.rows[0].cells[10]?.kind).toBe("angka");
  });
});

describe("Perjanjian Kinerja with programs and their kegiatan in one column", () => {
  it("counts programs and kegiatan apart and totals the programs only (their anggaran holds the kegiatan's)", () => {
    // The third is numbered on from the kegiatan above it: a kegiatan too.
    const [a1, a2, a3] = (
      [
        ["Indeks A", 80, "Program Pelayanan Administrasi", 1000],
        ["Persentase B", 90, "Kegiatan : 1. Penyediaan Jasa Surat", 300],
        ["Persentase C", 100, "2. Penyediaan Jasa Komunikasi", 700],
      ] as const
    ).map(([nama, target, program, anggaran], i) =>
      indikator({ sheet: "PK", row: 5 + i, sasaran: "S", nama, target, program: [{ nama: program, anggaran }] }),
    );
    const r = buildReport(
      analysisOf({
        indikator: [a1, a2, a3],
        sasaran: [sasaranHasil("PK", "S", [a1, a2, a3])],
        anggaran: [],
        tahun: 2023,
        instansi: "Dinas Contoh",
      }),
      DEFAULT_SETTINGS,
    );
    expect(table(r, "perjanjian-kinerja").paragraphs[0]).toBe(
      "Perjanjian Kinerja Dinas Contoh tahun 2023 memuat 1 (satu) sasaran strategis dengan 3 (tiga) indikator kinerja, didukung oleh 1 (satu) program dan 2 (dua) kegiatan dengan jumlah anggaran Rp 1.000.",
    );
  });
});

describe("tables without data are left out and said so", () => {
  it("a workbook with one budget sheet gives the detail table only", () => {
    const a = analysisOf({
      indikator: [],
      sasaran: [],
      anggaran: anggaranSheet("DPA", 3, [
        { kode: "1.06.01", uraian: "Program Pelayanan Administrasi", level: 1 },
        { kode: "1.06.01.2.01", uraian: "Kegiatan A", level: 2, anggaran: 1000, realisasi: 925 },
        { kode: "1.06.01.2.02", uraian: "Kegiatan B", level: 2, anggaran: 3000, realisasi: 3000 },
      ]),
      tahun: 2023,
      instansi: "Dinas Contoh",
    });
    const r = buildReport(a, DEFAULT_SETTINGS);
    expect(r.tables.map((t) => t.id)).toEqual(["rincian-anggaran"]);
    expect(r.tables[0].nomor).toBe("3.1");
    expect(tableGrid(r.tables[0])).toEqual([
      ["1.06.01", "Program Pelayanan Administrasi", "4.000", "3.925", "98,13"],
      ["1.06.01.2.01", "Kegiatan A", "1.000", "925", "92,50"],
      ["1.06.01.2.02", "Kegiatan B", "3.000", "3.000", "100,00"],
      ["JUMLAH", "", "4.000", "3.925", "98,13"],
    ]);
    expect(r.omitted).toHaveLength(7);
    expect(r.skipped.map((x) => x.judul)).toEqual([
      "Tabel Perjanjian Kinerja (Bab II)",
      "Tabel target kinerja dalam Perjanjian Kinerja",
      "Tabel pengukuran capaian kinerja",
      "Tabel perbandingan dengan tahun-tahun sebelumnya",
      "Tabel perbandingan dengan target akhir RPJMD/Renstra",
      "Tabel analisis efisiensi",
      "Tabel realisasi anggaran menurut jenis belanja",
    ]);
    for (const x of r.skipped) expect(x.perlu.length).toBeGreaterThan(20);
    expect(r.omitted[0]).toMatch(
      /Perjanjian Kinerja \(Bab II\) tidak dibuat: .*\. Yang diperlukan: lembar Perjanjian Kinerja/,
    );
    expect(r.omitted.join(" ")).toMatch(/tahun-tahun sebelumnya tidak dibuat/);
    expect(r.omitted.join(" ")).toMatch(/efisiensi tidak dibuat/);
    expect(r.omitted.join(" ")).toMatch(/jenis belanja tidak dibuat/);
  });

  it("an indicator whose capaian cannot be computed shows an empty cell and says why", () => {
    const a1 = indikator({ sheet: "IKU", row: 4, sasaran: "S", nama: "Indeks A", target: 80, realisasi: 88 });
    const a2 = indikator({ sheet: "IKU", row: 5, sasaran: "S", nama: "Opini BPK", target: 0, realisasi: 1 });
    const r = buildReport(
      analysisOf({ indikator: [a1, a2], sasaran: [sasaranHasil("IKU", "S", [a1, a2])], anggaran: [], tahun: 2022 }),
      DEFAULT_SETTINGS,
    );
    expect(r.tables.map((x) => x.id)).toEqual(["target-kinerja", "capaian-keseluruhan", "capaian-1"]);
    const t = r.tables[2];
    expect(tableGrid(t)[1]).toEqual(["", "", "1.2 Opini BPK", "", "0", "1", "", ""]);
    expect(tableGrid(t)[2]).toEqual(["RATA-RATA CAPAIAN", "", "", "", "", "", "110,00", "Sangat Berhasil"]);
    expect(t.paragraphs[0]).toBe(
      'Hasil pengukuran capaian kinerja sasaran "S" dengan 1 (satu) indikator terukur menghasilkan rata-rata capaian kinerja sebesar 110,00% dengan predikat "Sangat Berhasil". 1 (satu) indikator capaiannya tidak dapat dihitung (Opini BPK: target 0) dan tidak ikut dirata-ratakan.',
    );
    expect(r.instansi).toBe("Perangkat Daerah");
  });
});

describe("instansiName", () => {
  it("title-cases a name written in capitals and keeps mixed case", () => {
    expect(instansiName("DINAS SOSIAL KABUPATEN SUMENEP")).toBe("Dinas Sosial Kabupaten Sumenep");
    expect(instansiName("DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK")).toBe(
      "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    );
    expect(instansiName("Dinas Kesehatan Kota Malang")).toBe("Dinas Kesehatan Kota Malang");
    expect(instansiName(null)).toBe("Perangkat Daerah");
  });
});
