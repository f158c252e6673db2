/**
 * The session inside Excel: every user action is exactly one runExcelAction (one Excel.run, one request
 * context), with Excel's errors turned into Indonesian OfficeActionErrors by the adapter.
 */
import { runExcelAction, selectCell } from "../../adapters/office";
import type { Session } from "./session";

/** The document setting that makes Excel open the pane with the workbook (manifest TaskpaneId). */
export const AUTO_SHOW_SETTING = "Office.AutoShowTaskpaneWithDocument";

interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

function documentSettings(): DocumentSettings | null {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: DocumentSettings } } } }).Office;
  const s = office?.context?.document?.settings;
  return s && typeof s.set === "function" && typeof s.saveAsync === "function" ? s : null;
}

export function createOfficeSession(): Session {
  return {
    mode: "excel",
    ready: () => true,
    run: (action) => runExcelAction((book) => action(book)),
    async selectCell(sheet: string, cell: string): Promise<boolean> {
      await selectCell(sheet, cell);
      return true;
    },
    async rememberPane(): Promise<void> {
      const settings = documentSettings();
      if (!settings) return;
      try {
        if (settings.get(AUTO_SHOW_SETTING) === true) return;
        settings.set(AUTO_SHOW_SETTING, true);
        await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
      } catch {
        // Opening the pane by itself is a convenience; the user's action already succeeded.
      }
    },
  };
}
