/** The Office.js adapter: the workbook port inside Excel, one Excel.run per user action. */
export { OfficeWorkbook, type OfficeWorkbookOptions } from "./workbook";
export { runExcelAction, selectCell } from "./run";
export { apiSupport, supportFrom, EXCEL_API_VERSIONS, type ApiSupport } from "./support";
export { OfficeActionError, toOfficeActionError, isPayloadError } from "./errors";
export { columnWidthPoints, paperType } from "./encode";
