/** The Word export of the report tables. */
import type { Analysis } from "../../core/model";
import { buildReport } from "../../core/report/build";
import type { Settings } from "../../core/settings/settings";
import { renderDocx, type RenderOptions } from "./render";

export { renderDocx, type RenderOptions, type ChartRasteriser, PAGE_TWIPS } from "./render";
export { chartPng, chartSvg, chartSize, type ChartSize } from "./chart-image";

/** Build the report and render it as .docx bytes in one call (the task pane's "Unduh .docx"). */
export async function buildDocx(
  analysis: Analysis,
  settings: Settings,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  return renderDocx(buildReport(analysis, settings), settings, options);
}
