/** Sheet names of the report: the rules live in one home, ../workbook/sheet-name.ts. */
export { MAX_SHEET_NAME, sameSheetName, sanitizeSheetName, uniqueSheetName } from "../workbook/sheet-name";
