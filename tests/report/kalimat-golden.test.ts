/**
 * Golden text of the sentences under the tables: every sentence function of src/core/report/kalimat.ts on
 * hand-made facts that reach each of its branches, and every paragraph of the report of the bundled sample (under
 * each efisiensi mode, each capaianKeseluruhan and other decimals) and of real corpus workbooks with indicators and
 * budgets. The text must stay byte-identical to tests/report/kalimat.golden.txt; after an intended change of wording,
 * rewrite the file with LKJIP_GOLDEN=tulis (that run still fails, so that a rewrite is never taken for a pass) and
 * review its diff.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze, planReport } from "../../src/core/engine";
import type { WorkbookSnapshot } from "../../src/core/workbook/port";
import {
  daftar,
  kalimatCapaianSasaran,
  kalimatEfisiensi,
  kalimatKeseluruhan,
  kalimatPenyerapanKelompok,
  kalimatPenyerapanTertinggiTerendah,
  kalimatPerjanjianKinerja,
  kalimatPerubahan,
  kalimatTanpaCapaian,
  kalimatTanpaTarget,
  kalimatTargetAkhir,
  kalimatTargetIndikator,
  kalimatTargetKinerja,
  kalimatTotalAnggaran,
  nilaiSatuan,
  type EfisiensiFakta,
  type PerubahanFakta,
  type TargetAkhirFakta,
} from "../../src/core/report/kalimat";
import { parseSettings, type Settings, type SettingsInput } from "../../src/core/settings/settings";
import { discoverTables } from "../corpus/real/harness";

const GOLDEN = path.join(__dirname, "kalimat.golden.txt");
const SAMPLE = path.resolve(__dirname, "../../examples/dinsos-sumenep-2020.xlsx");

/** Real workbooks: capaian with and without the unmeasured, yearly changes, end targets, PK, budgets. */
const CORPUS = [
  "baperlitbang-klungkung-2017-t3-1",
  "dinkes-tanjabbar-2019-e80",
  "disdik-oganilir-2016-anggaran-program",
  "diskopukm-sumbar-2015-kelembagaan",
  "dpmpd-kediri-2019-bumdes",
  "inspektorat-sampang-2019-t3-1",
  "kppn-tanjungbalai-2012-capaian-iku",
  "ma-bua-2019-dipa01-pagu",
  "pa-demak-2023-posbakum-tahunan",
  "pemda-lkjip-2014-t3-29-tenagakerja",
  "pemkab-klaten-2016-t3-4",
  "polman-bkad-subbid-anggaran-2022-pengukuran",
  "pta-pontianak-2017-tabel-5",
];

const SAMPLE_SETTINGS: SettingsInput[] = [
  {},
  { efisiensi: "indeks" },
  { efisiensi: "sisa" },
  { capaianKeseluruhan: "indikator" },
  { desimal: 0 },
  { desimal: 3 },
];

function settingsOf(input: SettingsInput): Settings {
  const s = parseSettings(input);
  if (!s.ok) throw new Error(s.errors.join("; "));
  return s.settings;
}

function paragraphs(snap: WorkbookSnapshot, settings: Settings): string[] {
  const { report } = planReport(snap, analyze(snap, settings), settings);
  return report.tables.flatMap((t) => t.paragraphs.map((p) => `[${t.id}] ${p}`));
}

function show(v: string | string[] | null): string[] {
  if (v === null) return ["(null)"];
  if (Array.isArray(v)) return v.length === 0 ? ["(kosong)"] : v;
  return [v];
}

/** Each sentence function on facts that reach each of its branches. */
function functionCases(): [string, string | string[] | null][] {
  const out: [string, string | string[] | null][] = [];
  for (const [v, s, d] of [
    [20.18, "%", 2],
    [20.18, " persen ", 1],
    [1214050000, "Rp", 0],
    [1214050000.5, "rp.", 2],
    [197465, "orang", 0],
    [12, null, 0],
    [-3.5, "", 2],
  ] as [number, string | null, number][])
    out.push([`nilaiSatuan(${v}, ${JSON.stringify(s)}, ${d})`, nilaiSatuan(v, s, d)]);
  for (const items of [[], ["A"], ["A", "B"], ["A", "B", "C"], ["A", "B", "C", "D"]])
    out.push([`daftar(${items.length})`, daftar(items)]);

  out.push(["kalimatTanpaCapaian([])", kalimatTanpaCapaian([])]);
  out.push([
    "kalimatTanpaCapaian(semua sebab)",
    kalimatTanpaCapaian([
      { nama: "C", sebab: "lain", alasan: "Target 0: capaian tidak dapat dihitung." },
      { nama: "A", sebab: "realisasi" },
      { nama: "B", sebab: "target" },
      { nama: "A2", sebab: "realisasi" },
      { nama: "D", sebab: "lain", alasan: null },
      { nama: "E", sebab: "lain" },
    ]),
  ]);
  out.push([
    "kalimatTanpaCapaian(dirata-ratakan)",
    kalimatTanpaCapaian([{ nama: "B", sebab: "target" }], "tidak ikut dirata-ratakan"),
  ]);

  const sasaran = { sasaran: "Meningkatnya S", tanpa: [], decimals: 2 };
  out.push([
    "kalimatCapaianSasaran(terukur)",
    kalimatCapaianSasaran({ ...sasaran, terukur: 3, rataRata: 94.995, predikat: "Sangat Berhasil" }),
  ]);
  out.push([
    "kalimatCapaianSasaran(tanpa predikat, tanpa capaian)",
    kalimatCapaianSasaran({
      ...sasaran,
      terukur: 1,
      rataRata: 1234.5678,
      predikat: null,
      tanpa: [{ nama: "X", sebab: "realisasi" }],
    }),
  ]);
  out.push([
    "kalimatCapaianSasaran(belum terukur)",
    kalimatCapaianSasaran({ ...sasaran, terukur: 0, rataRata: null, predikat: null }),
  ]);
  out.push([
    "kalimatCapaianSasaran(terukur 0)",
    kalimatCapaianSasaran({
      ...sasaran,
      terukur: 0,
      rataRata: 50,
      predikat: "Cukup",
      tanpa: [{ nama: "Y", sebab: "lain", alasan: "Realisasi bukan angka." }],
    }),
  ]);

  const ind = (
    nama: string,
    capaian: number | null,
    over: Partial<Parameters<typeof kalimatTargetIndikator>[0][0]> = {},
  ) => ({
    nama,
    satuan: "%",
    target: 10,
    realisasi: 9,
    capaian,
    alasan: null,
    decimalsNilai: 2,
    ...over,
  });
  out.push([
    "kalimatTargetIndikator(seluruh)",
    kalimatTargetIndikator([ind("A", 99.996), ind("B", 125, { satuan: "unit", decimalsNilai: 0 })], 2),
  ]);
  out.push(["kalimatTargetIndikator(satu, tercapai)", kalimatTargetIndikator([ind("A", 100)], 2)]);
  out.push([
    "kalimatTargetIndikator(campur)",
    kalimatTargetIndikator(
      [
        ind("A", 99.994),
        ind("B", 150, { target: null }),
        ind("C", null, { realisasi: null }),
        ind("D", 80, { realisasi: null, satuan: "Rp", decimalsNilai: 0 }),
        ind("E", 101, { satuan: null }),
      ],
      2,
    ),
  ]);
  out.push(["kalimatTargetIndikator(kosong)", kalimatTargetIndikator([ind("C", null)], 2)]);
  out.push(["kalimatTargetIndikator(desimal 0)", kalimatTargetIndikator([ind("A", 99.5), ind("B", 99.4)], 0)]);

  const kes = {
    instansi: "Dinas X",
    tahun: "2020",
    capaian: 98.385,
    predikat: "Sangat Berhasil",
    jumlah: 2,
    tidakTerukur: 0,
    decimals: 2,
    dasar: "sasaran" as const,
  };
  out.push(["kalimatKeseluruhan(sasaran)", kalimatKeseluruhan(kes)]);
  out.push([
    "kalimatKeseluruhan(indikator, tidak terukur, tanpa predikat)",
    kalimatKeseluruhan({ ...kes, dasar: "indikator", tidakTerukur: 3, predikat: null, jumlah: 21 }),
  ]);
  out.push(["kalimatKeseluruhan(null)", kalimatKeseluruhan({ ...kes, capaian: null })]);

  const per: PerubahanFakta = {
    nama: "Angka Kemiskinan",
    satuan: "%",
    polaritas: "negatif",
    tahun: 2020,
    nilai: 20.18,
    tahunLalu: 2019,
    nilaiLalu: 19.48,
    selisih: 20.18 - 19.48,
    awal: { tahun: 2018, nilai: 20.16, selisih: 20.18 - 20.16 },
    decimals: 2,
  };
  out.push(["kalimatPerubahan(negatif, naik, awal)", kalimatPerubahan(per)]);
  out.push([
    "kalimatPerubahan(negatif, turun)",
    kalimatPerubahan({ ...per, nilai: 19, selisih: 19 - 19.48, awal: null }),
  ]);
  out.push([
    "kalimatPerubahan(positif, turun, satuan)",
    kalimatPerubahan({
      ...per,
      polaritas: "positif",
      satuan: "orang",
      nilai: 90,
      nilaiLalu: 100,
      selisih: -10,
      decimals: 0,
      awal: undefined,
    }),
  ]);
  out.push([
    "kalimatPerubahan(stabil, tetap, awal sama tahun)",
    kalimatPerubahan({
      ...per,
      polaritas: "stabil",
      nilai: 5.001,
      nilaiLalu: 5,
      selisih: 0.001,
      awal: { tahun: 2019, nilai: 5, selisih: 0.001 },
    }),
  ]);
  out.push([
    "kalimatPerubahan(range, Rp, tanpa satuan awal)",
    kalimatPerubahan({
      ...per,
      polaritas: "range",
      satuan: "Rp",
      nilai: 1500,
      nilaiLalu: 1000,
      selisih: 500,
      decimals: 0,
    }),
  ]);
  out.push([
    "kalimatPerubahan(positif, tetap)",
    kalimatPerubahan({ ...per, polaritas: "positif", satuan: null, nilai: 3, nilaiLalu: 3, selisih: 0, awal: null }),
  ]);

  const ta: TargetAkhirFakta = {
    nama: "Jumlah PMKS",
    satuan: "orang",
    tahun: "2020",
    realisasi: 197465,
    targetAkhir: 100606,
    labelTarget: "target akhir RPJMD (2021)",
    capaian: 50.95,
    sisa: 49.05,
    decimalsNilai: 0,
    decimals: 2,
  };
  out.push(["kalimatTargetAkhir(sisa)", kalimatTargetAkhir(ta)]);
  out.push(["kalimatTargetAkhir(tercapai)", kalimatTargetAkhir({ ...ta, capaian: 120, sisa: -20 })]);
  out.push(["kalimatTargetAkhir(sisa kecil)", kalimatTargetAkhir({ ...ta, capaian: 99.996, sisa: 0.004 })]);
  out.push(["kalimatTargetAkhir(sisa null)", kalimatTargetAkhir({ ...ta, sisa: null })]);
  out.push([
    "kalimatTargetAkhir(tanpa realisasi)",
    kalimatTargetAkhir({ ...ta, realisasi: null, capaian: null, sisa: null, satuan: "%", decimalsNilai: 2 }),
  ]);

  const ef: EfisiensiFakta = {
    sasaran: "Meningkatnya S",
    tahun: "2020",
    rataRata: 768.475,
    indikator: [
      { nama: "A", nilai: 1579.85 },
      { nama: "B", nilai: -42.9 },
    ],
    efisien: true,
    mode: "selisih",
    decimals: 2,
  };
  out.push(["kalimatEfisiensi(selisih, efisien)", kalimatEfisiensi(ef)]);
  out.push([
    "kalimatEfisiensi(indeks, tidak efisien, tanpa nilai)",
    kalimatEfisiensi({
      ...ef,
      mode: "indeks",
      rataRata: 0.8,
      efisien: false,
      indikator: [
        { nama: "A", nilai: 0.8 },
        { nama: "B", nilai: null },
        { nama: "C", nilai: null },
      ],
    }),
  ]);
  out.push([
    "kalimatEfisiensi(sisa, efisien null)",
    kalimatEfisiensi({ ...ef, mode: "sisa", rataRata: 5.92, efisien: null, indikator: [{ nama: "A", nilai: 5.92 }] }),
  ]);
  out.push([
    "kalimatEfisiensi(sisa, tanpa rincian)",
    kalimatEfisiensi({ ...ef, mode: "sisa", rataRata: 5.92, efisien: false, indikator: [{ nama: "A", nilai: null }] }),
  ]);
  out.push(["kalimatEfisiensi(null)", kalimatEfisiensi({ ...ef, rataRata: null })]);
  out.push(["kalimatEfisiensi(indeks, null)", kalimatEfisiensi({ ...ef, mode: "indeks", rataRata: null })]);

  const ang = {
    instansi: "Dinas X",
    tahun: "2020",
    anggaran: 23319682577,
    realisasi: 21938659555,
    penyerapan: 94.0778,
    sisa: 1381023022,
    decimals: 2,
  };
  out.push(["kalimatTotalAnggaran(lengkap)", kalimatTotalAnggaran(ang, "belanja")]);
  out.push([
    "kalimatTotalAnggaran(tanpa realisasi)",
    kalimatTotalAnggaran({ ...ang, realisasi: null, penyerapan: null, sisa: null }, "program dan kegiatan"),
  ]);
  out.push([
    "kalimatTotalAnggaran(sisa 0)",
    kalimatTotalAnggaran({ ...ang, realisasi: 100, anggaran: 100, penyerapan: 100, sisa: 0 }, "belanja"),
  ]);
  out.push(["kalimatTotalAnggaran(sisa negatif)", kalimatTotalAnggaran({ ...ang, sisa: -5 }, "belanja")]);
  out.push(["kalimatTotalAnggaran(null)", kalimatTotalAnggaran({ ...ang, anggaran: null }, "belanja")]);

  const items = [
    { nama: "Program A", penyerapan: 82.975 },
    { nama: "Program B", penyerapan: 98.94 },
    { nama: "Program C", penyerapan: 90 },
  ];
  out.push(["kalimatPenyerapanTertinggiTerendah(null)", kalimatPenyerapanTertinggiTerendah(items, null, 2)]);
  out.push(["kalimatPenyerapanTertinggiTerendah(apa)", kalimatPenyerapanTertinggiTerendah(items, "program", 1)]);
  out.push([
    "kalimatPenyerapanTertinggiTerendah(satu)",
    kalimatPenyerapanTertinggiTerendah(items.slice(0, 1), null, 2),
  ]);
  out.push(["kalimatPenyerapanKelompok(kosong)", kalimatPenyerapanKelompok([], 2)]);
  out.push(["kalimatPenyerapanKelompok(satu)", kalimatPenyerapanKelompok(items.slice(0, 1), 2)]);
  out.push(["kalimatPenyerapanKelompok(tiga)", kalimatPenyerapanKelompok(items, 2)]);

  const pk = {
    instansi: "Dinas X",
    tahun: "2020",
    jumlahSasaran: 1,
    jumlahIndikator: 2,
    jumlahPendukung: { program: 7, kegiatan: 0, subKegiatan: 0 },
  };
  out.push(["kalimatPerjanjianKinerja(anggaran)", kalimatPerjanjianKinerja({ ...pk, totalAnggaran: 2835923440 })]);
  out.push([
    "kalimatPerjanjianKinerja(tanpa anggaran)",
    kalimatPerjanjianKinerja({
      ...pk,
      totalAnggaran: null,
      jumlahPendukung: { program: 25, kegiatan: 0, subKegiatan: 0 },
    }),
  ]);
  out.push([
    "kalimatPerjanjianKinerja(program dan kegiatan)",
    kalimatPerjanjianKinerja({
      ...pk,
      totalAnggaran: 11580000000,
      jumlahPendukung: { program: 1, kegiatan: 2, subKegiatan: 1 },
    }),
  ]);
  out.push([
    "kalimatPerjanjianKinerja(tanpa program)",
    kalimatPerjanjianKinerja({
      ...pk,
      totalAnggaran: null,
      jumlahPendukung: { program: 0, kegiatan: 0, subKegiatan: 0 },
    }),
  ]);
  out.push([
    "kalimatTargetKinerja",
    kalimatTargetKinerja({ instansi: "Dinas X", tahun: "2020", jumlahSasaran: 2, jumlahIndikator: 4 }),
  ]);
  out.push(["kalimatTanpaTarget([])", kalimatTanpaTarget([])]);
  out.push(["kalimatTanpaTarget(dua)", kalimatTanpaTarget(["A", "B"])]);
  return out;
}

async function render(): Promise<string> {
  const lines: string[] = ["# Fungsi kalimat"];
  for (const [name, v] of functionCases()) for (const l of show(v)) lines.push(`${name}: ${l}`);

  const sample = await (await ExcelJsWorkbook.load(new Uint8Array(fs.readFileSync(SAMPLE)))).read();
  for (const input of SAMPLE_SETTINGS) {
    lines.push("", `# Contoh dinsos-sumenep-2020 ${JSON.stringify(input)}`);
    lines.push(...paragraphs(sample, settingsOf(input)));
  }

  const tables = new Map(discoverTables().map((x) => [x.table.id, x.table]));
  for (const id of CORPUS) {
    const t = tables.get(id);
    if (!t) throw new Error(`corpus table ${id} not found`);
    const book = await ExcelJsWorkbook.load(new Uint8Array(await t.build().xlsx.writeBuffer()), `${id}.xlsx`);
    const snap = await book.read();
    lines.push("", `# Korpus ${id}`);
    lines.push(...paragraphs(snap, settingsOf(t.settings?.tahun !== undefined ? { tahun: t.settings.tahun } : {})));
  }
  return `${lines.join("\n")}\n`;
}

it("every sentence is byte-identical to tests/report/kalimat.golden.txt", async () => {
  const text = await render();
  if (process.env.LKJIP_GOLDEN === "tulis") {
    fs.writeFileSync(GOLDEN, text);
    throw new Error(`${GOLDEN} rewritten; review its diff and run again without LKJIP_GOLDEN`);
  }
  expect(fs.existsSync(GOLDEN)).toBe(true);
  const want = fs.readFileSync(GOLDEN, "utf8");
  // Line by line first, for a readable failure; then the bytes.
  expect(text.split("\n")).toEqual(want.split("\n"));
  expect(text).toBe(want);
  expect(text.split("\n").length).toBeGreaterThan(300);
});

/** The literals of src/core/report/kalimat.ts may only be keys it compares or indexes with, never wording. */
const KEYS = new Set(["", "realisasi", "target", "lain", "positif", "negatif", "sasaran", "indeks", "%"]);

function wordingLiterals(text: string): string[] {
  const src = ts.createSourceFile("kalimat.ts", text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) || ts.isLiteralTypeNode(n)) return;
    if (ts.isTemplateExpression(n) || ts.isNoSubstitutionTemplateLiteral(n)) found.push(n.getText());
    else if (ts.isStringLiteral(n) && !KEYS.has(n.text)) found.push(n.getText());
    ts.forEachChild(n, visit);
  };
  visit(src);
  return found;
}

it("src/core/report/kalimat.ts holds no wording: every sentence and word is in src/core/i18n/kalimat.ts", () => {
  const file = path.resolve(__dirname, "../../src/core/report/kalimat.ts");
  expect(wordingLiterals(fs.readFileSync(file, "utf8"))).toEqual([]);
  // The check sees wording: a sentence built inline, or a word, is caught; a key in a type or a comparison is not.
  const probe =
    'type X = "lain";\nconst a = `Sisa ${1}`;\nconst b = "tetap (tidak berubah)";\nconst c = x === "lain";\n';
  expect(wordingLiterals(probe)).toEqual(["`Sisa ${1}`", '"tetap (tidak berubah)"']);
});
