/**
 * The engine's front door, the same for every host (add-in, command line, standalone page):
 * read (a WorkbookSnapshot from a port) -> understand (recognize) -> compute -> check -> plan (planFill)
 * -> write (the port applies the plan).
 */
import { check } from "./check";
import { measureCoverage } from "./check/coverage";
import { compute } from "./compute";
import { planFill as buildFillPlan } from "./fill/plan";
import type { Analysis } from "./model";
import { recognize } from "./recognize";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "./settings/settings";
import type { StoredState, WorkbookSnapshot, WritePlan } from "./workbook/port";

export type { CellRef, FillOptions, FillResult, LeftAlone } from "./fill/types";
import type { FillOptions, FillResult } from "./fill/types";

/** Understand, compute and check a workbook. */
export function analyze(snapshot: WorkbookSnapshot, settings: Settings): Analysis {
  const recognition = recognize(snapshot, settings);
  const computation = compute(recognition, settings);
  const temuan = check(recognition, computation, settings);
  const coverage = measureCoverage(recognition, computation);
  return { recognition, ...computation, temuan, coverage };
}

/** The write plan of the computed columns; nothing is written here. */
export function planFill(
  snapshot: WorkbookSnapshot,
  analysis: Analysis,
  settings: Settings,
  opts: FillOptions,
): FillResult {
  return buildFillPlan(snapshot, analysis.recognition, analysis, settings, opts);
}

/** The plan that takes back the last fill (from StoredState.undo), or null when there is nothing to take back. */
export function planUndo(snapshot: WorkbookSnapshot): WritePlan | null {
  const undo = snapshot.state?.undo;
  if (!undo || undo.length === 0) return null;
  const present = new Set(snapshot.sheets.map((s) => s.name));
  const ops = undo.filter((op) => op.kind !== "cells" || present.has(op.sheet));
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
