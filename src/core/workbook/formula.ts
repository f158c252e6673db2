/**
 * A formula as a tree, for the evaluation of formulas saved without their values (./evaluate.ts).
 *
 * The subset is the one the engine can evaluate exactly, which covers every formula the calculation library
 * writes (src/core/calc): numbers, text in quotes, TRUE/FALSE, cell and range references on the same or another
 * sheet (whole columns too), + - * /, unary minus, the comparisons = <> < > <= >=, parentheses and function
 * calls. Anything else (&, ^, %, names, arrays, "@" ...) is not parsed: `FormulaOutsideSubset` is thrown and the
 * caller leaves the cell unevaluated, with a peringatan naming it.
 * Precedence, lowest first, as Excel's: comparison, then + -, then * /, then unary minus.
 */

/** Thrown for a formula outside the subset (the reason is for tests and debugging, never shown). */
export class FormulaOutsideSubset extends Error {}

export type FormulaNode =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "ref"; sheet: string | null; ref: string }
  | { k: "neg"; x: FormulaNode }
  | { k: "bin"; op: string; a: FormulaNode; b: FormulaNode }
  | { k: "call"; name: string; args: FormulaNode[] };

const TOKEN =
  /\s*(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![A-Za-z0-9_(!])|\s*(\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)|\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(|\s*"((?:[^"]|"")*)"|\s*(TRUE|FALSE)(?![A-Za-z0-9_.(!])|\s*(<>|<=|>=|[-+*/(),=<>])/iy;

type Token =
  | { t: "ref"; sheet: string | null; ref: string }
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "fn"; name: string }
  | { t: "op"; v: string };

function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  while (pos < formula.length) {
    if (/^\s*$/.test(formula.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(formula);
    if (!m) throw new FormulaOutsideSubset("token");
    pos = TOKEN.lastIndex;
    if (m[2] !== undefined) {
      const sheet = m[1] === undefined ? null : m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
      out.push({ t: "ref", sheet, ref: m[2].replace(/\$/g, "").toUpperCase() });
    } else if (m[3] !== undefined) out.push({ t: "num", v: Number(m[3]) });
    else if (m[4] !== undefined) out.push({ t: "fn", name: m[4].toUpperCase().replace(/^_XLFN\./, "") });
    else if (m[5] !== undefined) out.push({ t: "str", v: m[5].replace(/""/g, '"') });
    else if (m[6] !== undefined) out.push({ t: "bool", v: m[6].toUpperCase() === "TRUE" });
    else out.push({ t: "op", v: m[7] });
  }
  return out;
}

const COMPARISONS = ["=", "<>", "<", ">", "<=", ">="];

/** The formula (without its leading "=") as a tree; throws FormulaOutsideSubset. */
export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula);
  let i = 0;
  const peekOp = (ops: string[]): string | null => {
    const t = tokens[i];
    return t && t.t === "op" && ops.includes(t.v) ? t.v : null;
  };
  const expect = (op: string) => {
    if (!peekOp([op])) throw new FormulaOutsideSubset("syntax");
    i++;
  };
  const binary = (ops: string[], next: () => FormulaNode) => (): FormulaNode => {
    let a = next();
    for (let op = peekOp(ops); op; op = peekOp(ops)) {
      i++;
      a = { k: "bin", op, a, b: next() };
    }
    return a;
  };
  const unary = (): FormulaNode => {
    const op = peekOp(["+", "-"]);
    if (!op) return primary();
    i++;
    const x = unary();
    return op === "-" ? { k: "neg", x } : { k: "bin", op: "+", a: { k: "num", v: 0 }, b: x };
  };
  const term = binary(["*", "/"], unary);
  const sum = binary(["+", "-"], term);
  const comparison = binary(COMPARISONS, sum);
  function primary(): FormulaNode {
    const t = tokens[i++];
    if (!t) throw new FormulaOutsideSubset("syntax");
    switch (t.t) {
      case "num":
        return { k: "num", v: t.v };
      case "str":
        return { k: "str", v: t.v };
      case "bool":
        return { k: "bool", v: t.v };
      case "ref":
        return { k: "ref", sheet: t.sheet, ref: t.ref };
      case "fn": {
        const args: FormulaNode[] = [];
        if (peekOp([")"])) {
          i++;
          return { k: "call", name: t.name, args };
        }
        for (;;) {
          args.push(comparison());
          if (peekOp([")"])) {
            i++;
            return { k: "call", name: t.name, args };
          }
          expect(",");
        }
      }
      case "op":
        if (t.v === "(") {
          const v = comparison();
          expect(")");
          return v;
        }
    }
    throw new FormulaOutsideSubset("syntax");
  }
  if (tokens.length === 0) throw new FormulaOutsideSubset("empty");
  const tree = comparison();
  if (i !== tokens.length) throw new FormulaOutsideSubset("trailing");
  return tree;
}
