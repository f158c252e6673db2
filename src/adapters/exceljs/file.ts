/**
 * Node-only helpers: open an .xlsx file as an ExcelJsWorkbook with clear Indonesian errors, and save one
 * whole or not at all (../fs/atomic.ts: a temporary file in the same folder, then a rename, so a failure
 * never leaves a half-written file and never damages the file that was there).
 */
import { statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import * as zlib from "node:zlib";
import { pesanExcelJs as t } from "../../core/i18n/exceljs";
import { pesanBerkas } from "../../core/i18n/berkas";
import { OutputFileError, writeAll } from "../fs/atomic";
import { WorkbookFileError } from "./errors";
import { crc32Portable, useZipCodec, type ZipCodec } from "./zip";
// ExcelJS takes half a second to load: only when a workbook is opened (`lkjip --help` never loads it).
import type { ExcelJsWorkbook } from "./workbook";

/**
 * Node's native zlib for the package's DEFLATE (the same format as fflate's, several times faster on a sheet
 * of 100,000 rows); CRC-32 too where this Node has zlib.crc32 (20.15 and later).
 */
export const NODE_ZLIB: ZipCodec = {
  deflate: (data, level) => zlib.deflateRawSync(data, { level }),
  // One byte of room past the stated size: a longer stream throws (the part is refused as damaged).
  inflate: (raw, size) => zlib.inflateRawSync(raw, { maxOutputLength: size + 1 }),
  crc32: (data) => (zlib as { crc32?: (d: Uint8Array) => number }).crc32?.(data) ?? crc32Portable(data),
};
useZipCodec(NODE_ZLIB);

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: old .xls, and also an .xlsx protected with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function errnoOf(e: unknown): string | undefined {
  return typeof e === "object" && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
}

/** Why a file could not be read, in words (never an errno code). */
function readWhy(cause: unknown): string {
  const code = errnoOf(cause);
  if (code === "EACCES" || code === "EPERM") return t.tanpaIzinBaca;
  if (code === "EISDIR") return pesanBerkas.adalahFolder;
  if (code === "EIO") return pesanBerkas.galatDisk;
  if (code === "ENAMETOOLONG") return pesanBerkas.namaTerlaluPanjang;
  return t.sistemMenolakBaca;
}

/** Opens an .xlsx file. Throws WorkbookFileError (Indonesian message naming the file) when it cannot. */
export async function openWorkbookFile(path: string): Promise<ExcelJsWorkbook> {
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    if (errnoOf(cause) === "ENOENT" || errnoOf(cause) === "ENOTDIR")
      throw new WorkbookFileError("missing", path, t.berkasTidakAda(path), { cause });
    throw new WorkbookFileError("unreadable", path, t.berkasTidakTerbaca(path, readWhy(cause)), {
      cause,
    });
  }
  if (info.isDirectory()) throw new WorkbookFileError("directory", path, t.berkasAdalahFolder(path));

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new WorkbookFileError("unreadable", path, t.berkasTidakTerbaca(path, readWhy(cause)), { cause });
  }
  if (bytes.length === 0) throw new WorkbookFileError("empty", path, t.berkasKosong(path));
  if (startsWith(bytes, OLE_MAGIC)) throw new WorkbookFileError("old-xls", path, t.xlsLama(path));
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".xlsm") throw new WorkbookFileError("not-xlsx", path, t.bukanXlsx(path));
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookFileError("damaged", path, t.berkasRusak(path));

  const { ExcelJsWorkbook } = await import("./workbook");
  const book = await ExcelJsWorkbook.load(bytes, path);
  return book;
}

/**
 * Saves the workbook to `path` whole or not at all (../fs/atomic.ts): the bytes go to a temporary file
 * beside it, are flushed to disk, and the temporary file is renamed over `path`. On any failure the
 * temporary file is removed and `path` is left as it was; the error is an OutputFileError (a UserError)
 * naming the file and the cause in Indonesian.
 */
export async function saveWorkbookFile(
  book: { toBuffer(): Promise<Uint8Array>; macroEnabled?: boolean },
  path: string,
): Promise<void> {
  checkXlsxTarget(path, book.macroEnabled === true);
  await writeAll([{ path, bytes: await book.toBuffer() }]);
}

/**
 * An output workbook must be an .xlsx file name (.xlsm for a workbook with macros, which keeps them), not a
 * folder (checked before any work is done).
 */
export function checkXlsxTarget(path: string, macroEnabled = false): void {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    // absent: fine, it will be created
  }
  if (folder) throw new OutputFileError(path, "EISDIR", pesanBerkas.gagalTulis(path, pesanBerkas.adalahFolder));
  const want = macroEnabled ? ".xlsm" : ".xlsx";
  const ext = extname(path).toLowerCase();
  if (ext !== want) {
    const why = macroEnabled
      ? t.simpanHarusXlsm(path)
      : ext === ".xlsm"
        ? t.simpanTanpaMakro(path)
        : t.simpanHarusXlsx(path);
    throw new WorkbookFileError("save-failed", path, why);
  }
}
