/**
 * The workbook port over an .xlsx / .xlsm package (the command line and the standalone page): the
 * snapshot is read straight from the package's XML, and a plan is carried out by patching only the
 * parts it touches, so charts, images, pivot tables, the VBA project, comments, data validation,
 * conditional formats, defined names and every other part reach the output as the bytes they came in.
 * See docs/xlsx-writer.md. Works on bytes only (Node and browser alike); ./file.ts handles files.
 *
 * The class keeps its old name ExcelJsWorkbook as an alias: ExcelJS itself is no longer involved.
 */
import { pesanXlsx as t } from "../../core/i18n/xlsx";
import type {
  ApplyResult,
  ProgressFn,
  SheetSnapshot,
  WorkbookPort,
  WorkbookSnapshot,
  WritePlan,
} from "../../core/workbook/port";
import { decodeState, STATE_SHEET } from "../../core/workbook/state";
import { applyPlan } from "./apply";
import { WorkbookFileError } from "./errors";
import { contextOf, type Book } from "./book";
import { Package } from "./package";
import { readColumnA, readSheetXml, SheetParseError } from "./sheet-read";
import { findElement } from "./xml";

export { MAX_COLS, MAX_ROWS } from "./validate";
export { STATE_CHUNK, splitChunks } from "../../core/workbook/state";

const sameName = (a: string, b: string) => a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");

export class XlsxWorkbook implements WorkbookPort {
  private constructor(private readonly book: Book) {}

  /** Opens .xlsx / .xlsm bytes. Anything it cannot read whole gives a WorkbookFileError naming `fileName`. */
  static async load(data: ArrayBuffer | Uint8Array, fileName = "buku kerja"): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const pkg = Package.open(bytes, fileName);
    const wbPart = pkg.workbookPart();
    const wbXml = pkg.text(wbPart) ?? "";
    // A zip whose main part is not a workbook (a Word document renamed .xlsx) is named as such.
    if (!findElement(wbXml, "workbook")) throw new WorkbookFileError("damaged", fileName, t.bukanBukuKerja(fileName));
    const sheets = pkg.sheets(wbPart, wbXml);
    if (!sheets.some((s) => s.part !== null)) throw new WorkbookFileError("damaged", fileName, t.tanpaLembar(fileName));
    return new XlsxWorkbook({ pkg, fileName, wbPart, wbXml, sheets, styles: null, sharedStrings: null });
  }

  /** Names of the worksheets, in tab order (the state sheet included). */
  get sheetNames(): string[] {
    return this.book.sheets.filter((s) => s.part !== null).map((s) => s.name);
  }

  /** Whether the workbook carries macros (an .xlsm); the output keeps them and must keep the extension. */
  get macroEnabled(): boolean {
    return (
      this.book.pkg.has("xl/vbaProject.bin") || /macroEnabled/i.test(this.book.pkg.text("[Content_Types].xml") ?? "")
    );
  }

  /** The part names of the package as it is now. */
  get partNames(): string[] {
    return this.book.pkg.partNames();
  }

  async read(): Promise<WorkbookSnapshot> {
    const book = this.book;
    const ctx = contextOf(book);
    const sheets: SheetSnapshot[] = [];
    let state = null;
    for (const s of book.sheets) {
      if (!s.part) continue;
      const xml = book.pkg.text(s.part);
      if (xml === null) throw new WorkbookFileError("damaged", book.fileName, t.lembarHilang(book.fileName, s.name));
      try {
        if (sameName(s.name, STATE_SHEET)) {
          state = decodeState(readColumnA(xml, ctx));
          continue;
        }
        sheets.push(readSheetXml(xml, s.name, s.state !== "visible", ctx));
      } catch (e) {
        if (e instanceof SheetParseError)
          throw new WorkbookFileError("damaged", book.fileName, t.lembarTakTerbaca(book.fileName, s.name, e.message), {
            cause: e,
          });
        throw e;
      }
    }
    return { sheets, state };
  }

  async apply(plan: WritePlan, onProgress?: ProgressFn): Promise<ApplyResult> {
    return applyPlan(this.book, plan, onProgress);
  }

  async toBuffer(): Promise<Uint8Array> {
    return this.book.pkg.toBytes();
  }
}

export { XlsxWorkbook as ExcelJsWorkbook };
