/**
 * Typed errors of the ExcelJS adapter. Their messages are Indonesian sentences meant for the user as they
 * are (the command line and the standalone page print `message`, never a stack). Browser-safe.
 */

export type WorkbookFileProblem =
  "missing" | "directory" | "unreadable" | "empty" | "not-xlsx" | "old-xls" | "damaged" | "save-failed";

import { UserError } from "../../core/errors";

/** A workbook file could not be opened or saved. */
export class WorkbookFileError extends UserError {
  override readonly name = "WorkbookFileError";
  constructor(
    readonly problem: WorkbookFileProblem,
    /** The file as the user named it. */
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A write plan was refused before anything was changed. */
export class WorkbookPlanError extends UserError {
  override readonly name = "WorkbookPlanError";
  constructor(message: string) {
    super(message);
  }
}
