/**
 * Output files whole or absent (issue 13 item 3). Node only.
 *
 * `writeAll` writes every file of one command (the .xlsx and the .docx of `report`) to a temporary file
 * beside its target, flushes it to disk, and only when all are complete renames them into place. On any
 * failure before that, no target is touched or created and every temporary file is removed; a failure
 * during the renames (rare: same folder) puts back what was there. SIGINT, SIGTERM and SIGHUP during the
 * write remove the temporary files before the process ends.
 *
 * A SIGKILL cannot be caught: it may leave a hidden temporary file `.NAME.lkjip-PID-RANDOM.tmp` beside the
 * target (never a file in the target's place, which a rename replaces whole or not at all). The next write
 * into that folder removes such files whose process is no longer running.
 *
 * Errors are UserError with an Indonesian message naming the file and the cause (disk full, no permission,
 * read-only, a folder, a missing folder), never errno text.
 */
import { randomBytes } from "node:crypto";
import { constants, unlinkSync } from "node:fs";
import { access, chmod, link, lstat, open, readdir, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { UserError } from "../../core/errors";
import { pesanBerkas as t } from "../../core/i18n/berkas";

export interface OutputFile {
  /** The target as the user named it. */
  path: string;
  bytes: Uint8Array;
}

/** An output file could not be written; nothing was changed. */
export class OutputFileError extends UserError {
  override name = "OutputFileError";
  constructor(
    readonly file: string,
    /** The errno code behind it, for logs and tests; never shown. */
    readonly code: string | null,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What the writer does to the disk; tests replace `writeTemp` to fail half-way. */
export interface AtomicIo {
  writeTemp(temp: string, bytes: Uint8Array, mode: number | null): Promise<void>;
}

const TEMP_RE = /^\.(.+)\.lkjip-(\d+)-[0-9a-f]{8}\.tmp$/;

export function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.lkjip-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

const defaultIo: AtomicIo = {
  async writeTemp(temp, bytes, mode) {
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (mode !== null) await chmod(temp, mode & 0o7777).catch(() => undefined);
  },
};

function errnoOf(e: unknown): string | null {
  const code = typeof e === "object" && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
  return typeof code === "string" ? code : null;
}

/** The cause in words. */
export function whyInWords(code: string | null, target: string): string {
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
      return t.diskPenuh;
    case "EACCES":
    case "EPERM":
      return t.tanpaIzin;
    case "EROFS":
      return t.hanyaBaca;
    case "EISDIR":
      return t.adalahFolder;
    case "ENOENT":
      return t.folderTidakAda(dirname(target));
    case "ENOTDIR":
      return t.bukanFolder(dirname(target));
    case "EBUSY":
    case "ETXTBSY":
      return t.sedangDibuka;
    case "ENAMETOOLONG":
      return t.namaTerlaluPanjang;
    case "EIO":
      return t.galatDisk;
    case "EINTR":
      return t.dihentikan;
    default:
      return t.lainnya;
  }
}

function fail(target: string, code: string | null, all: string[], cause?: unknown, why?: string): OutputFileError {
  const reason = why ?? whyInWords(code, target);
  const message = all.length > 1 ? t.gagalTulisBanyak(target, reason, all) : t.gagalTulis(target, reason);
  return new OutputFileError(target, code, message, cause === undefined ? undefined : { cause });
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoOf(e) === "EPERM";
  }
}

/** Removes temporary files a killed earlier run left beside `target`. */
async function removeStaleTemps(target: string): Promise<void> {
  const folder = dirname(target);
  const name = basename(target);
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return;
  }
  for (const e of entries) {
    const m = TEMP_RE.exec(e);
    if (m && m[1] === name && !alive(Number(m[2]))) await unlink(join(folder, e)).catch(() => undefined);
  }
}

/** Checks a target before anything is written: its folder exists, it is not a folder itself. */
async function checkTarget(target: string, all: string[]): Promise<{ mode: number | null; exists: boolean }> {
  const folder = dirname(target);
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw fail(target, "ENOTDIR", all);
    await access(folder, constants.W_OK);
  } catch (e) {
    if (e instanceof OutputFileError) throw e;
    throw fail(target, errnoOf(e), all, e);
  }
  try {
    const info = await lstat(target);
    if (info.isDirectory()) throw fail(target, "EISDIR", all);
    return { mode: info.isFile() ? info.mode : null, exists: true };
  } catch (e) {
    if (e instanceof OutputFileError) throw e;
    if (errnoOf(e) === "ENOENT") return { mode: null, exists: false };
    throw fail(target, errnoOf(e), all, e);
  }
}

/**
 * Checks targets before any work is done (a report takes seconds to build): each folder exists and no
 * target is a folder. Throws OutputFileError.
 */
export async function checkTargets(paths: string[]): Promise<void> {
  for (const p of paths) await checkTarget(p, paths);
}

/** Temporary files of writes under way, removed synchronously when a signal ends the process. */
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const f of pending) {
    try {
      unlinkSync(f);
    } catch {
      // already gone
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // End as the signal would have ended us.
  process.kill(process.pid, signal);
}

function guard(on: boolean): void {
  for (const s of SIGNALS) {
    if (on && !process.listeners(s).includes(onSignal)) process.on(s, onSignal);
    if (!on) process.removeListener(s, onSignal);
  }
}

/** Writes every file whole or none. Throws OutputFileError (nothing changed) when one cannot be written. */
export async function writeAll(files: OutputFile[], io: AtomicIo = defaultIo): Promise<void> {
  const all = files.map((f) => f.path);
  const seen = new Set<string>();
  for (const f of files) {
    const abs = resolve(f.path);
    if (seen.has(abs)) throw fail(f.path, null, all, undefined, t.samaDuaKali(f.path));
    seen.add(abs);
  }
  const checks: { mode: number | null; exists: boolean }[] = [];
  for (const f of files) checks.push(await checkTarget(f.path, all));
  for (const f of files) await removeStaleTemps(f.path);

  const temps: string[] = [];
  const backups: (string | null)[] = [];
  guard(true);
  try {
    for (let i = 0; i < files.length; i++) {
      const temp = tempNameFor(files[i].path);
      pending.add(temp);
      temps.push(temp);
      try {
        await io.writeTemp(temp, files[i].bytes, checks[i].mode);
      } catch (e) {
        throw fail(files[i].path, errnoOf(e), all, e);
      }
    }
    // All complete: keep a link to what each target was (to put it back), then rename into place.
    for (let i = 0; i < files.length; i++) {
      let backup: string | null = null;
      if (checks[i].exists) {
        backup = tempNameFor(files[i].path);
        try {
          await link(files[i].path, backup);
          pending.add(backup);
        } catch {
          backup = null;
        }
      }
      backups.push(backup);
    }
    for (let i = 0; i < files.length; i++) {
      try {
        await rename(temps[i], files[i].path);
        pending.delete(temps[i]);
      } catch (e) {
        await rollBack(files.slice(0, i), backups, checks);
        throw fail(files[i].path, errnoOf(e), all, e);
      }
    }
  } finally {
    for (const f of pending) if (temps.includes(f) || backups.includes(f)) await unlink(f).catch(() => undefined);
    for (const f of [...temps, ...backups]) if (f) pending.delete(f);
    if (pending.size === 0) guard(false);
  }
}

/** Puts back the targets already renamed over: the old file from its link, or no file where there was none. */
async function rollBack(done: OutputFile[], backups: (string | null)[], checks: { exists: boolean }[]): Promise<void> {
  for (let i = 0; i < done.length; i++) {
    const backup = backups[i];
    if (backup) await rename(backup, done[i].path).catch(() => undefined);
    else if (!checks[i].exists) await unlink(done[i].path).catch(() => undefined);
  }
}
