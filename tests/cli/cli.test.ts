/** The `lkjip` command line on the sample: figures, exit codes, and one clear line for bad input. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { main, type Io } from "../../src/cli/main";
import { roundHalfAway } from "../../src/core/numbers";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "examples", "dinsos-sumenep-2020.xlsx");

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "lkjip-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("scan --json: versioned document with sheets, kinds and column letters", async () => {
  const io = capture();
  expect(await main(["scan", SAMPLE, "--json"], io)).toBe(0);
  const doc = JSON.parse(io.stdout.join("\n"));
  expect(doc.schema).toBe("asisten-lkjip/1");
  const kinds = Object.fromEntries(doc.sheets.map((s: { name: string; kind: string }) => [s.name, s.kind]));
  expect(Object.values(kinds)).toEqual(expect.arrayContaining(["anggaran", "indikator"]));
  for (const s of doc.sheets) {
    for (const letter of Object.values(s.columns)) expect(letter).toMatch(/^[A-Z]+$/);
  }
  const iku = doc.sheets.find(
    (s: { columns: Record<string, string> }) => s.columns.indikator && s.columns.target && s.columns.realisasi,
  );
  expect(iku).toBeDefined();
  expect(iku.headerRows[0]).toBeGreaterThan(1);
});

test("check: Indonesian summary, every slip listed, exit 1", async () => {
  const io = capture();
  expect(await main(["check", SAMPLE], io)).toBe(1);
  const text = io.stdout.join("\n");
  expect(text).toMatch(/\d+ temuan: 10 galat/);
  expect(text).toContain("1.669,77");
  expect(text).toContain("97,92%");
  expect(text).toMatch(/penyerapan 92,50%/);
});

test("check --json: numbers unrounded, findings with A1 cells", async () => {
  const io = capture();
  expect(await main(["check", SAMPLE, "--json"], io)).toBe(1);
  const doc = JSON.parse(io.stdout.join("\n"));
  const ak = doc.indikator.find((i: { nama: string; sheet: string }) => /Angka Kemiskinan/i.test(i.nama));
  expect(ak.capaian).toBeCloseTo((19.34 / 20.18) * 100, 10);
  expect(roundHalfAway(ak.capaian, 2)).toBe(95.84);
  expect(doc.temuan.filter((t: { severity: string }) => t.severity === "error")).toHaveLength(10);
  for (const t of doc.temuan) expect(t.cell).toMatch(/^[A-Z]+[0-9]+$/);
  const program = doc.anggaran.find((a: { uraian: string }) => /Fakir Miskin/.test(a.uraian));
  expect(program.level).toBe(1);
  expect(roundHalfAway(program.penyerapan, 2)).toBe(88.62);
  expect(doc.efisiensi).toHaveLength(2);
});

test("fill --out writes a new file with live formulas and leaves the input untouched", async () => {
  const out = path.join(dir, "terisi.xlsx");
  const before = await readFile(SAMPLE);
  const io = capture();
  expect(await main(["fill", SAMPLE, "--out", out, "--json"], io)).toBe(0);
  expect(Buffer.compare(await readFile(SAMPLE), before)).toBe(0);
  const doc = JSON.parse(io.stdout.join("\n"));
  expect(doc.fill.written).toBeGreaterThan(30);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const budget = doc.fill.writtenCells.filter((c: { sheet: string }) => /Realisasi Anggaran/i.test(c.sheet));
  const formulas = budget.filter((c: { sheet: string; cell: string }) => {
    const v = wb.getWorksheet(c.sheet)!.getCell(c.cell).value as { formula?: string } | null;
    return !!v && typeof v === "object" && typeof v.formula === "string";
  });
  // The new Sisa column holds formulas, except its header, its number cell and rows whose inputs are text.
  expect(formulas.length).toBeGreaterThan(30);
  expect(doc.fill.notes.some((n: { code: string }) => n.code === "ditulis-sebagai-nilai")).toBe(true);
});

test("check on fill's output reads the formulas fill wrote, before any spreadsheet recalculates them", async () => {
  const out = path.join(dir, "terisi-periksa.xlsx");
  expect(await main(["fill", SAMPLE, "--out", out], capture())).toBe(0);
  const before = capture();
  await main(["check", SAMPLE, "--json"], before);
  const after = capture();
  await main(["check", out, "--json"], after);
  const a = JSON.parse(before.stdout.join("\n"));
  const b = JSON.parse(after.stdout.join("\n"));
  const codes = (d: { temuan: { code: string; severity: string }[] }) => d.temuan.map((t) => t.code);
  // Every formula fill wrote (saved without a value, as a spreadsheet will compute it) is evaluated: none is
  // "tersimpan tanpa nilai" unread, and the figures are the input's.
  expect(codes(b).filter((c) => c === "rumus-tanpa-nilai")).toEqual([]);
  const dihitung = b.temuan.filter((t: { code: string }) => t.code === "rumus-dihitung");
  expect(dihitung).toHaveLength(1);
  expect(dihitung[0].message).toMatch(/^\d{1,3}(\.\d{3})* rumus \(yang pertama di /);
  const cap = (d: { indikator: { nama: string; capaian: number | null }[] }) => d.indikator.map((i) => i.capaian);
  expect(cap(b)).toEqual(cap(a));
  const pny = (d: { anggaran: { penyerapan: number | null }[] }) => d.anggaran.map((r) => r.penyerapan);
  expect(pny(b)).toEqual(pny(a));
  // The slips fill left alone are still galat; no new galat appears from fill's own cells.
  const galat = (d: { temuan: { severity: string; sheet: string; cell: string }[] }) =>
    d.temuan.filter((t) => t.severity === "error").map((t) => `${t.sheet}!${t.cell}`);
  expect(galat(b).length).toBeGreaterThan(0);
  for (const g of galat(b)) expect(galat(a)).toContain(g);
});

test("fill: the summary names the slips first; --convert-text makes every computed cell a formula", async () => {
  const io = capture();
  expect(await main(["fill", SAMPLE, "--out", path.join(dir, "a.xlsx")], io)).toBe(0);
  const text = io.stdout.join("\n");
  expect(io.stdout[1]).toBe("[GALAT] 10 sel dibiarkan karena isinya berbeda dari hitungan:");
  expect(io.stdout[2]).toBe("  IKU!G9 (Capaian): tertulis 96,78, hitungan 95,84");
  expect(text).toContain("Jalankan lagi dengan --force untuk menimpanya juga.");
  expect(text).toContain("22 sel diisi nilai, bukan rumus:");
  expect(text).toContain("  Realisasi Anggaran!E9 (Penyerapan): Realisasi Anggaran!C15 berisi angka dalam bentuk teks");
  expect(text).toContain("12 sel masukan berisi angka dalam bentuk teks");
  expect(text).toContain("--convert-text");
  expect(text).toContain("56 sel diganti rumus, nilai tetap");
  expect(text).not.toMatch(/ISNUMBER|=IF/);

  const conv = capture();
  expect(await main(["fill", SAMPLE, "--out", path.join(dir, "b.xlsx"), "--convert-text", "--force"], conv)).toBe(0);
  const t2 = conv.stdout.join("\n");
  expect(t2).toContain("12 angka-teks diubah menjadi angka");
  expect(t2).toContain("10 sel yang isinya berbeda ditimpa");
  expect(t2).not.toContain("diisi nilai, bukan rumus");
  const json = capture();
  expect(await main(["fill", SAMPLE, "--out", path.join(dir, "c.xlsx"), "--convert-text", "--json"], json)).toBe(0);
  const doc = JSON.parse(json.stdout.join("\n"));
  expect(doc.fill.converted).toBe(true);
  expect(doc.fill.leftAlone[0]).toMatchObject({ sheet: "IKU", cell: "G9", existing: "96,78", wanted: "95,84" });
  expect(doc.fill.leftAlone[0].formula).toMatch(/^IF\(/); // --json keeps the formula
});

test("fill without --out is refused with one line, exit 2", async () => {
  const io = capture();
  expect(await main(["fill", SAMPLE], io)).toBe(2);
  expect(io.stderr).toHaveLength(1);
  expect(io.stderr[0]).toMatch(/--out/);
});

test.each([
  ["missing file", "tidak-ada.xlsx", null],
  ["not an xlsx", "catatan.xlsx", "ini bukan berkas excel"],
  ["empty file", "kosong.xlsx", ""],
])("%s: one clear Indonesian line, exit 2, no stack trace", async (_label, name, content) => {
  const file = path.join(dir, name);
  if (content !== null) await writeFile(file, content);
  const io = capture();
  expect(await main(["check", file], io)).toBe(2);
  expect(io.stderr).toHaveLength(1);
  expect(io.stderr[0]).toContain(name);
  expect(io.stderr[0]).not.toMatch(/\n\s+at /);
  expect(io.stdout).toEqual([]);
});

test("bad settings file: names the wrong key, exit 2", async () => {
  const file = path.join(dir, "pengaturan.json");
  await writeFile(file, JSON.stringify({ negatif: "T-R", skalla: "x" }));
  const io = capture();
  expect(await main(["check", SAMPLE, "--settings", file], io)).toBe(2);
  const text = io.stderr.join("\n");
  expect(text).toMatch(/negatif/);
  expect(text).toMatch(/skalla/);
});

test("settings file changes the method: negatif 2T-R", async () => {
  const file = path.join(dir, "2tr.json");
  await writeFile(file, JSON.stringify({ negatif: "2T-R", desimal: 2 }));
  const io = capture();
  await main(["check", SAMPLE, "--settings", file, "--json"], io);
  const doc = JSON.parse(io.stdout.join("\n"));
  const ak = doc.indikator.find((i: { nama: string }) => /Angka Kemiskinan/i.test(i.nama));
  expect(roundHalfAway(ak.capaian, 2)).toBe(95.66);
  expect(doc.settings.negatif).toBe("2T-R");
});

test("the installed bin runs: npx-style invocation prints one line for a missing file", async () => {
  const run = promisify(execFile);
  const err = await run(process.execPath, [
    path.join(ROOT, "bin", "lkjip.js"),
    "check",
    path.join(dir, "hilang.xlsx"),
  ]).catch((e) => e);
  expect(err.code).toBe(2);
  expect(String(err.stderr).trim().split("\n")).toHaveLength(1);
});

/** Every cell value of every sheet but the tool's own state sheet, as "Sheet!A1=value". */
async function cellValues(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    if (ws.name.startsWith("_lkjip")) return;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value;
        if (v === null || v === undefined || v === "") return;
        out.push(`${ws.name}!${c.address}=${JSON.stringify(v)}`);
      }),
    );
  });
  return out.sort();
}

test("undo takes back the last fill: every cell as before, then nothing left to take back", async () => {
  const filled = path.join(dir, "undo-terisi.xlsx");
  const back = path.join(dir, "undo-kembali.xlsx");
  expect(await main(["fill", SAMPLE, "--out", filled], capture())).toBe(0);
  const before = await cellValues(SAMPLE);
  expect(await cellValues(filled)).not.toEqual(before);

  const io = capture();
  expect(await main(["undo", filled, "--out", back], io)).toBe(0);
  expect(io.stdout.join("\n")).toMatch(
    /^Pengisian terakhir dibatalkan: \d{1,3}(\.\d{3})* sel kembali ke isi sebelum pengisian itu\. Hasil ditulis ke .*undo-kembali\.xlsx\.$/,
  );
  expect(await cellValues(back)).toEqual(before);

  const again = capture();
  const none = path.join(dir, "undo-lagi.xlsx");
  expect(await main(["undo", back, "--out", none], again)).toBe(0);
  expect(again.stdout.join("\n")).toMatch(/^Tidak ada pengisian yang dapat dibatalkan di ".*undo-kembali\.xlsx"/);
  await expect(readFile(none)).rejects.toThrow();
  // As fill: an output is required, and never the input itself.
  const noOut = capture();
  expect(await main(["undo", filled], noOut)).toBe(2);
  expect(noOut.stderr.join("\n")).toMatch(/Sebutkan berkas hasil dengan --out/);
});
