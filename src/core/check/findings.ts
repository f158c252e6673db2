/**
 * The shared pieces of the check: the list of findings (one per code and cell), the comparison of a printed
 * figure at its own precision, unreadable values, printed figures and predikat.
 */
import { pesan } from "../i18n/engine";
import type { Computed, OutputRole, Reading, Severity, Temuan } from "../model";
import { formatAngka, roundHalfAway } from "../numbers";
import type { Settings } from "../settings/settings";
import { a1 } from "../workbook/address";

/** True when `printed` shows `exact` (or `alt`, the same figure from rounded inputs) at its own precision. */
export function agreesAtPrintedPrecision(
  printed: Reading,
  exact: number,
  alt: number | null,
  fallbackDecimals: number,
): boolean {
  if (printed.value === null) return true;
  const d = Math.min(decimalsOf(printed, fallbackDecimals), 10);
  const p = roundHalfAway(printed.value, d);
  if (roundHalfAway(exact, d) === p) return true;
  return alt !== null && roundHalfAway(alt, d) === p;
}

export function show(x: number, decimals: number): string {
  return formatAngka(x, decimals);
}

export function ref(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

export class Findings {
  readonly list: Temuan[] = [];
  private seen = new Set<string>();
  add(
    code: string,
    severity: Severity,
    sheet: string,
    row: number,
    col: number,
    message: string,
    tab?: Temuan["tab"],
  ): void {
    const cell = a1(row, col);
    const k = `${code}|${sheet}|${cell}`;
    if (this.seen.has(k)) return;
    this.seen.add(k);
    this.list.push(tab ? { code, severity, sheet, cell, message, tab } : { code, severity, sheet, cell, message });
  }
}

/** A reading that should be a number but is text or an error value: a finding. Returns true when flagged. */
export function checkReadable(f: Findings, sheet: string, label: string, r: Reading | null): boolean {
  if (!r || r.value !== null || r.text === null) return false;
  const text = r.text.trim();
  if (text === "" || /^[-–—]+$/.test(text)) return false; // "-" is the usual "nothing here"
  if (/^#[A-Z/0!?]+[!?A-Z0-9]*$/.test(text)) {
    f.add("nilai-galat", "warning", sheet, r.row, r.col, pesan.nilaiGalat(label, text, ref(sheet, r.row, r.col)));
  } else {
    f.add(
      "nilai-tak-terbaca",
      "warning",
      sheet,
      r.row,
      r.col,
      pesan.nilaiTakTerbaca(label, text, ref(sheet, r.row, r.col)),
    );
  }
  return true;
}

export function checkPrinted(
  f: Findings,
  sheet: string,
  role: OutputRole,
  label: string,
  nama: string,
  printed: Reading | undefined,
  computed: Computed,
  alt: number | null,
  dasar: () => string,
  settings: Settings,
): void {
  if (!printed || printed.value === null || computed.value === null) return;
  if (agreesAtPrintedPrecision(printed, computed.value, alt, settings.desimal)) return;
  const d = Math.min(decimalsOf(printed, settings.desimal), 10);
  f.add(
    `${role}-beda`,
    "error",
    sheet,
    printed.row,
    printed.col,
    pesan.angkaBeda(
      label,
      nama,
      ref(sheet, printed.row, printed.col),
      show(printed.value, d),
      show(computed.value, d),
      dasar(),
    ),
  );
}

export function checkPredikat(
  f: Findings,
  sheet: string,
  nama: string,
  printed: { row: number; col: number; text: string } | null,
  computed: string | null,
  capaian: number | null,
  settings: Settings,
): void {
  if (!printed || computed === null || capaian === null) return;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/["'“”‘’]/g, "")
      .replace(/\s+/g, " ")
      .trim();
  if (norm(printed.text) === "" || norm(printed.text) === norm(computed)) return;
  f.add(
    "predikat-beda",
    "error",
    sheet,
    printed.row,
    printed.col,
    pesan.predikatBeda(
      nama,
      ref(sheet, printed.row, printed.col),
      printed.text,
      computed,
      show(capaian, settings.desimal),
    ),
  );
}

export function decimalsOf(r: Reading | null, fallback: number): number {
  return r?.decimals ?? fallback;
}
