/** One Excel.run per user action, with Excel's errors turned into Indonesian OfficeActionErrors. */
import { officeText } from "../../core/i18n/office";
import { OfficeActionError, hostCode, toOfficeActionError } from "./errors";
import { parseBox } from "./encode";
import { OfficeWorkbook, type OfficeWorkbookOptions } from "./workbook";

function excelGlobal(): typeof Excel | null {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  return excel && typeof excel.run === "function" ? excel : null;
}

/**
 * Runs one user action in a single Excel.run. Errors from Excel (anything with an Office error code, and
 * a missing API on an old host) come out as OfficeActionError with an Indonesian message; other errors
 * (e.g. the engine's own) pass through unchanged.
 */
export async function runExcelAction<T>(
  fn: (book: OfficeWorkbook, context: Excel.RequestContext) => Promise<T>,
  options?: OfficeWorkbookOptions,
): Promise<T> {
  const excel = excelGlobal();
  if (!excel) throw new OfficeActionError("NoExcel", officeText.noExcel);
  try {
    return await excel.run((context) => fn(new OfficeWorkbook(context, options), context));
  } catch (e) {
    if (e instanceof OfficeActionError) throw e;
    if (hostCode(e) !== null || (e instanceof TypeError && /is not a function/.test(e.message)))
      throw toOfficeActionError(e);
    throw e;
  }
}

/** Activates the sheet and selects the cell or range ("B7", "B7:D9"): for "Periksa", to show a finding. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  if (!parseBox(address)) throw new OfficeActionError("InvalidArgument", officeText.badAddress(sheet, address));
  await runExcelAction(async (_book, context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    ws.load("visibility");
    await context.sync();
    if (ws.isNullObject) throw new OfficeActionError("ItemNotFound", officeText.sheetMissing(sheet));
    if (ws.visibility !== "Visible") throw new OfficeActionError("SheetHidden", officeText.sheetHidden(sheet));
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
