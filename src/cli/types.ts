/** Types the command line's modules share (kept apart from main.ts so that no module imports main back). */
import type { ExcelJsWorkbook } from "../adapters/exceljs/workbook";
import type { Analysis } from "../core/model";
import type { Settings } from "../core/settings/settings";
import type { WorkbookSnapshot } from "../core/workbook/port";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface Loaded {
  book: ExcelJsWorkbook;
  snapshot: WorkbookSnapshot;
  settings: Settings;
  analysis: Analysis;
}
