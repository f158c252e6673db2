/**
 * The baseline of `npm run bench`, in plain JavaScript as the `lkjip` command runs (compiled): ExcelJS alone
 * reads the workbook into its model and writes it back. Usage: node bench/exceljs-roundtrip.js IN OUT
 */
"use strict";
const ExcelJS = require("exceljs");

(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  await wb.xlsx.writeFile(process.argv[3]);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
