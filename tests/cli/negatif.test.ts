/**
 * The negatif variant chosen by evidence and the sign of a "Lebih/(Kurang)" column, told the same way by
 * `lkjip check` (a tebakan line), `lkjip scan` and the JSON document (`negatif`, `sisaArah`, the temuan).
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main, type Io } from "../../src/cli/main";

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "lkjip-negatif-"));
  file = path.join(dir, "negatif-2tr.xlsx");
  const wb = new ExcelJS.Workbook();
  const iku = wb.addWorksheet("IKU");
  iku.addRow(["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]);
  iku.addRow([1, "Angka kemiskinan", "%", 10, 8, 120]);
  iku.addRow([2, "Tingkat pengangguran terbuka", "%", 20, 25, 75]);
  const lra = wb.addWorksheet("LRA");
  lra.addRow(["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Selisih"]);
  lra.addRow(["5.1.01", "Belanja Pegawai", 1_000_000, 900_000, -100_000]);
  lra.addRow(["5.1.02", "Belanja Barang dan Jasa", 2_000_000, 1_500_000, -500_000]);
  await wb.xlsx.writeFile(file);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("check: the choices are tebakan lines, and the printed figures under them are no slip", async () => {
  const io = capture();
  expect(await main(["check", file], io)).toBe(0);
  const text = io.stdout.join("\n");
  expect(text).toContain(
    "[INFO] IKU!F2: Tebakan: Capaian indikator negatif dihitung dengan rumus (2T − R)/T × 100: 2 capaian tercetak",
  );
  expect(text).toContain('Pengaturan, "Indikator negatif"');
  expect(text).toContain('LRA!E1: Tebakan: Kolom "Selisih" dibaca sebagai sisa anggaran bertanda realisasi − anggaran');
  expect(text).not.toContain("[GALAT]");
});

test("the JSON says the same: the choices, and the same temuan", async () => {
  const io = capture();
  await main(["check", file, "--json"], io);
  const doc = JSON.parse(io.stdout.join("\n"));
  expect(doc.settings.negatif).toBe("otomatis");
  expect(doc.negatif).toEqual({ variant: "2T-R", from: "bukti", evidence: { "T/R": 0, "2T-R": 2 } });
  expect(doc.sisaArah).toMatchObject([{ sheet: "LRA", column: "E", arah: "realisasi-anggaran", from: "bukti" }]);
  const codes = doc.temuan.map((t: { code: string }) => t.code);
  expect(codes).toContain("tebakan-negatif");
  expect(codes).toContain("tebakan-sisaarah");
  expect(codes).not.toContain("capaian-beda");
  expect(codes).not.toContain("sisa-beda");
  const kemiskinan = doc.indikator.find((i: { nama: string }) => i.nama === "Angka kemiskinan");
  expect(kemiskinan.capaian).toBe(120);
});

test("an explicit setting is used as it is", async () => {
  const settings = path.join(dir, "tr.json");
  await (await import("node:fs/promises")).writeFile(settings, JSON.stringify({ negatif: "T/R", tahun: 2023 }));
  const io = capture();
  expect(await main(["check", file, "--settings", settings, "--json"], io)).toBe(1);
  const doc = JSON.parse(io.stdout.join("\n"));
  expect(doc.negatif).toMatchObject({ variant: "T/R", from: "setelan" });
  expect(doc.temuan.filter((t: { code: string }) => t.code === "capaian-beda")).toHaveLength(2);
});
