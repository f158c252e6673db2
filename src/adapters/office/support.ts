/** Which ExcelApi requirement sets the host supports, and what the adapter can do with them. */

export const EXCEL_API_VERSIONS = [
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "1.5",
  "1.6",
  "1.7",
  "1.8",
  "1.9",
  "1.10",
  "1.11",
  "1.12",
  "1.13",
  "1.14",
  "1.15",
  "1.16",
  "1.17",
  "1.18",
  "1.19",
  "1.20",
  "1.21",
] as const;

export interface ApiSupport {
  /** ExcelApi version -> supported. */
  sets: Record<string, boolean>;
  /** The highest supported ExcelApi version ("1.17"), or null outside Excel. */
  highest: string | null;
  /** getItemOrNullObject / getUsedRangeOrNullObject (1.4): needed to read at all. */
  nullObjects: boolean;
  /** application.suspendApiCalculationUntilNextSync (1.6). */
  suspendCalculation: boolean;
  /** Chart series: setValues / setXAxisValues / series.add (1.7). */
  chartSeries: boolean;
  /** getCellProperties / setCellProperties / getRowProperties / getColumnProperties (1.9). */
  cellProperties: boolean;
  /** application.suspendScreenUpdatingUntilNextSync (1.9). */
  suspendScreenUpdating: boolean;
  /** worksheet.pageLayout (1.9). */
  pageLayout: boolean;
  /** range.getMergedAreasOrNullObject (1.13). */
  mergedAreas: boolean;
}

/** Support from a predicate "is ExcelApi <version> supported". */
export function supportFrom(isSupported: (version: string) => boolean): ApiSupport {
  const sets: Record<string, boolean> = {};
  let highest: string | null = null;
  for (const v of EXCEL_API_VERSIONS) {
    let ok = false;
    try {
      ok = isSupported(v) === true;
    } catch {
      ok = false;
    }
    sets[v] = ok;
    if (ok) highest = v;
  }
  const has = (v: string) => sets[v] === true;
  return {
    sets,
    highest,
    nullObjects: has("1.4"),
    suspendCalculation: has("1.6"),
    chartSeries: has("1.7"),
    cellProperties: has("1.9"),
    suspendScreenUpdating: has("1.9"),
    pageLayout: has("1.9"),
    mergedAreas: has("1.13"),
  };
}

/**
 * What the running host supports, from Office.context.requirements.isSetSupported("ExcelApi", v).
 * Outside Office (no `Office` global) everything is false.
 */
export function apiSupport(): ApiSupport {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  if (!req || typeof req.isSetSupported !== "function") return supportFrom(() => false);
  return supportFrom((v) => req.isSetSupported("ExcelApi", v));
}
