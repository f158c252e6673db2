/**
 * A1 references inside sheet XML: "AB12" <-> 0-based row and column, and the shifting of a shared
 * formula's relative references from its master cell to another cell of the group.
 */

/** "AB12" -> [row, col] 0-based, or null when it is not a cell reference. */
export function parseRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c === 36 /* $ */) continue;
    else break;
  }
  if (col === 0 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c === 36) continue;
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (row === 0) return null;
  return [row - 1, col - 1];
}

/** The column part of a reference ("AB12" -> 27), 0-based; -1 when there is none. */
export function colOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c === 36) continue;
    else break;
  }
  return col - 1;
}

const letters: string[] = [];
export function colName(col: number): string {
  const known = letters[col];
  if (known) return known;
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (col < 1024) letters[col] = s;
  return s;
}

export const refOf = (row: number, col: number): string => `${colName(col)}${row + 1}`;

/** "A1:C3" -> box, 0-based; a single cell "B2" is a 1x1 box. */
export function parseBox(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b] = ref.split(":");
  const p = parseRef(a);
  const q = b === undefined ? p : parseRef(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p[0], q[0]),
    left: Math.min(p[1], q[1]),
    bottom: Math.max(p[0], q[0]),
    right: Math.max(p[1], q[1]),
  };
}

const REF = /(^|[^A-Za-z0-9_.$'"])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!])/g;

/** A shared formula's text as it reads in a cell `dr` rows and `dc` columns from its master. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = "";
  let i = 0;
  let start = 0;
  const shiftPart = (part: string) =>
    part.replace(REF, (whole, before: string, d1: string, col: string, d2: string, row: string) => {
      let c = 0;
      for (const ch of col.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
      c -= 1;
      let r = Number(row) - 1;
      if (!d1) c += dc;
      if (!d2) r += dr;
      if (c < 0 || r < 0 || c > 16_383 || r > 1_048_575) return `${before}#REF!`;
      return `${before}${d1}${colName(c)}${d2}${r + 1}`;
    });
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      out += shiftPart(formula.slice(start, i));
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      start = i;
    } else if (ch === "'") {
      // a quoted sheet name: keep it, then the reference after "!" is shifted with what follows
      let j = i + 1;
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) j += formula[j] === "'" ? 2 : 1;
      out += shiftPart(formula.slice(start, i)) + formula.slice(i, j + 1);
      i = j + 1;
      start = i;
    } else i++;
  }
  return out + shiftPart(formula.slice(start));
}
