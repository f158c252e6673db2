/**
 * The Lembar view's corrections while the user edits them, and their translation into the Overrides that are
 * saved in the workbook (settings.ts overridesSchema). Pure, so the rules are tested without a DOM.
 */
import { taskpaneText as T } from "../../core/i18n/taskpane";
import type { ColumnRole, Polaritas, SheetLayout } from "../../core/model";
import { overridesSchema, type Overrides } from "../../core/settings/settings";
import { a1, columnLetter } from "../../core/workbook/address";

export type OverrideKind = "anggaran" | "indikator" | "abaikan";

export interface OverrideDraft {
  sheetKinds: Record<string, OverrideKind>;
  /** sheet -> role -> letter as typed ("" removes the role). */
  columns: Record<string, Record<string, string>>;
  /** sheet -> [first, last] 1-based header rows as typed. */
  headerRows: Record<string, [string, string]>;
  polaritas: Record<string, Polaritas>;
  dirty: boolean;
}

export function emptyDraft(stored: Overrides, _layouts?: SheetLayout[]): OverrideDraft {
  const headerRows: Record<string, [string, string]> = {};
  for (const [sheet, [a, b]] of Object.entries(stored.headerRows ?? {})) headerRows[sheet] = [String(a), String(b)];
  const columns: Record<string, Record<string, string>> = {};
  for (const [sheet, roles] of Object.entries(stored.columns ?? {})) columns[sheet] = { ...roles };
  return {
    sheetKinds: { ...(stored.sheetKinds ?? {}) },
    columns,
    headerRows,
    polaritas: { ...(stored.polaritas ?? {}) },
    dirty: false,
  };
}

/** The layout's header rows as the user sees them (1-based text), or empty when no table was found. */
export function headerRowsOf(layout: SheetLayout): [string, string] {
  return layout.headerRows ? [String(layout.headerRows[0] + 1), String(layout.headerRows[1] + 1)] : ["", ""];
}

/** The override key of an indicator's polarity: its name cell ("Sheet!C7"), or its row ("Sheet!7"). */
export function polaritasKey(sheet: string, row: number, nameCol: number | null): string {
  return nameCol !== null ? `${sheet}!${a1(row, nameCol)}` : `${sheet}!${row + 1}`;
}

export interface ShownColumn {
  role: ColumnRole | string;
  letter: string;
  header: string;
  added: boolean;
  /** The letter comes from the user, not from recognition. */
  overridden: boolean;
}

/** The sheet's columns as recognised, with the draft's corrections applied (removed roles left out). */
export function applyDraft(layout: SheetLayout, draft: OverrideDraft): ShownColumn[] {
  const fix = draft.columns[layout.sheet] ?? {};
  const out: ShownColumn[] = [];
  for (const c of layout.columns) {
    const o = fix[c.role];
    if (o === "") continue;
    out.push({
      role: c.role,
      letter: o ?? columnLetter(c.col),
      header: c.header,
      added: c.added && o === undefined,
      overridden: o !== undefined,
    });
  }
  for (const [role, letter] of Object.entries(fix)) {
    if (letter === "" || layout.columns.some((c) => c.role === role)) continue;
    out.push({ role, letter, header: "", added: false, overridden: true });
  }
  return out;
}

export type DraftResult = { ok: true; overrides: Overrides } | { ok: false; problems: string[] };

/** Check what the user typed and build the Overrides to save. */
export function validateDraft(draft: OverrideDraft): DraftResult {
  const problems: string[] = [];
  const columns: Record<string, Record<string, string>> = {};
  for (const [sheet, roles] of Object.entries(draft.columns)) {
    const clean: Record<string, string> = {};
    for (const [role, letter] of Object.entries(roles)) {
      const l = letter.trim().toUpperCase();
      if (l !== "" && !/^[A-Z]{1,3}$/.test(l)) problems.push(`${sheet}: ${T.lembar.badLetter(letter)}`);
      clean[role] = l;
    }
    if (Object.keys(clean).length > 0) columns[sheet] = clean;
  }
  const headerRows: Record<string, [number, number]> = {};
  for (const [sheet, [a, b]] of Object.entries(draft.headerRows)) {
    if (a.trim() === "" && b.trim() === "") continue;
    const first = /^\d+$/.test(a.trim()) ? Number(a.trim()) : NaN;
    const last = /^\d+$/.test(b.trim()) ? Number(b.trim()) : NaN;
    if (!(first >= 1) || !(last >= 1) || first > last) problems.push(`${sheet}: ${T.lembar.badHeaderRows}`);
    else headerRows[sheet] = [first, last];
  }
  if (problems.length > 0) return { ok: false, problems };
  const overrides: Overrides = {};
  if (Object.keys(draft.sheetKinds).length > 0) overrides.sheetKinds = { ...draft.sheetKinds };
  if (Object.keys(columns).length > 0) overrides.columns = columns;
  if (Object.keys(headerRows).length > 0) overrides.headerRows = headerRows;
  if (Object.keys(draft.polaritas).length > 0) overrides.polaritas = { ...draft.polaritas };
  const checked = overridesSchema.safeParse(overrides);
  if (!checked.success)
    return { ok: false, problems: checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  return { ok: true, overrides: checked.data };
}
