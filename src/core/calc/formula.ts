/** Small helpers for writing Excel formulas (English names, "," separators, no leading "="). */

/** A number as a formula literal: 19.53, -5, 1.2E-7. */
export function numLiteral(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  return String(x).toUpperCase().replace("E+", "E");
}

/** Text as a formula string literal, quotes doubled. */
export function textLiteral(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

const SIMPLE_REF = /^(?:(?:'[^']+(?:''[^']*)*'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;
const UNSIGNED_NUMBER = /^\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/**
 * A plain cell reference ("B7", "$B$7"): the common case of SIMPLE_REF, told by its characters without a regular
 * expression (a fill of 100,000 rows asks this of 800,000 operands).
 */
function isPlainCell(s: string): boolean {
  const n = s.length;
  let i = 0;
  if (s.charCodeAt(i) === 36) i++;
  const lettersFrom = i;
  while (i < n && i - lettersFrom < 4) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    i++;
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return false;
  if (s.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    i++;
  }
  return i > digitsFrom;
}

/** A cell reference ("B7", "$B$7", "'Sheet 1'!B7", "C5:C9") or an unsigned number literal. */
export function isAtom(ref: string): boolean {
  const s = ref.trim();
  return isPlainCell(s) || SIMPLE_REF.test(s) || UNSIGNED_NUMBER.test(s);
}

/** A reference to a single cell or a range (not a literal, not an expression). */
export function isReference(ref: string): boolean {
  return SIMPLE_REF.test(ref.trim());
}

/** The reference or expression as an operand: expressions ("E5*100", "-5") are wrapped in parentheses. */
export function operand(ref: string): string {
  const s = ref.trim();
  return isAtom(s) ? s : `(${s})`;
}

/** The literal value of a reference that is a plain number ("19.53", "-5"), else null. */
export function literalValue(ref: string): number | null {
  const s = ref
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .trim();
  if (!/^[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** Cell references inside an expression ("E5*100" -> ["E5"]), outside quoted text; function names are not matched. */
export function referencesIn(expr: string): string[] {
  const unquoted = expr.replace(/"(?:[^"]|"")*"/g, '""');
  const re =
    /(?<![\w$.!'])(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![\w(!])/g;
  return unquoted.match(re) ?? [];
}

/**
 * The tests that an operand is a number: ISNUMBER(ref) for a reference or literal; for an expression, also
 * ISNUMBER of every cell it uses (an empty cell times 100 is 0, which must not count as a number).
 */
export function numberTests(ref: string): string[] {
  const s = ref.trim();
  if (isAtom(s)) return [`ISNUMBER(${s})`];
  const inner = [...new Set(referencesIn(s))].map((r) => `ISNUMBER(${r})`);
  return [...inner, `ISNUMBER(${s})`];
}

/** AND(ISNUMBER(a),ISNUMBER(b),...) or a single ISNUMBER(a). */
export function allNumbers(refs: string[]): string {
  // Joined as it goes (no array of tests per operand): called twice for each of 100,000 budget rows.
  let out = "";
  let n = 0;
  for (const ref of refs) {
    const s = ref.trim();
    if (isAtom(s)) {
      out = n++ === 0 ? `ISNUMBER(${s})` : `${out},ISNUMBER(${s})`;
      continue;
    }
    for (const t of numberTests(s)) out = n++ === 0 ? t : `${out},${t}`;
  }
  return n === 1 ? out : `AND(${out})`;
}
