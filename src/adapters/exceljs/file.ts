/**
 * Node-only helpers: open an .xlsx file as an ExcelJsWorkbook with clear Indonesian errors, and save one
 * atomically (a temporary file in the same folder, then a rename, so a failure never leaves a
 * half-written file and never damages the file that was there).
 */
import { randomBytes } from "node:crypto";
import { open, readFile, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { pesanExcelJs as t } from "../../core/i18n/exceljs";
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
  if (ext !== ".xlsx" && ext !== ".xlsm") throw new WorkbookFileError("not-xlsx", path, t.bukanXlsx(path));
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookFileError("damaged", path, t.berkasRusak(path));

  const book = await ExcelJsWorkbook.load(bytes, path);
  return book;
}

/**
 * Saves the workbook to `path` atomically: the bytes go to a temporary file beside it, are flushed to
 * disk, and the temporary file is renamed over `path`. On any failure the temporary file is removed and
 * `path` is left as it was.
 */
export async function saveWorkbookFile(
  book: { toBuffer(): Promise<Uint8Array>; macroEnabled?: boolean },
  path: string,
): Promise<void> {
  // A workbook with macros keeps them, so it must stay an .xlsm (Excel refuses an .xlsx holding a VBA project).
  const want = book.macroEnabled ? ".xlsm" : ".xlsx";
  if (extname(path).toLowerCase() !== want)
    throw new WorkbookFileError(
      "save-failed",
      path,
      book.macroEnabled ? t.simpanHarusXlsm(path) : t.simpanHarusXlsx(path),
    );
  const folder = dirname(path);
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new Error("not a directory");
  } catch (cause) {
    throw new WorkbookFileError("save-failed", path, t.gagalSimpan(path, t.folderTidakAda(folder)), { cause });
  }

  const bytes = await book.toBuffer();
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (cause) {
    await unlink(temp).catch(() => undefined);
    const code = errnoOf(cause);
    const why =
      code === "EACCES" || code === "EPERM" || code === "EROFS"
        ? t.tidakBolehTulis
        : code === "EBUSY" || code === "ETXTBSY"
          ? t.berkasSedangDibuka
          : code === "ENOSPC"
            ? t.diskPenuh
            : (code ?? String(cause));
    throw new WorkbookFileError("save-failed", path, t.gagalSimpan(path, why), { cause });
  }
}
