/**
 * Honesty on the command line (issue 7 item 3): `check` says what it measured, never "all clear" on a
 * workbook it could not read, exits 1 when nothing could be measured, and refuses a Word file renamed .xlsx.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { main, type Io } from "../../src/cli/main";

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "lkjip-honest-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A workbook with figures but no table the engine knows (a list of staff by rank). */
async function nothingReadable(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data Pegawai");
  ws.addRow(["Golongan", "Laki-laki", "Perempuan"]);
  ws.addRow(["IV", 3, 2]);
  ws.addRow(["III", 12, 15]);
  ws.addRow(["II", 7, 4]);
  await wb.xlsx.writeFile(file);
}

export async function wordRenamed(file: string): Promise<void> {
  const doc = new Document({ sections: [{ children: [new Paragraph("Laporan Kinerja")] }] });
  await writeFile(file, await Packer.toBuffer(doc));
}

test("check on a workbook with nothing readable: says nothing was measured, names the sheet, exit 1", async () => {
  const file = path.join(dir, "kosong-tabel.xlsx");
  await nothingReadable(file);
  const io = capture();
  expect(await main(["check", file], io)).toBe(1);
  const text = io.stdout.join("\n");
  expect(text).toContain("Tidak ada yang dapat diperiksa");
  expect(text).toContain('Tidak terbaca: lembar "Data Pegawai"');
  expect(text).not.toMatch(/^Tidak ada temuan\.$/m);
  expect(text).not.toMatch(/cocok/);
  // The warning names the sheet and cell and says what to do in the Lembar tab.
  expect(text).toMatch(/\[PERINGATAN\] Data Pegawai!A1: .*tab Lembar/);
});

test("check --json: coverage with its sentences, the same as the text output", async () => {
  const file = path.join(dir, "kosong-tabel2.xlsx");
  await nothingReadable(file);
  const io = capture();
  expect(await main(["check", file, "--json"], io)).toBe(1);
  const doc = JSON.parse(io.stdout.join("\n"));
  expect(doc.coverage).toMatchObject({
    kosong: true,
    indikator: { dibaca: 0, diukur: 0 },
    anggaran: { dibaca: 0, diukur: 0 },
    angkaDibandingkan: 0,
    lembarDiukur: [],
  });
  expect(doc.coverage.lembarTakTerukur.map((l: { sheet: string }) => l.sheet)).toEqual(["Data Pegawai"]);
  expect(doc.coverage.kalimat[0]).toContain("Tidak ada yang dapat diperiksa");
  expect(doc.temuan.find((t: { code: string }) => t.code === "peringatan-tanpatabel")).toBeUndefined();
  expect(doc.temuan.find((t: { code: string }) => t.code === "peringatan-tanpa-tabel")).toMatchObject({
    severity: "warning",
    sheet: "Data Pegawai",
    cell: "A1",
  });
});

test("a Word document renamed .xlsx is refused with one Indonesian line, exit 2", async () => {
  const file = path.join(dir, "laporan.xlsx");
  await wordRenamed(file);
  const io = capture();
  expect(await main(["check", file], io)).toBe(2);
  expect(io.stderr).toHaveLength(1);
  expect(io.stderr[0]).toContain("laporan.xlsx");
  expect(io.stderr[0]).toContain("bukan buku kerja Excel");
  expect(io.stdout).toEqual([]);
});
