/**
 * Standalone mode: the workbook is an .xlsx file opened in the browser and held in memory by the ExcelJS
 * adapter, which is loaded with a dynamic import() only here, so the pane's first bundle stays small.
 *
 * Every action is all-or-nothing: when an action fails after it started writing, the workbook is loaded
 * again from the last good bytes, so a half-applied plan never reaches "Unduh hasil".
 */
import { taskpaneText as T } from "../../core/i18n/taskpane";
import type { ApplyResult, ProgressFn, WorkbookPort, WorkbookSnapshot, WritePlan } from "../../core/workbook/port";
import { UserError, type FileSession } from "./session";

/** What the ExcelJS adapter offers (src/adapters/exceljs/workbook.ts). */
export interface FileWorkbook extends WorkbookPort {
  toBuffer(): Promise<ArrayBuffer | Uint8Array>;
}

export type WorkbookLoader = (data: ArrayBuffer, fileName: string) => Promise<FileWorkbook>;

/** The real loader: ExcelJS, fetched as a separate chunk the first time a file is opened. */
export const loadWithExcelJs: WorkbookLoader = async (data, fileName) => {
  const mod = await import(/* webpackChunkName: "exceljs-adapter" */ "../../adapters/exceljs/workbook");
  return mod.ExcelJsWorkbook.load(data, fileName);
};

function toUint8(buf: ArrayBuffer | Uint8Array): Uint8Array {
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf);
}

function copyOf(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

/** Zip files (and so .xlsx) start with "PK\x03\x04". */
export function looksLikeXlsx(data: ArrayBuffer): boolean {
  const b = new Uint8Array(data, 0, Math.min(4, data.byteLength));
  return b.length === 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

export function createFileSession(loader: WorkbookLoader = loadWithExcelJs): FileSession {
  let workbook: FileWorkbook | null = null;
  let name: string | null = null;
  /** The bytes of the last state known to be whole (the file as opened, then after each successful write). */
  let lastGood: Uint8Array | null = null;

  return {
    mode: "standalone",
    ready: () => workbook !== null,
    fileName: () => name,
    lastGoodBytes: () => lastGood,

    async open(fileName: string, data: ArrayBuffer): Promise<void> {
      if (!/\.xlsx$/i.test(fileName) || !looksLikeXlsx(data)) throw new UserError(T.notXlsx(fileName));
      const bytes = new Uint8Array(data.slice(0));
      let wb: FileWorkbook;
      try {
        wb = await loader(copyOf(bytes), fileName);
      } catch (e) {
        // The adapter's WorkbookFileError already says it in Indonesian, naming the file.
        if (e instanceof UserError) throw e;
        const detail = e instanceof Error && e.message ? e.message : T.unknownDetail;
        throw new UserError(T.fileUnreadable(fileName, detail));
      }
      workbook = wb;
      name = fileName;
      lastGood = bytes;
    },

    async save(): Promise<Uint8Array> {
      if (!workbook) throw new UserError(T.needFile);
      return toUint8(await workbook.toBuffer());
    },

    async run<R>(action: (port: WorkbookPort) => Promise<R>): Promise<R> {
      const wb = workbook;
      if (!wb) throw new UserError(T.needFile);
      let wrote = false;
      const port: WorkbookPort = {
        read: (): Promise<WorkbookSnapshot> => wb.read(),
        apply: (plan: WritePlan, onProgress?: ProgressFn): Promise<ApplyResult> => {
          wrote = true;
          return wb.apply(plan, onProgress);
        },
      };
      try {
        const result = await action(port);
        if (wrote) lastGood = toUint8(await wb.toBuffer());
        return result;
      } catch (e) {
        if (wrote && lastGood) {
          try {
            workbook = await loader(copyOf(lastGood), name ?? "");
          } catch {
            // Keep the workbook we have; the error below is what the user needs to see.
          }
        }
        throw e;
      }
    },

    async selectCell(): Promise<boolean> {
      return false;
    },
  };
}
