/**
 * Regenerates examples/dinsos-sumenep-2020.xlsx from examples/dinsos-sumenep-2020.json:
 *
 *   node bin/run-ts.js examples/build-sample.ts [OUTPUT.xlsx]
 *
 * What the workbook holds and which printed figures are slips: docs/sample.md.
 */
import path from "node:path";
import { saveWorkbookFile } from "../src/adapters/exceljs/file";
import { SAMPLE_FILE, buildSampleWorkbook } from "./sample-workbook";

async function main(): Promise<void> {
  const out = process.argv[2] ?? path.join(__dirname, SAMPLE_FILE);
  const wb = buildSampleWorkbook();
  await saveWorkbookFile({ toBuffer: async () => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) }, out);
  console.log(`Ditulis: ${out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
