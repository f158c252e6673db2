/**
 * A pass over the snapshot before recognition: types read as the user meant them (issue 13 item 1).
 *
 * - A formula without a cached value (a file written by a tool that writes formulas but does not calculate
 *   them) is evaluated here when it is one the engine can evaluate exactly: numbers, cell and range
 *   references on the same or another sheet, + - * /, unary minus, parentheses, SUM and ROUND. Otherwise its
 *   value stays empty and the cell is noted, so that a peringatan names it (never a silent "kosong").
 * - A number shown with a date or time format is a date, not an amount: its value becomes the date as text
 *   ("15/02/2023"), so no figure is computed from its serial number, and the cell is noted.
 *
 * Both adapters give a date as its serial number with the cell's number format (ExcelJS's Date is turned
 * back into the serial, Office.js gives the serial), so the rule is the same for every host.
 * A host that computed every formula itself (Office.js: `snapshot.calculated`) has no uncached formulas: a
 * formula showing nothing there shows an empty text, and is left alone.
 */
import { isDateFormat, roundHalfAway } from "../numbers";
import { columnIndex } from "./address";
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
class NotExact extends Error {}

type Value = number | string | boolean | null | { error: string };

interface Ref {
  sheet: SheetSnapshot;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_DEPTH = 200;

function isRef(v: Value | Ref): v is Ref {
  return typeof v === "object" && v !== null && "sheet" in v;
}

class Evaluator {
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
      const v = new Parser(formula, sheet, this).formula();
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

const TOKEN =
  /\s*(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![A-Za-z0-9_(!])|\s*(\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)|\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(|\s*([-+*/(),])/y;

type Token =
  | { t: "ref"; sheet: string | null; ref: string }
  | { t: "num"; v: number }
  | { t: "fn"; name: string }
  | { t: "op"; v: string };

function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < formula.length) {
    if (/^\s*$/.test(formula.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(formula);
    if (!m) throw new NotExact("token");
    pos = TOKEN.lastIndex;
    if (m[2] !== undefined) {
      const sheet = m[1] === undefined ? null : m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
      out.push({ t: "ref", sheet, ref: m[2].replace(/\$/g, "").toUpperCase() });
    } else if (m[3] !== undefined) out.push({ t: "num", v: Number(m[3]) });
    else if (m[4] !== undefined) out.push({ t: "fn", name: m[4].toUpperCase().replace(/^_XLFN\./, "") });
    else out.push({ t: "op", v: m[5] });
  }
  return out;
}

function toRef(sheet: SheetSnapshot, ref: string): Ref {
  const [a, b] = ref.split(":");
  const cell = (s: string, end: boolean) => {
    const m = /^([A-Z]+)(\d*)$/.exec(s);
    if (!m) throw new NotExact("ref");
    const col = columnIndex(m[1]);
    if (m[2] === "") return { row: end ? sheet.originRow + sheet.values.length - 1 : 0, col };
    return { row: Number(m[2]) - 1, col };
  };
  const s = cell(a, false);
  const e = b === undefined ? s : cell(b, true);
  return {
    sheet,
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

/** Recursive-descent evaluation of the supported subset; anything else throws NotExact. */
class Parser {
  private readonly tokens: Token[];
  private i = 0;

  constructor(
    formula: string,
    private readonly home: SheetSnapshot,
    private readonly ev: Evaluator,
  ) {
    this.tokens = tokenize(formula);
  }

  formula(): Value {
    if (this.tokens.length === 0) throw new NotExact("empty");
    const v = this.expr();
    if (this.i !== this.tokens.length) throw new NotExact("trailing");
    return isRef(v) ? this.single(v) : v;
  }

  private peekOp(...ops: string[]): string | null {
    const t = this.tokens[this.i];
    return t && t.t === "op" && ops.includes(t.v) ? t.v : null;
  }

  private expect(op: string): void {
    if (!this.peekOp(op)) throw new NotExact("syntax");
    this.i++;
  }

  private expr(): Value | Ref {
    let left = this.term();
    for (let op = this.peekOp("+", "-"); op; op = this.peekOp("+", "-")) {
      this.i++;
      const right = this.term();
      left = arith(op, this.num(left), this.num(right));
    }
    return left;
  }

  private term(): Value | Ref {
    let left = this.unary();
    for (let op = this.peekOp("*", "/"); op; op = this.peekOp("*", "/")) {
      this.i++;
      const right = this.unary();
      left = arith(op, this.num(left), this.num(right));
    }
    return left;
  }

  private unary(): Value | Ref {
    const op = this.peekOp("+", "-");
    if (op) {
      this.i++;
      const v = this.num(this.unary());
      return typeof v === "number" && op === "-" ? -v : v;
    }
    return this.primary();
  }

  private primary(): Value | Ref {
    const t = this.tokens[this.i++];
    if (!t) throw new NotExact("syntax");
    if (t.t === "num") return t.v;
    if (t.t === "ref") return toRef(t.sheet === null ? this.home : this.ev.sheet(t.sheet), t.ref);
    if (t.t === "op" && t.v === "(") {
      const v = this.expr();
      this.expect(")");
      return v;
    }
    if (t.t === "fn") return this.call(t.name);
    throw new NotExact("syntax");
  }

  private args(): (Value | Ref)[] {
    const out: (Value | Ref)[] = [];
    if (this.peekOp(")")) {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.expr());
      if (this.peekOp(")")) {
        this.i++;
        return out;
      }
      this.expect(",");
    }
  }

  private call(name: string): Value {
    const args = this.args();
    if (name === "SUM") {
      let sum = 0;
      for (const a of args) {
        if (isRef(a)) {
          for (const v of this.cells(a)) {
            if (isCellError(v)) return v;
            if (typeof v === "number") sum += v;
          }
        } else {
          const v = this.num(a);
          if (isCellError(v)) return v;
          sum += v as number;
        }
      }
      return sum;
    }
    if (name === "ROUND") {
      if (args.length !== 2) throw new NotExact("args");
      const x = this.num(args[0]);
      const d = this.num(args[1]);
      if (isCellError(x)) return x;
      if (isCellError(d)) return d;
      return roundHalfAway(x as number, d as number);
    }
    throw new NotExact("function");
  }

  private *cells(ref: Ref): Generator<Value> {
    const s = ref.sheet;
    const top = Math.max(ref.top, s.originRow);
    const bottom = Math.min(ref.bottom, s.originRow + s.values.length - 1);
    const width = s.values[0]?.length ?? 0;
    const left = Math.max(ref.left, s.originCol);
    const right = Math.min(ref.right, s.originCol + width - 1);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) yield this.ev.cell(s, r, c);
  }

  private single(ref: Ref): Value {
    if (ref.top !== ref.bottom || ref.left !== ref.right) throw new NotExact("range");
    return this.ev.cell(ref.sheet, ref.top, ref.left);
  }

  /** A value as an operand of arithmetic: numbers, empty as 0, booleans as 1/0; text is not exact here. */
  private num(v: Value | Ref): number | { error: string } {
    const x = isRef(v) ? this.single(v) : v;
    if (x === null) return 0;
    if (typeof x === "number") return x;
    if (typeof x === "boolean") return x ? 1 : 0;
    if (isCellError(x)) return x;
    throw new NotExact("text");
  }
}

function arith(op: string, a: number | { error: string }, b: number | { error: string }): Value {
  if (isCellError(a)) return a;
  if (isCellError(b)) return b;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    default:
      return b === 0 ? { error: "#DIV/0!" } : a / b;
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
