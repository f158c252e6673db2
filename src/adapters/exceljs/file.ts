/**
 * Node-only helpers: open an .xlsx file as an ExcelJsWorkbook with clear Indonesian errors, and save one
 * whole or not at all (../fs/atomic.ts: a temporary file in the same folder, then a rename, so a failure
 * never leaves a half-written file and never damages the file that was there).
 */
import { statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { pesanExcelJs as t } from "../../core/i18n/exceljs";
import { pesanBerkas } from "../../core/i18n/berkas";
import { OutputFileError, writeAll } from "../fs/atomic";
import { WorkbookFileError } from "./errors";
import { ExcelJsWorkbook } from "./workbook";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: old .xls, and also an .xlsx protected with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function errnoOf(e: unknown): string | undefined {
  return typeof e === "object" && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
}

/** Opens an .xlsx file. Throws WorkbookFileError (Indonesian message naming the file) when it cannot. */
export async function openWorkbookFile(path: string): Promise<ExcelJsWorkbook> {
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    if (errnoOf(cause) === "ENOENT" || errnoOf(cause) === "ENOTDIR")
      throw new WorkbookFileError("missing", path, t.berkasTidakAda(path), { cause });
    throw new WorkbookFileError("unreadable", path, t.berkasTidakTerbaca(path, errnoOf(cause) ?? String(cause)), {
      cause,
    });
  }
  if (info.isDirectory()) throw new WorkbookFileError("directory", path, t.berkasAdalahFolder(path));

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const why =
      errnoOf(cause) === "EACCES" || errnoOf(cause) === "EPERM"
        ? "tidak ada izin membaca"
        : (errnoOf(cause) ?? String(cause));
    throw new WorkbookFileError("unreadable", path, t.berkasTidakTerbaca(path, why), { cause });
  }
  if (bytes.length === 0) throw new WorkbookFileError("empty", path, t.berkasKosong(path));
  if (startsWith(bytes, OLE_MAGIC)) throw new WorkbookFileError("old-xls", path, t.xlsLama(path));
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx") throw new WorkbookFileError("not-xlsx", path, t.bukanXlsx(path));
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookFileError("damaged", path, t.berkasRusak(path));

  // ExcelJsWorkbook.load refuses a zip without sheets (a Word file renamed .xlsx), as the standalone page does.
  return ExcelJsWorkbook.load(bytes, path);
}

/**
 * Saves the workbook to `path` whole or not at all (../fs/atomic.ts): the bytes go to a temporary file
 * beside it, are flushed to disk, and the temporary file is renamed over `path`. On any failure the
 * temporary file is removed and `path` is left as it was; the error is an OutputFileError (a UserError)
 * naming the file and the cause in Indonesian.
 */
export async function saveWorkbookFile(book: ExcelJsWorkbook, path: string): Promise<void> {
  checkXlsxTarget(path);
  await writeAll([{ path, bytes: await book.toBuffer() }]);
}

/** An output workbook must be an .xlsx file name, not a folder (checked before any work is done). */
export function checkXlsxTarget(path: string): void {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    // absent: fine, it will be created
  }
  if (folder) throw new OutputFileError(path, "EISDIR", pesanBerkas.gagalTulis(path, pesanBerkas.adalahFolder));
  if (extname(path).toLowerCase() !== ".xlsx")
    throw new WorkbookFileError("save-failed", path, t.simpanHarusXlsx(path));
}
