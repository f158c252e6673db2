/**
 * The left-alone rule: how a planned write meets what the cell holds now.
 *
 * - empty: written;
 * - exactly what would be written: nothing to do;
 * - a typed value that shows the computed figure at its printed precision: replaced by the live formula, the
 *   user sees the same ("diganti rumus, nilai tetap");
 * - the user's own formula giving the computed figure: kept;
 * - anything else (another figure, text, a formula giving another figure): left alone and a galat, unless
 *   force. Agreement is decided as the check decides it (../check): what the check flags as "-beda" differs,
 *   what it compared and did not flag agrees, so the fill and the findings never disagree.
 */
import { agreesAtPrintedPrecision } from "../check";
import type { Analysis, Reading } from "../model";
import { formatAngka, readNumber } from "../numbers";
import { a1 } from "../workbook/address";
import { isCellError } from "../workbook/port";
import { teksIsi } from "../i18n/fill";
import { isEmpty, sameContent, type Existing } from "./cells";
import type { Wanted } from "./builder";

export type Verdict = "tulis" | "sama" | "tetap" | "rumusSama" | "beda" | "tanpaNilai";

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** Cells the check compared with the engine's figure (printed outputs), and those it found different. */
export class Judge {
  private readonly differs = new Set<string>();
  private readonly compared = new Set<string>();
  constructor(
    analysis: Analysis,
    private readonly decimals: number,
  ) {
    for (const t of analysis.temuan)
      if (t.severity === "error" && /-beda$/.test(t.code) && t.code !== "subtotal-beda")
        this.differs.add(key(t.sheet, t.cell));
    const mark = (sheet: string, r: Reading | { row: number; col: number; text: string } | null | undefined) => {
      if (!r) return;
      if ("value" in r && r.value === null) return;
      this.compared.add(key(sheet, a1(r.row, r.col)));
    };
    const rec = analysis.recognition;
    for (const r of rec.indikator) {
      for (const p of Object.values(r.printed)) mark(r.sheet, p);
      mark(r.sheet, r.printedPredikat);
    }
    for (const g of rec.sasaran) {
      for (const p of Object.values(g.printed)) mark(g.sheet, p);
      mark(g.sheet, g.printedPredikat);
    }
    for (const r of rec.anggaran) for (const p of Object.values(r.printed)) mark(r.sheet, p);
  }

  verdict(w: Wanted, ex: Existing): Verdict {
    if (isEmpty(ex)) return "tulis";
    if (sameContent(ex, w.write)) return "tetap";
    if (w.kind !== "hitung") return "beda";
    const agree = this.agrees(w, ex);
    if (agree === null) return "tanpaNilai";
    if (!agree) return "beda";
    return ex.formula !== null ? "rumusSama" : "sama";
  }

  /** True when the cell shows the computed figure, false when another, null when the engine has none. */
  private agrees(w: Wanted, ex: Existing): boolean | null {
    const k = key(w.sheet, a1(w.row, w.col));
    if (w.figure === null) return null;
    if (this.differs.has(k)) return false;
    if (typeof w.figure === "string") {
      if (typeof ex.value !== "string") return false;
      const norm = (s: string) =>
        s
          .toLowerCase()
          .replace(/["'“”‘’]/g, "")
          .replace(/\s+/g, " ")
          .trim();
      return norm(ex.value) === norm(w.figure);
    }
    const r = readNumber(ex.value, ex.numberFormat);
    if (r.value === null) return false;
    if (this.compared.has(k)) return true;
    return agreesAtPrintedPrecision(
      { row: w.row, col: w.col, raw: ex.value, isFormula: ex.formula !== null, ...r },
      w.figure,
      null,
      this.decimals,
    );
  }

  /** What the cell shows and the computed figure, both in Indonesian numbers at the cell's printed precision. */
  shown(w: Wanted, ex: Existing): { existing: string; wanted: string } {
    const r = readNumber(ex.value, ex.numberFormat);
    const d = Math.min(r.decimals ?? w.decimals, 10);
    let existing: string;
    if (isCellError(ex.value)) existing = ex.value.error;
    else if (r.value !== null) existing = formatAngka(r.value, d);
    else if (typeof ex.value === "string") existing = ex.value.trim() === "" ? teksIsi.teksKosong : `“${ex.value}”`;
    else if (ex.value === null) existing = teksIsi.tanpaAngka;
    else existing = String(ex.value);
    let wanted: string;
    if (typeof w.figure === "number") wanted = formatAngka(w.figure, d);
    else if (typeof w.figure === "string") wanted = `“${w.figure}”`;
    else if (w.write.value !== undefined && w.write.value !== null) wanted = `“${String(w.write.value)}”`;
    else wanted = "";
    return { existing, wanted };
  }
}
