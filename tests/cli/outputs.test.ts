/**
 * Every output whole or absent (issue 13 item 3): `report` writes the .xlsx and the .docx together or
 * neither; a full disk, a read-only folder, a missing folder, a folder named as the output and a failure
 * half-way leave no target touched or created and no temporary file; SIGTERM removes the temporary files;
 * SIGKILL leaves no file in the target's place, and the next write removes what it left.
 *
 * The full disk and the read-only folder are real filesystems (tmpfs, mounted by root as CI runs); where
 * mounting is not possible these tests fail, they do not pass green.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { main, type Io } from "../../src/cli/main";
import { writeAll, type AtomicIo } from "../../src/adapters/fs/atomic";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "examples", "dinsos-sumenep-2020.xlsx");

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

let dir: string;
const mounts: string[] = [];
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "lkjip-out-"));
});
afterAll(async () => {
  for (const m of mounts.reverse()) execFileSync("umount", [m]);
  await rm(dir, { recursive: true, force: true });
});

/** A tmpfs of `size` mounted at a new folder under `dir`. */
async function tmpfs(name: string, options: string): Promise<string> {
  const at = path.join(dir, name);
  await mkdir(at);
  execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", at]);
  mounts.push(at);
  return at;
}

/** No message is errno text or a stack. */
function expectIndonesian(line: string): void {
  expect(line).not.toMatch(/\bE[A-Z]{3,}\b/);
  expect(line).not.toMatch(/errno|no space|permission denied|\bat \S+:\d+/i);
}

test("a full disk: report leaves neither the .xlsx nor the .docx, and says the disk is full", async () => {
  // 64 KiB: the report .xlsx (about 30 KB) fits, the .docx (about 180 KB) does not
  const full = await tmpfs("full", "size=64k");
  const io = capture();
  const out = path.join(full, "LAPORAN.xlsx");
  const docx = path.join(full, "LAPORAN.docx");
  expect(await main(["report", SAMPLE, "--out", out, "--docx", docx], io)).toBe(2);
  expect(io.stderr).toHaveLength(1);
  expect(io.stderr[0]).toContain(`"${docx}"`);
  expect(io.stderr[0]).toContain("ruang disk penuh");
  expect(io.stderr[0]).toContain("Tidak ada berkas hasil yang dibuat atau diubah");
  expectIndonesian(io.stderr[0]);
  expect(await readdir(full)).toEqual([]);
});

test("a full disk during fill: the old output is kept byte for byte, no temporary file", async () => {
  const full = await tmpfs("full2", "size=12k");
  const out = path.join(full, "HASIL.xlsx");
  const old = Buffer.from("isi lama");
  await writeFile(out, old);
  const io = capture();
  expect(await main(["fill", SAMPLE, "--out", out], io)).toBe(2);
  expect(io.stderr[0]).toContain("ruang disk penuh");
  expectIndonesian(io.stderr[0]);
  expect(await readFile(out)).toEqual(old);
  expect(await readdir(full)).toEqual(["HASIL.xlsx"]);
});

test("a read-only folder: report and fill say so and create nothing", async () => {
  const ro = await tmpfs("ro", "ro,size=64k");
  for (const args of [
    ["report", SAMPLE, "--out", path.join(ro, "L.xlsx"), "--docx", path.join(ro, "L.docx")],
    ["fill", SAMPLE, "--out", path.join(ro, "H.xlsx")],
  ]) {
    const io = capture();
    expect(await main(args, io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain("hanya dapat dibaca");
    expectIndonesian(io.stderr[0]);
  }
  expect(await readdir(ro)).toEqual([]);
});

test("a missing folder, a folder as --out or --docx, a wrong extension: one clear line, nothing written", async () => {
  const cases: [string[], string][] = [
    [
      ["report", SAMPLE, "--out", path.join(dir, "tidak-ada", "L.xlsx")],
      `folder "${path.join(dir, "tidak-ada")}" tidak ada`,
    ],
    [["report", SAMPLE, "--out", dir], "adalah folder"],
    [["fill", SAMPLE, "--out", dir], "adalah folder"],
    [["report", SAMPLE, "--out", path.join(dir, "L.xlsx"), "--docx", dir], "adalah folder"],
    [["report", SAMPLE, "--out", path.join(dir, "L.xlsx"), "--docx", path.join(dir, "L.pdf")], "berakhiran .docx"],
    [
      ["report", SAMPLE, "--out", path.join(dir, "L.xlsx"), "--docx", path.join(dir, "tidak-ada", "L.docx")],
      "tidak ada",
    ],
  ];
  for (const [args, expected] of cases) {
    const io = capture();
    expect(await main(args, io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain(expected);
    expectIndonesian(io.stderr[0]);
    expect(existsSync(path.join(dir, "L.xlsx"))).toBe(false);
  }
});

test("a failure writing the second file: the first target keeps its old bytes, the second is not created", async () => {
  const d = await mkdtemp(path.join(dir, "half-"));
  const a = path.join(d, "A.xlsx");
  const b = path.join(d, "B.docx");
  await writeFile(a, "lama");
  let calls = 0;
  const io: AtomicIo = {
    async writeTemp(temp, bytes) {
      calls++;
      await writeFile(temp, bytes.subarray(0, 3));
      if (calls === 2) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      await writeFile(temp, bytes);
    },
  };
  await expect(
    writeAll(
      [
        { path: a, bytes: Buffer.from("baru A") },
        { path: b, bytes: Buffer.from("baru B") },
      ],
      io,
    ),
  ).rejects.toThrow(`Berkas "${b}" tidak dapat disimpan: ruang disk penuh.`);
  expect(await readFile(a, "utf8")).toBe("lama");
  expect((await readdir(d)).sort()).toEqual(["A.xlsx"]);
  // and when both succeed, both are replaced, with no leftovers
  await writeAll([
    { path: a, bytes: Buffer.from("baru A") },
    { path: b, bytes: Buffer.from("baru B") },
  ]);
  expect(await readFile(a, "utf8")).toBe("baru A");
  expect(await readFile(b, "utf8")).toBe("baru B");
  expect((await readdir(d)).sort()).toEqual(["A.xlsx", "B.docx"]);
});

/** A child process that starts writing `target` and stalls half-way (after writing 5 bytes of its temp file). */
function stalledWriter(target: string) {
  const script = `
    require(${JSON.stringify(path.join(ROOT, "bin", "run-ts.js"))});
    const { writeAll } = require(${JSON.stringify(path.join(ROOT, "src", "adapters", "fs", "atomic.ts"))});
    const fs = require("node:fs");
    writeAll([{ path: ${JSON.stringify(target)}, bytes: Buffer.from("0123456789") }], {
      writeTemp: (temp, bytes) => new Promise(() => { fs.writeFileSync(temp, bytes.subarray(0, 5)); console.log("writing"); setInterval(() => {}, 1000); }),
    });`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const started = new Promise<void>((resolve) => child.stdout.on("data", () => resolve()));
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  return { child, started, ended };
}

test("SIGTERM and SIGINT during a write: the temporary file is removed, the target untouched", async () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    const d = await mkdtemp(path.join(dir, "sig-"));
    const target = path.join(d, "HASIL.xlsx");
    await writeFile(target, "lama");
    const w = stalledWriter(target);
    await w.started;
    expect((await readdir(d)).length).toBe(2); // the target and the temporary file
    w.child.kill(signal);
    expect(await w.ended).toBe(signal);
    expect(await readdir(d)).toEqual(["HASIL.xlsx"]);
    expect(await readFile(target, "utf8")).toBe("lama");
  }
}, 30_000);

test("SIGKILL during a write: no file in the target's place; the next write removes the leftover", async () => {
  const d = await mkdtemp(path.join(dir, "kill-"));
  const target = path.join(d, "LAPORAN.xlsx");
  const w = stalledWriter(target);
  await w.started;
  w.child.kill("SIGKILL");
  expect(await w.ended).toBe("SIGKILL");
  const left = await readdir(d);
  expect(left).toHaveLength(1);
  expect(left[0]).toMatch(/^\.LAPORAN\.xlsx\.lkjip-\d+-[0-9a-f]{8}\.tmp$/);
  expect(existsSync(target)).toBe(false);
  await writeAll([{ path: target, bytes: Buffer.from("utuh") }]);
  expect(await readdir(d)).toEqual(["LAPORAN.xlsx"]);
  expect(await readFile(target, "utf8")).toBe("utuh");
}, 30_000);
