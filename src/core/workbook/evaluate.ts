/**
 * A pass over the snapshot before recognition: types read as the user meant them (issue 13 item 1).
 *
 * - A formula without a cached value (a file written by a tool that writes formulas but does not calculate
 *   them, or this tool's own output before a host recalculates it) is evaluated here when it is one the engine
 *   can evaluate exactly (./formula.ts, ./formula-eval.ts: references, arithmetic, comparisons, IF, AND, OR,
 *   ISNUMBER, COUNT, SUM, AVERAGE, MIN, MAX, ROUND ...; every formula the calculation library writes).
 *   Otherwise its value stays empty and the cell is noted, so that a peringatan names it (never a silent
 *   "kosong").
 * - A number shown with a date or time format is a date, not an amount: its value becomes the date as text
 *   ("15/02/2023"), so no figure is computed from its serial number, and the cell is noted.
 *
 * Both adapters give a date as its serial number with the cell's number format (ExcelJS's Date is turned
 * back into the serial, Office.js gives the serial), so the rule is the same for every host.
 * A host that computed every formula itself (Office.js: `snapshot.calculated`) has no uncached formulas: a
 * formula showing nothing there shows an empty text, and is left alone.
 */
import { isDateFormat } from "../numbers";
import { FormulaOutsideSubset, parseFormula } from "./formula";
import { evaluateFormula, type CellSource, type Value } from "./formula-eval";
import { isCellError, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "./port";

export type CellNoteKind = "tanggal" | "rumusDihitung" | "rumusTanpaNilai";

/** A cell the pass changed or could not read; 0-based absolute coordinates. */
export interface CellNote {
  kind: CellNoteKind;
  sheet: string;
  row: number;
  col: number;
  /** "tanggal": the date as shown; "rumusDihitung": the value; "rumusTanpaNilai": the formula. */
  detail: string;
}

export interface Evaluated {
  /** The snapshot with evaluated formulas and dates as text; sheets untouched are the same objects. */
  snapshot: WorkbookSnapshot;
  notes: CellNote[];
}

/** Why a formula cannot be evaluated exactly here. */
const NotExact = FormulaOutsideSubset;

const MAX_DEPTH = 200;

class Evaluator implements CellSource {
  private readonly byName = new Map<string, SheetSnapshot>();
  /** Evaluated values of uncached formulas, by "sheetIndex|row|col"; NaN-marked while in progress. */
  private readonly done = new Map<string, Value>();
  private readonly busy = new Set<string>();
  private depth = 0;

  constructor(private readonly snapshot: WorkbookSnapshot) {
    for (const s of snapshot.sheets) this.byName.set(s.name.toLowerCase(), s);
  }

  /** The value of an uncached formula cell, or throws NotExact. */
  valueOf(sheet: SheetSnapshot, row: number, col: number): Value {
    const key = `${sheet.name}|${row}|${col}`;
    const known = this.done.get(key);
    if (known !== undefined) return known;
    if (this.busy.has(key) || this.depth > MAX_DEPTH) throw new NotExact("cycle");
    const formula = sheet.formulas[row - sheet.originRow]?.[col - sheet.originCol];
    if (formula === null || formula === undefined) return null;
    this.busy.add(key);
    this.depth++;
    try {
      const v = evaluateFormula(parseFormula(formula), sheet, this);
      this.done.set(key, v);
      return v;
    } finally {
      this.busy.delete(key);
      this.depth--;
    }
  }

  /** What a referenced cell holds: its cached value, or its formula evaluated when it has none. */
  cell(sheet: SheetSnapshot, row: number, col: number): Value {
    const r = row - sheet.originRow;
    const c = col - sheet.originCol;
    if (r < 0 || c < 0 || r >= sheet.values.length) return null;
    const v = sheet.values[r][c];
    if (v === undefined) return null;
    if (v === null && !this.snapshot.calculated && sheet.formulas[r][c] !== null) return this.valueOf(sheet, row, col);
    return v;
  }

  sheet(name: string): SheetSnapshot {
    const s = this.byName.get(name.toLowerCase());
    if (!s) throw new NotExact("sheet");
    return s;
  }
}

/** An Excel serial (1900 date system) as the date Indonesians write: "15/02/2023", with "10:30" for a time. */
export function serialToText(serial: number): string {
  const days = Math.floor(serial);
  const minutes = Math.round((serial - days) * 1440);
  const pad = (n: number) => String(n).padStart(2, "0");
  const time = minutes > 0 ? `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}` : "";
  if (days === 0) return time || "00:00";
  // Serial 60 is Excel's 29/02/1900, a day that never was; serials after it are one day ahead.
  const ms = Date.UTC(1899, 11, 31) + (days > 60 ? days - 1 : days) * 86_400_000;
  const d = new Date(ms);
  const date = days === 60 ? "29/02/1900" : `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return time ? `${date} ${time}` : date;
}

/** Evaluates uncached formulas and turns dates into text; see the file's header. */
export function evaluateSnapshot(snapshot: WorkbookSnapshot): Evaluated {
  const notes: CellNote[] = [];
  const ev = new Evaluator(snapshot);
  const evaluated = new Map<SheetSnapshot, Map<number, Map<number, Value>>>();
  const formats = new Map<string, boolean>();
  const dateFormat = (code: string) => {
    let d = formats.get(code);
    if (d === undefined) formats.set(code, (d = isDateFormat(code)));
    return d;
  };

  // Formulas first, from the original values (a date referenced by a formula is still its serial).
  if (!snapshot.calculated) {
    for (const s of snapshot.sheets) {
      const rows = new Map<number, Map<number, Value>>();
      for (let r = 0; r < s.values.length; r++) {
        const vRow = s.values[r];
        const fRow = s.formulas[r];
        for (let c = 0; c < vRow.length; c++) {
          if (vRow[c] !== null || fRow[c] === null) continue;
          const row = s.originRow + r;
          const col = s.originCol + c;
          try {
            const v = ev.valueOf(s, row, col);
            let m = rows.get(r);
            if (!m) rows.set(r, (m = new Map()));
            m.set(c, v);
            notes.push({ kind: "rumusDihitung", sheet: s.name, row, col, detail: String(fmtValue(v)) });
          } catch (e) {
            if (!(e instanceof NotExact)) throw e;
            notes.push({ kind: "rumusTanpaNilai", sheet: s.name, row, col, detail: `=${fRow[c]}` });
          }
        }
      }
      if (rows.size > 0) evaluated.set(s, rows);
    }
  }

  const sheets = snapshot.sheets.map((s) => {
    const changes = evaluated.get(s);
    let values: CellValue[][] | null = null;
    const setValue = (r: number, c: number, v: CellValue) => {
      if (!values) values = s.values.slice();
      if (values[r] === s.values[r]) values[r] = s.values[r].slice();
      values[r][c] = v;
    };
    if (changes) for (const [r, m] of changes) for (const [c, v] of m) setValue(r, c, v);
    for (let r = 0; r < s.values.length; r++) {
      const fmts = s.numberFormats[r];
      const vRow = (values as CellValue[][] | null)?.[r] ?? s.values[r];
      for (let c = 0; c < vRow.length; c++) {
        const v = vRow[c];
        if (typeof v !== "number" || !dateFormat(fmts[c])) continue;
        const text = serialToText(v);
        setValue(r, c, text);
        notes.push({ kind: "tanggal", sheet: s.name, row: s.originRow + r, col: s.originCol + c, detail: text });
      }
    }
    return values ? { ...s, values } : s;
  });
  return { snapshot: { ...snapshot, sheets }, notes };
}

function fmtValue(v: Value): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  return String(v);
}
