/**
 * The engine's front door, the same for every host (add-in, command line, standalone page):
 * read (a WorkbookSnapshot from a port) -> understand (recognize) -> compute -> check -> plan (planFill,
 * planReport) -> write (the port applies the plan).
 */
import { check } from "./check";
import { measureCoverage } from "./check/coverage";
import { compute } from "./compute";
import { chooseNegatif } from "./compute/negatif";
import { chooseSisaArah } from "./compute/sisa-arah";
import { planConvertText as buildConvertPlan, planFill as buildFillPlan, type ConvertResult } from "./fill/plan";
import { findTextInputs } from "./fill/text";
import type { FillOptions, FillResult, TextInput } from "./fill/types";
import type { Analysis } from "./model";
import { recognize } from "./recognize";
import { reportOutcome, type PlanReportOptions, type ReportOutcome } from "./report";
import { DEFAULT_SETTINGS, parseSettings, withNegatif, type Settings } from "./settings/settings";
import { evaluateSnapshot } from "./workbook/evaluate";
import { noteTemuan } from "./workbook/notes";
import type { StoredState, WorkbookSnapshot, WritePlan } from "./workbook/port";

export type {
  AddedColumn,
  CellRef,
  FillOptions,
  FillResult,
  LeftAlone,
  TextInput,
  ValueCell,
  ValueReason,
} from "./fill/types";
export type { ConvertResult } from "./fill/plan";

/**
 * Understand, compute and check a workbook. Types are read first (workbook/evaluate.ts): formulas saved
 * without a value are evaluated where that is exact, dates are not amounts; both named in the findings.
 * What the printed figures show is decided here, once: the negatif variant (settings.negatif "otomatis": by the
 * printed capaian, compute/negatif.ts), used by compute, check, the fill and the report (Analysis.negatif); and
 * the sign of a printed "Lebih/(Kurang)" column (compute/sisa-arah.ts), used by the check and the fill.
 */
export function analyze(snapshot: WorkbookSnapshot, settings: Settings): Analysis {
  const typed = evaluateSnapshot(snapshot);
  const recognized = recognize(typed.snapshot, settings);
  const negatif = chooseNegatif(recognized, settings);
  const sisa = chooseSisaArah(recognized);
  const told = [...sisa.guesses, ...(negatif.guess ? [negatif.guess] : [])];
  const recognition = told.length > 0 ? { ...recognized, guesses: [...recognized.guesses, ...told] } : recognized;
  const run = withNegatif(settings, negatif.choice.variant);
  const computation = compute(recognition, run);
  const temuan = noteTemuan(typed.notes, recognition, check(recognition, computation, run, sisa.choices));
  const coverage = measureCoverage(recognition, computation);
  return { recognition, ...computation, negatif: negatif.choice, sisaArah: sisa.choices, temuan, coverage };
}

/** The write plan of the computed columns; nothing is written here. */
export function planFill(
  snapshot: WorkbookSnapshot,
  analysis: Analysis,
  settings: Settings,
  opts: FillOptions,
): FillResult {
  return buildFillPlan(snapshot, analysis, withNegatif(settings, analysis.negatif.variant), opts);
}

/** The input cells holding numbers stored as text that the engine read as numbers, each with its conversion. */
export function textInputs(analysis: Analysis): TextInput[] {
  return findTextInputs(analysis.recognition).list;
}

/** The plan that turns input numbers stored as text into numbers, on its own (recorded for Batalkan). */
export function planConvertText(snapshot: WorkbookSnapshot, analysis: Analysis): ConvertResult {
  return buildConvertPlan(snapshot, analysis);
}

export type { ReportOutcome, MadeTable, PlanReportOptions } from "./report";

/**
 * The report tables (LKjIP Bab II and III) as new sheets: the write plan (nothing is written here), the report
 * model (for the Word export) and the lists of tables made and skipped, the same for every host. `charts: false`
 * for a host that cannot draw charts (a .xlsx written by ExcelJS).
 */
export function planReport(
  snapshot: WorkbookSnapshot,
  analysis: Analysis,
  settings: Settings,
  options: PlanReportOptions = {},
): ReportOutcome {
  return reportOutcome(snapshot, analysis, withNegatif(settings, analysis.negatif.variant), options);
}

/** The plan that takes back the last fill (from StoredState.undo), or null when there is nothing to take back. */
export function planUndo(snapshot: WorkbookSnapshot): WritePlan | null {
  const undo = snapshot.state?.undo;
  if (!undo || undo.length === 0) return null;
  const present = new Set(snapshot.sheets.map((s) => s.name));
  // What was written on a sheet since removed cannot be put back there.
  const onSheet = new Set(["cells", "unmerge", "restoreStyles", "columnWidth", "merge"]);
  const ops = undo.filter((op) => !onSheet.has(op.kind) || present.has((op as { sheet: string }).sheet));
  const state: StoredState = { ...(snapshot.state as StoredState), undo: null };
  return { ops: [...ops, { kind: "state", state }] };
}

/** A plan that saves settings and/or overrides into the workbook's stored state (keeping the rest). */
export function planSaveState(
  snapshot: WorkbookSnapshot,
  patch: { settings?: Record<string, unknown>; overrides?: Record<string, unknown> },
): WritePlan {
  const state: StoredState = { ...(snapshot.state ?? { version: 1 }), version: 1 };
  if (patch.settings !== undefined) state.settings = patch.settings;
  if (patch.overrides !== undefined) state.overrides = patch.overrides;
  return { ops: [{ kind: "state", state }] };
}

export type EffectiveSettings = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/**
 * Settings for a workbook: defaults, then what the workbook stores, then the host's (e.g. a --settings file).
 * Overrides stored in the workbook and given by the host are merged (the host's win per key).
 */
export function resolveSettings(snapshot: WorkbookSnapshot, hostSettings?: Record<string, unknown>): EffectiveSettings {
  const stored = snapshot.state?.settings ?? {};
  const storedOverrides = (snapshot.state?.overrides ?? {}) as Record<string, Record<string, unknown>>;
  const host = hostSettings ?? {};
  const hostOverrides = (host.overrides ?? {}) as Record<string, Record<string, unknown>>;
  const overrides: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(storedOverrides), ...Object.keys(hostOverrides)])) {
    overrides[k] = { ...(storedOverrides[k] ?? {}), ...(hostOverrides[k] ?? {}) };
  }
  const merged = { ...stored, ...host, overrides };
  return parseSettings(merged);
}

/** Like resolveSettings, falling back to the defaults (with the stored overrides) when stored settings are invalid. */
export function effectiveSettings(snapshot: WorkbookSnapshot, hostSettings?: Record<string, unknown>): Settings {
  const r = resolveSettings(snapshot, hostSettings);
  return r.ok ? r.settings : DEFAULT_SETTINGS;
}
