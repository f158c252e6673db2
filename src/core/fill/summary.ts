/**
 * The fill summary: what happened, in Indonesian sentences, the same for the pane and the command line (one
 * source). Cells left alone because they differ head it; then formulas, values (with why), typed values
 * replaced by the same figure, the user's formulas kept, text inputs, and added columns.
 */
import { teksIsi } from "../i18n/fill";
import { formatAngka } from "../numbers";
import { alasan } from "./plan";
import type { CellRef, FillResult } from "./types";

export interface SummaryItem extends CellRef {
  text: string;
}

export interface SummaryLine {
  /** "galat" lines come first and are shown as errors. */
  tone: "galat" | "info";
  text: string;
  /** Cells the line is about (the pane makes them clickable, the CLI lists them). */
  items?: SummaryItem[];
}

const S = teksIsi.ringkasan;
const n = (x: number) => formatAngka(x, 0);

/** The summary lines of a fill. `host` decides only how the next action is named (a button or a flag). */
export function fillSummary(fill: FillResult, host: "pane" | "cli"): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const beda = fill.leftAlone;
  if (beda.length > 0) {
    lines.push({
      tone: "galat",
      text: S.galatJudul(n(beda.length)),
      items: beda.map((l) => ({
        sheet: l.sheet,
        cell: l.cell,
        text:
          l.kind === "beda"
            ? S.galat(`${l.sheet}!${l.cell}`, l.label, l.existing, l.wanted)
            : S.tanpaNilai(`${l.sheet}!${l.cell}`, l.label, l.existing),
      })),
    });
    lines.push({ tone: "galat", text: host === "pane" ? S.timpaPane : S.timpaCli });
  }
  if (fill.overwritten.length > 0) lines.push({ tone: "info", text: S.ditimpa(n(fill.overwritten.length)) });
  if (fill.converted) lines.push({ tone: "info", text: S.teksDiubah(n(fill.textInputs.length)) });
  if (fill.mode === "rumus") {
    if (fill.formulas.length > 0) lines.push({ tone: "info", text: S.rumus(n(fill.formulas.length)) });
    if (fill.values.length > 0)
      lines.push({
        tone: "info",
        text: S.nilaiJudul(n(fill.values.length)),
        items: fill.values.map((v) => ({
          sheet: v.sheet,
          cell: v.cell,
          text: S.nilai(`${v.sheet}!${v.cell}`, v.label, alasan(v)),
        })),
      });
  } else if (fill.values.length > 0) lines.push({ tone: "info", text: S.nilaiDipilih(n(fill.values.length)) });
  if (fill.sameValue.length > 0) lines.push({ tone: "info", text: S.samaNilai(n(fill.sameValue.length)) });
  if (fill.keptFormulas.length > 0) lines.push({ tone: "info", text: S.rumusPengguna(n(fill.keptFormulas.length)) });
  if (fill.unchanged.length > 0) lines.push({ tone: "info", text: S.sudahSama(n(fill.unchanged.length)) });
  if (!fill.converted && fill.textInputs.length > 0 && fill.mode === "rumus") {
    lines.push({ tone: "info", text: S.teksAda(n(fill.textInputs.length)) });
    lines.push({ tone: "info", text: host === "pane" ? S.teksPane(n(fill.textInputs.length)) : S.teksCli });
  }
  const bySheet = new Map<string, string[]>();
  for (const c of fill.addedColumns) {
    const l = bySheet.get(c.sheet) ?? [];
    l.push(`${c.column} (${c.header})`);
    bySheet.set(c.sheet, l);
  }
  if (fill.written.length > 0)
    for (const [sheet, cols] of bySheet) lines.push({ tone: "info", text: S.kolomBaru(sheet, cols.join(", ")) });
  if (lines.length === 0) lines.push({ tone: "info", text: S.tidakAda });
  return lines;
}
