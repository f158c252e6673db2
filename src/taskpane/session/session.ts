/**
 * A session is the pane's way to the workbook: one `run` per user action. In Excel one run is one
 * runExcelAction (one request context, see ./office-session.ts); in standalone mode it works on an .xlsx
 * file held in memory (./file-session.ts).
 */
import type { WorkbookPort } from "../../core/workbook/port";

export type SessionMode = "excel" | "standalone";

/** An error whose message is already Indonesian and meant for the user as it is (the one base class). */
export { UserError } from "../../core/errors";

export interface Session {
  readonly mode: SessionMode;
  /** Whether there is a workbook to work on (standalone: a file was opened). */
  ready(): boolean;
  /** Carry out one user action against the workbook. */
  run<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T>;
  /**
   * Select a cell for the user. Returns false when the host cannot show cells (standalone mode), so the
   * pane tells the address instead.
   */
  selectCell(sheet: string, cell: string): Promise<boolean>;
  /**
   * After the user saved settings or corrections in the workbook: make the workbook open the pane by itself
   * next time (Excel only; never fails the action).
   */
  rememberPane?(): Promise<void>;
}

/** The extra abilities of standalone mode. */
export interface FileSession extends Session {
  readonly mode: "standalone";
  fileName(): string | null;
  /** Open an .xlsx file (replacing the one open). */
  open(name: string, data: ArrayBuffer): Promise<void>;
  /** The current workbook as .xlsx bytes. */
  save(): Promise<Uint8Array>;
  /** The bytes of the last state known to be whole (as opened, then after each successful write). */
  lastGoodBytes?(): Uint8Array | null;
}

export function isFileSession(s: Session): s is FileSession {
  return s.mode === "standalone";
}
