/**
 * The session inside Excel: every user action is exactly one runExcelAction (one Excel.run, one request
 * context), with Excel's errors turned into Indonesian OfficeActionErrors by the adapter.
 */
import { runExcelAction, selectCell } from "../adapters/office";
import type { Session } from "./session";

export function createOfficeSession(): Session {
  return {
    mode: "excel",
    ready: () => true,
    run: (action) => runExcelAction((book) => action(book)),
    async selectCell(sheet: string, cell: string): Promise<boolean> {
      await selectCell(sheet, cell);
      return true;
    },
  };
}
