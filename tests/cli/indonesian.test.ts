/**
 * The command line speaks only Indonesian: usage errors, help, settings errors (zod's issues and JSON syntax
 * errors translated), corrections naming what the workbook lacks; `--version`; `lkjip` alone; and a --json
 * document larger than a pipe's 64 KB buffer arrives whole through a slow reader.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { main, type Io } from "../../src/cli/main";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "examples", "dinsos-sumenep-2020.xlsx");
const BIN = path.join(ROOT, "bin", "lkjip.js");
const VERSION = (require("../../package.json") as { version: string }).version;

/** Words of commander's and zod's English messages (Indonesian "opsi", "argumen" do not match). */
const ENGLISH =
  /\b(error|usage|options?|commands?|arguments?|display|unknown|missing|required|expected|invalid|unrecognized|received|too (big|small|many)|did you mean|position|unexpected|token|property|input|number|string|boolean|default|version number|items?)\b/i;

function capture(): Io & { stdout: string[]; stderr: string[]; all: () => string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l),
    all: () => [...stdout, ...stderr].join("\n"),
  };
}

/** The text a user reads, without the names of files and commands the test itself chose. */
function userText(io: { all: () => string }, ...names: string[]): string {
  let t = io.all();
  for (const n of names) t = t.split(n).join("<berkas>");
  return t;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "lkjip-id-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test.each([
  [["foo"], /Perintah "foo" tidak dikenal/],
  [["sacn", "x.xlsx"], /Perintah "sacn" tidak dikenal \(maksudnya scan\?\)/],
  [["scan"], /lkjip scan: sebutkan berkas \.xlsx/],
  [["check"], /lkjip check: sebutkan berkas \.xlsx/],
  [["fill"], /lkjip fill: sebutkan berkas \.xlsx/],
  [["report"], /lkjip report: sebutkan berkas \.xlsx/],
  [["scan", "a.xlsx", "b.xlsx"], /terlalu banyak argumen; diharapkan 1, diberikan 2/],
  [["fill", "--bogus", "a.xlsx"], /Opsi "--bogus" tidak dikenal untuk lkjip fill/],
  [
    ["check", "a.xlsx", "--setings", "p.json"],
    /Opsi "--setings" tidak dikenal untuk lkjip check \(maksudnya --settings\?\)/,
  ],
  [["check", "a.xlsx", "--settings"], /Opsi "--settings" perlu nilai sesudahnya/],
  [["--bogus"], /Opsi "--bogus" tidak dikenal untuk lkjip\./],
])("usage error %j: Indonesian, with the usage line, exit 2", async (argv, expected) => {
  const io = capture();
  expect(await main(argv, io)).toBe(2);
  expect(io.stdout).toEqual([]);
  expect(io.stderr.join("\n")).toMatch(expected);
  expect(io.stderr.join("\n")).toMatch(/^Penggunaan: lkjip/m);
  expect(userText(io, ...argv)).not.toMatch(ENGLISH);
});

test.each([[["--help"]], [["-h"]], [["help"]], [["help", "fill"]], [["fill", "--help"]], [["report", "-h"]]])(
  "help %j: Indonesian headings, exit 0",
  async (argv) => {
    const io = capture();
    expect(await main(argv, io)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text).toMatch(/^Penggunaan: lkjip/);
    expect(text).toMatch(/^Opsi:$/m);
    expect(text).toContain("tampilkan bantuan ini");
    expect(text).not.toMatch(ENGLISH);
  },
);

test("the program's help lists every command in Indonesian", async () => {
  const io = capture();
  await main(["--help"], io);
  const text = io.stdout.join("\n");
  expect(text).toMatch(/^Perintah:$/m);
  for (const c of ["scan", "check", "fill", "report", "demo", "help [perintah]"]) expect(text).toContain(`  ${c}`);
  expect(text).toContain("-V, --version");
});

test("a command's help names its argument and options in Indonesian", async () => {
  const io = capture();
  await main(["help", "fill"], io);
  const text = io.stdout.join("\n");
  expect(text).toContain("Penggunaan: lkjip fill [opsi] <berkas>");
  expect(text).toMatch(/^Argumen:$/m);
  expect(text).toMatch(/--out <berkas>\s+berkas \.xlsx hasil/);
});

test("lkjip alone prints the help on stderr and exits 2", async () => {
  const io = capture();
  expect(await main([], io)).toBe(2);
  expect(io.stdout).toEqual([]);
  expect(io.stderr.join("\n")).toMatch(/^Penggunaan: lkjip \[opsi\] \[perintah\]/);
  expect(io.all()).not.toMatch(ENGLISH);
});

test("--version prints the package's version", async () => {
  const io = capture();
  expect(await main(["--version"], io)).toBe(0);
  expect(io.stdout).toEqual([VERSION]);
});

const BAD_SETTINGS: Array<[string, string, RegExp[]]> = [
  [
    "unknown value",
    '{ "negatif": "T-R" }',
    [/"negatif": nilai "T-R" tidak dikenal; pilihan: "otomatis", "T\/R", "2T-R"/],
  ],
  [
    "mistyped key",
    '{ "skalla": "95-80-50" }',
    [/kunci pengaturan "skalla" tidak dikenal \(maksudnya "skala"\?\)/i, /kunci yang ada: negatif, skala/],
  ],
  ["too big", '{ "desimal": 7 }', [/"desimal": 7 terlalu besar; paling besar 6/]],
  ["too small", '{ "tahun": 1990 }', [/"tahun": 1990 terlalu kecil; paling kecil 2000/]],
  ["not positive", '{ "batasCapaian": 0 }', [/"batasCapaian": 0 terlalu kecil; harus lebih dari 0/]],
  ["not a whole number", '{ "desimal": 1.5 }', [/"desimal": 1.5 bukan bilangan bulat/]],
  ["text for a number", '{ "desimal": "2" }', [/"desimal": "2" bukan angka/]],
  ["text for true/false", '{ "batasBawahNol": "ya" }', [/"batasBawahNol": "ya" bukan true atau false/]],
  [
    "unknown scale",
    '{ "skala": "permendagri" }',
    [/"skala": nilai "permendagri" tidak dikenal; pilihan: "95-80-50", "permendagri-86", "100-75-55", atau daftar/],
  ],
  ["scale band without label", '{ "skala": [{ "min": 90 }] }', [/"skala\[0\]\.label" harus diisi \(teks\)/]],
  ["empty scale", '{ "skala": [] }', [/"skala": paling sedikit 1 unsur/]],
  [
    "correction of an unknown kind",
    '{ "overrides": { "sheetKinds": { "IKU": "kinerja" } } }',
    [/"overrides\.sheetKinds\.IKU": nilai "kinerja" tidak dikenal; pilihan: "anggaran", "indikator", "abaikan"/],
  ],
  [
    "unknown polarity",
    '{ "overrides": { "polaritas": { "IKU!C9": "turun" } } }',
    [
      /"overrides\.polaritas\["IKU!C9"\]": nilai "turun" tidak dikenal; pilihan: "positif", "negatif", "range", "stabil"/,
    ],
  ],
  [
    "mistyped corrections key",
    '{ "overrides": { "column": {} } }',
    [/Di dalam "overrides", kunci "column" tidak dikenal \(maksudnya "columns"\?\)/],
  ],
  ["JSON syntax: unquoted key", '{ negatif: "T/R" }', [/bukan JSON yang sah: kesalahan di baris 1, kolom 3/]],
  ["JSON syntax: trailing comma", '{\n  "negatif": "T/R",\n}', [/bukan JSON yang sah: kesalahan di baris 3, kolom 1/]],
  ["JSON cut short", '{ "negatif": "T/R"', [/berakhir sebelum JSON selesai/]],
  ["empty file", "", [/berkasnya kosong/]],
  ["a list, not an object", '["T/R"]', [/harus objek JSON \{ \.\.\. \}/]],
];

test.each(BAD_SETTINGS)(
  "bad settings (%s): names key, value and choices in Indonesian, exit 2",
  async (label, content, expected) => {
    const file = path.join(dir, `${label.replace(/\W+/g, "-")}.json`);
    await writeFile(file, content);
    const io = capture();
    expect(await main(["check", SAMPLE, "--settings", file], io)).toBe(2);
    expect(io.stdout).toEqual([]);
    const text = io.stderr.join("\n");
    expect(text).toContain(file);
    for (const e of expected) expect(text).toMatch(e);
    expect(userText(io, file, SAMPLE)).not.toMatch(ENGLISH);
  },
);

test.each([
  [
    "a missing sheet",
    { sheetKinds: { "Lembar Hilang": "indikator" } },
    /lembar "Lembar Hilang" tidak ada di buku kerja; lembar yang ada: "Realisasi Anggaran"/,
  ],
  [
    "a column beyond the sheet",
    { columns: { IKU: { target: "ZZ" } } },
    /"overrides\.columns\.IKU\.target": kolom ZZ di luar isi lembar "IKU"/,
  ],
  ["an unknown role", { columns: { IKU: { targett: "E" } } }, /peran kolom "targett" tidak dikenal/],
  ["not a column letter", { columns: { IKU: { target: "5" } } }, /"5" bukan huruf kolom/],
  ["a row beyond the sheet", { polaritas: { "IKU!C999": "negatif" } }, /baris 999 di luar isi lembar "IKU"/],
  ["a cell on a missing sheet", { polaritas: { "Tidak Ada!C9": "negatif" } }, /lembar "Tidak Ada" tidak ada/],
  ["not a cell", { polaritas: { C9: "negatif" } }, /"C9" bukan alamat sel/],
  ["header rows beyond the sheet", { headerRows: { IKU: [6, 400] } }, /baris 400 di luar isi lembar "IKU"/],
])("a correction naming %s is an error, exit 2", async (_label, overrides, expected) => {
  const file = path.join(dir, "koreksi.json");
  await writeFile(file, JSON.stringify({ overrides }));
  const io = capture();
  expect(await main(["scan", SAMPLE, "--settings", file], io)).toBe(2);
  expect(io.stderr.join("\n")).toMatch(/menyebut yang tidak ada di buku kerja/);
  expect(io.stderr.join("\n")).toMatch(expected);
  expect(userText(io, file, SAMPLE)).not.toMatch(ENGLISH);
});

test("settings stored in the workbook with a wrong value: the workbook is named, not a settings file, and the way out", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const state = wb.addWorksheet("_lkjip_state");
  state.getCell("A1").value = JSON.stringify({ version: 1, settings: { tahun: "dua ribu", negatif: "T-R" } });
  state.state = "veryHidden";
  const book = path.join(dir, "tersimpan-rusak.xlsx");
  await wb.xlsx.writeFile(book);

  const io = capture();
  expect(await main(["check", book], io)).toBe(2);
  const text = io.stderr.join("\n");
  expect(text).toContain(`Pengaturan yang tersimpan di buku kerja "${book}" tidak valid:`);
  expect(text).toMatch(/"tahun": "dua ribu" bukan angka/);
  expect(text).toMatch(/"negatif": nilai "T-R" tidak dikenal; pilihan: "otomatis", "T\/R", "2T-R"/);
  expect(text).toMatch(/--settings BERKAS\.json/);
  expect(text).not.toMatch(/Berkas pengaturan/);
  expect(userText(io, book)).not.toMatch(ENGLISH);

  // A settings file with the right values replaces the stored ones.
  const fix = path.join(dir, "perbaikan.json");
  await writeFile(fix, JSON.stringify({ tahun: 2020, negatif: "T/R" }));
  expect(await main(["check", book, "--settings", fix], capture())).toBe(1);
  // A settings file that is itself wrong is the one named.
  const wrong = path.join(dir, "salah.json");
  await writeFile(wrong, JSON.stringify({ tahun: "x" }));
  const io2 = capture();
  expect(await main(["check", book, "--settings", wrong], io2)).toBe(2);
  expect(io2.stderr.join("\n")).toContain(`Berkas pengaturan "${wrong}" tidak valid:`);
});

test("a correction naming what exists still works", async () => {
  const file = path.join(dir, "koreksi-baik.json");
  await writeFile(
    file,
    JSON.stringify({ overrides: { polaritas: { "IKU!C10": "negatif" }, columns: { IKU: { predikat: "M" } } } }),
  );
  const io = capture();
  expect(await main(["scan", SAMPLE, "--settings", file], io)).toBe(0);
});

test("scan names column roles as users say them, no internal keys", async () => {
  const io = capture();
  expect(await main(["scan", SAMPLE], io)).toBe(0);
  const text = io.stdout.join("\n");
  expect(text).toContain("Kolom: Kode A, Uraian B, Anggaran C, Realisasi anggaran D, Penyerapan E");
  expect(text).toMatch(
    /Realisasi 2018 H, Realisasi 2019 I, Realisasi 2020 J, Target akhir K, Capaian terhadap target akhir L/,
  );
  expect(text).toContain("Kolom baru (diisi oleh fill): Sisa anggaran F");
  expect(text).not.toMatch(/realisasiAnggaran|realisasi:20|\w=[A-Z]+\b/);
});

test("the summary prints each sasaran once, naming the sheets it is on, never an empty name", async () => {
  const io = capture();
  await main(["check", SAMPLE], io);
  const lines = io.stdout.filter((l) => l.startsWith("Sasaran"));
  expect(lines).toHaveLength(3);
  const pmks = lines.filter((l) => /\(PMKS\)/.test(l));
  expect(pmks).toEqual([
    'Sasaran "Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)" (IKU, Efisiensi): rata-rata capaian 860,36% (Sangat Berhasil)',
  ]);
  expect(io.stdout.join("\n")).not.toContain('Sasaran ""');
});

/**
 * Run the installed bin with its stdout into a shell pipe (a real pipe, 64 KB of buffer; Node's own child pipes are
 * socket pairs with a larger buffer) whose reader only starts after a pause, as a slow `| jq` or `| wc -c` would.
 */
function runSlowReader(args: string[], pauseS: number): Promise<{ code: number; stdout: Buffer }> {
  const target = path.join(dir, `pipe-${Math.random().toString(36).slice(2)}.out`);
  const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;
  const cmd =
    `${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(" ")} | (sleep ${pauseS}; cat > ${quote(target)}); ` +
    `exit \${PIPESTATUS[0]}`;
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", cmd], { stdio: "ignore" });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout: readFileSync(target) }));
  });
}

test("--json through a slow pipe: the whole document (over 64 KB) arrives and parses", async () => {
  const out = path.join(dir, "terisi.xlsx");
  const { code, stdout } = await runSlowReader(["fill", SAMPLE, "--out", out, "--json"], 2);
  expect(code).toBe(0);
  expect(stdout.length).toBeGreaterThan(64 * 1024);
  const doc = JSON.parse(stdout.toString("utf8"));
  expect(doc.schema).toBe("asisten-lkjip/1");
  expect(doc.fill.output).toBe(out);
}, 60_000);

test("check --json through a slow pipe keeps its exit code 1", async () => {
  const { code, stdout } = await runSlowReader(["check", SAMPLE, "--json"], 2);
  expect(code).toBe(1);
  expect(JSON.parse(stdout.toString("utf8")).temuan.length).toBeGreaterThan(0);
}, 60_000);
