/**
 * One name normaliser for compute and report: the headline capaian (compute) and the report's overall table
 * group the same sasaran, so they show the same figure; "Meningkatnya" and "Meningkatkan" are one sasaran.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { analyze, planReport } from "../../src/core/engine";
import { normalizeName } from "../../src/core/names/normalize";
import { tableGrid } from "../../src/core/report/text";
import { formatAngka } from "../../src/core/numbers/format";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/core/settings/settings";

const SAMPLE = path.resolve(__dirname, "../../examples/dinsos-sumenep-2020.xlsx");

it("spells of the same sasaran normalise alike", () => {
  expect(normalizeName("Meningkatnya Kesejahteraan Masyarakat")).toBe(
    normalizeName("Meningkatkan kesejahteraan masyarakat"),
  );
});

it.each(["sasaran", "indikator"] as const)(
  "the headline equals the report's overall mean (mean over %s)",
  async (dasar) => {
    const settings = settingsSchema.parse({ ...DEFAULT_SETTINGS, capaianKeseluruhan: dasar });
    const book = await ExcelJsWorkbook.load(new Uint8Array(fs.readFileSync(SAMPLE)));
    const snap = await book.read();
    const analysis = analyze(snap, settings);
    const { report } = planReport(snap, analysis, settings);
    const t = report.tables.find((x) => x.id === "capaian-keseluruhan")!;
    const grid = tableGrid(t);
    const shown = grid[grid.length - 1][6];
    expect(analysis.capaianKeseluruhan.value).not.toBeNull();
    expect(shown).toBe(formatAngka(analysis.capaianKeseluruhan.value!, settings.desimal));
  },
);
