/**
 * Evaluation of a formula tree (./formula.ts) as Excel evaluates it, for formulas saved without their values
 * (./evaluate.ts). Only what can be done exactly: where Excel's result would depend on something not modelled
 * here (text coerced to a number, text ordered by collation, an unknown function), FormulaOutsideSubset is
 * thrown and the cell stays unevaluated, with a peringatan.
 *
 * Excel's rules followed here: an empty cell is 0 in arithmetic, "" in a text comparison and FALSE in a logical
 * one; "" in arithmetic is #VALUE!; errors propagate; IF evaluates only the branch it takes; COUNT counts numbers;
 * SUM, AVERAGE, MIN and MAX skip text, logical values and empty cells inside ranges; AVERAGE of nothing is
 * #DIV/0!, MIN/MAX of nothing 0; AND/OR look at logical values and numbers in ranges (text and empty skipped),
 * and are #VALUE! when there is none; comparisons order numbers before text before logical values.
 */
import { roundHalfAway } from "../numbers";
import { columnIndex } from "./address";
import { FormulaOutsideSubset as NotExact, type FormulaNode } from "./formula";
import { isCellError, type SheetSnapshot } from "./port";

export type Value = number | string | boolean | null | { error: string };

export interface Ref {
  sheet: SheetSnapshot;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Where references are looked up: a cell's value (evaluating an uncached formula), a sheet by name. */
export interface CellSource {
  cell(sheet: SheetSnapshot, row: number, col: number): Value;
  sheet(name: string): SheetSnapshot;
}

type Err = { error: string };
const VALUE: Err = { error: "#VALUE!" };
const DIV0: Err = { error: "#DIV/0!" };

function isRef(v: Value | Ref): v is Ref {
  return typeof v === "object" && v !== null && "sheet" in v;
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

/** The value of a formula tree evaluated on `home`; throws FormulaOutsideSubset. */
export function evaluateFormula(node: FormulaNode, home: SheetSnapshot, src: CellSource): Value {
  const v = new Evaluation(home, src).eval(node);
  return isRef(v) ? single(src, v) : v;
}

function* cells(src: CellSource, ref: Ref): Generator<Value> {
  const s = ref.sheet;
  const top = Math.max(ref.top, s.originRow);
  const bottom = Math.min(ref.bottom, s.originRow + s.values.length - 1);
  const width = s.values[0]?.length ?? 0;
  const left = Math.max(ref.left, s.originCol);
  const right = Math.min(ref.right, s.originCol + width - 1);
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) yield src.cell(s, r, c);
}

function single(src: CellSource, ref: Ref): Value {
  if (ref.top !== ref.bottom || ref.left !== ref.right) throw new NotExact("range");
  return src.cell(ref.sheet, ref.top, ref.left);
}

const PLAIN_INTEGER = /^\s*[-+]?\d{1,15}\s*$/;

/**
 * A value as an operand of arithmetic: numbers, empty as 0, logical values as 1/0. Text: a plain integer
 * ("100") is that number and text without a digit ("", "n/a") is #VALUE! in every locale; any other text
 * ("2.5", "1.250.000", "12 kali", "Rp 5") is read by Excel by its locale (a date, a decimal comma, a currency),
 * so it is not evaluated here.
 */
function toNumber(x: Value): number | Err {
  if (x === null) return 0;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (isCellError(x)) return x;
  if (PLAIN_INTEGER.test(x)) return Number(x);
  if (!/\d/.test(x)) return VALUE;
  throw new NotExact("text");
}

/** A value as a condition: numbers (0 is FALSE), logical values, empty as FALSE; "" #VALUE!. */
function toLogical(x: Value): boolean | Err {
  if (x === null) return false;
  if (typeof x === "boolean") return x;
  if (typeof x === "number") return x !== 0;
  if (isCellError(x)) return x;
  if (x === "") return VALUE;
  throw new NotExact("text");
}

const rank = (x: number | string | boolean) => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);

function compare(op: string, a: Value, b: Value): Value {
  if (isCellError(a)) return a;
  if (isCellError(b)) return b;
  const blank = (other: Value) => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = a === null ? blank(b) : a;
  const y = b === null ? blank(a) : b;
  let d: number;
  if (rank(x) !== rank(y)) d = rank(x) - rank(y);
  else if (typeof x === "string" && typeof y === "string") {
    const [p, q] = [x.toLowerCase(), y.toLowerCase()];
    if (p === q) d = 0;
    else if (op === "=" || op === "<>") d = 1;
    else throw new NotExact("collation"); // Excel orders text by its own collation
  } else d = Number(x) - Number(y);
  switch (op) {
    case "=":
      return d === 0;
    case "<>":
      return d !== 0;
    case "<":
      return d < 0;
    case ">":
      return d > 0;
    case "<=":
      return d <= 0;
    default:
      return d >= 0;
  }
}

function arith(op: string, a: number | Err, b: number | Err): Value {
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
      return b === 0 ? DIV0 : a / b;
  }
}

class Evaluation {
  constructor(
    private readonly home: SheetSnapshot,
    private readonly src: CellSource,
  ) {}

  eval(n: FormulaNode): Value | Ref {
    switch (n.k) {
      case "num":
      case "str":
      case "bool":
        return n.v;
      case "ref":
        return toRef(n.sheet === null ? this.home : this.src.sheet(n.sheet), n.ref);
      case "neg": {
        const x = this.number(n.x);
        return isCellError(x) ? x : -x;
      }
      case "bin":
        if (n.op === "+" || n.op === "-" || n.op === "*" || n.op === "/")
          return arith(n.op, this.number(n.a), this.number(n.b));
        return compare(n.op, this.value(n.a), this.value(n.b));
      case "call":
        return this.call(n.name, n.args);
    }
  }

  private value(n: FormulaNode): Value {
    const v = this.eval(n);
    return isRef(v) ? single(this.src, v) : v;
  }

  private number(n: FormulaNode): number | Err {
    return toNumber(this.value(n));
  }

  /** Each argument's values: a range gives its cells (inRange true), anything else its one value. */
  private *spread(args: FormulaNode[]): Generator<{ v: Value; inRange: boolean }> {
    for (const a of args) {
      const v = this.eval(a);
      if (isRef(v)) for (const c of cells(this.src, v)) yield { v: c, inRange: true };
      else yield { v, inRange: false };
    }
  }

  /** The numbers of SUM / AVERAGE / MIN / MAX's arguments, or the first error. */
  private numbers(args: FormulaNode[]): number[] | Err {
    const out: number[] = [];
    for (const { v, inRange } of this.spread(args)) {
      if (isCellError(v)) return v;
      if (typeof v === "number") out.push(v);
      else if (inRange) continue;
      else if (typeof v === "boolean") out.push(v ? 1 : 0);
      else throw new NotExact("argument"); // text or an empty argument given directly
    }
    return out;
  }

  private call(name: string, args: FormulaNode[]): Value | Ref {
    const arity = (min: number, max: number) => {
      if (args.length < min || args.length > max) throw new NotExact("arguments");
    };
    switch (name) {
      case "IF": {
        arity(2, 3);
        const c = toLogical(this.value(args[0]));
        if (isCellError(c)) return c;
        if (c) return this.eval(args[1]);
        return args.length === 3 ? this.eval(args[2]) : false;
      }
      case "AND":
      case "OR": {
        arity(1, 255);
        let seen = 0;
        let all = true;
        let any = false;
        for (const { v, inRange } of this.spread(args)) {
          if (isCellError(v)) return v;
          if (inRange && (v === null || typeof v === "string")) continue;
          const b = toLogical(v);
          if (isCellError(b)) return b;
          seen++;
          all &&= b;
          any ||= b;
        }
        if (seen === 0) return VALUE;
        return name === "AND" ? all : any;
      }
      case "NOT": {
        arity(1, 1);
        const b = toLogical(this.value(args[0]));
        return isCellError(b) ? b : !b;
      }
      case "ISNUMBER":
        arity(1, 1);
        return typeof this.value(args[0]) === "number";
      case "ISBLANK":
        arity(1, 1);
        return this.value(args[0]) === null;
      case "COUNT": {
        let count = 0;
        for (const { v, inRange } of this.spread(args)) {
          if (typeof v === "number" || (!inRange && typeof v === "boolean")) count++;
          else if (!inRange && typeof v === "string" && v !== "") throw new NotExact("text"); // "12" counts
        }
        return count;
      }
      case "SUM":
      case "AVERAGE":
      case "MIN":
      case "MAX": {
        arity(1, 255);
        const xs = this.numbers(args);
        if (isCellError(xs)) return xs;
        if (name === "SUM") return xs.reduce((s, x) => s + x, 0);
        if (name === "AVERAGE") return xs.length === 0 ? DIV0 : xs.reduce((s, x) => s + x, 0) / xs.length;
        if (xs.length === 0) return 0;
        let m = xs[0];
        for (const x of xs) m = name === "MIN" ? Math.min(m, x) : Math.max(m, x);
        return m;
      }
      case "ROUND": {
        arity(2, 2);
        const x = this.number(args[0]);
        const d = this.number(args[1]);
        if (isCellError(x)) return x;
        if (isCellError(d)) return d;
        return roundHalfAway(x, d);
      }
      case "ABS": {
        arity(1, 1);
        const x = this.number(args[0]);
        return isCellError(x) ? x : Math.abs(x);
      }
    }
    throw new NotExact("function");
  }
}
