/**
 * The budget hierarchy: a level for every row and its parent and children (domain.md §4). A row's level comes
 * from its code's depth, else from "Program" / "Kegiatan" / "Sub Kegiatan" at the start of its name or its
 * outline numbering, else from bold rows (bold = parent), else from the rows around it. Real sheets repeat a
 * parent's code on its children or leave parents without a code (the seed's detail table): a child is always
 * placed under the bold or named parent above it. Total rows (JUMLAH, TOTAL) are level 0 and list the
 * top-level rows they sum as children.
 */
import type { AnggaranRow, Guess } from "../model";
import { teksRecognize as T } from "../i18n/recognize";
import { kodeKind, rawLevel, regimeOf, type Kode, type Regime } from "./kode";
import { numberingStyle, Outline } from "./numbering";
import { normalize } from "./text";
import { isGrandTotalLabel, totalSubject } from "./vocabulary";

export interface RowSignals {
  row: number;
  kode: Kode | null;
  /** The name without its code. */
  uraian: string;
  /** With "Program | Kegiatan | Sub Kegiatan" in separate columns: 1 + the index of the column holding the name. */
  colLevel?: number | null;
  /** Leading spaces before the name as typed. */
  indent?: number;
  bold: boolean;
  isTotal: boolean;
}

export interface Placement {
  level: number;
  levelFrom: AnggaranRow["levelFrom"];
  parent: number | null;
  children: number[];
}

/** Level named by the start of the name: Program 1, Kegiatan 2, Sub Kegiatan 3. */
export function nameLevel(uraian: string): number | null {
  const n = normalize(uraian);
  if (/^program\b/.test(n)) return 1;
  if (/^sub ?kegiatan\b/.test(n)) return 3;
  if (/^kegiatan\b/.test(n)) return 2;
  return null;
}

function decideRegime(rows: RowSignals[], tahun: number | null): { regime: Regime; decided: boolean } {
  let pra = 0;
  let pasca = 0;
  for (const r of rows) {
    if (!r.kode) continue;
    const g = regimeOf(r.kode);
    if (g === "pra2021") pra++;
    else if (g === "pasca2021") pasca++;
  }
  if (pra !== pasca) return { regime: pra > pasca ? "pra2021" : "pasca2021", decided: true };
  if (tahun !== null) return { regime: tahun >= 2021 ? "pasca2021" : "pra2021", decided: false };
  return { regime: "pasca2021", decided: false };
}

function stripNumbering(s: string): string {
  return normalize(s.replace(/^\s*(?:[\dIVXivx]{1,4}|[a-zA-Z])[.)]\s*/, "").replace(/^\s*[-–•·]\s*/, ""));
}

export interface HierarchyResult {
  placements: Map<number, Placement>;
  guesses: Guess[];
}

/**
 * Place the rows. `cellOf(row)` gives the A1 address shown in guesses; `tahun` decides the code regime when
 * the codes themselves cannot.
 */
export function placeRows(
  rows: RowSignals[],
  sheet: string,
  tahun: number | null,
  cellOf: (row: number) => string,
): HierarchyResult {
  const guesses: Guess[] = [];
  const placements = new Map<number, Placement>();
  const body = rows.filter((r) => !r.isTotal);
  const withProgramCodes = body.some((r) => r.kode && kodeKind(r.kode) === "program");
  const { regime, decided } = decideRegime(body, tahun);
  const ambiguousCodes = body.filter((r) => r.kode && kodeKind(r.kode) === "program" && regimeOf(r.kode) === null);
  if (!decided && ambiguousCodes.length > 0) {
    const first = ambiguousCodes[0];
    guesses.push({ sheet, cell: cellOf(first.row), about: "kode", value: regime, reason: T.rezimKode(regime, tahun) });
  }

  // Levels the rows state themselves: code, name, numbering.
  const base = new Map<number, { level: number; from: "kode" | "nama" }>();
  for (let i = 0; i < body.length; i++) {
    const r = body[i];
    if (r.kode) base.set(r.row, { level: rawLevel(r.kode, regime, withProgramCodes), from: "kode" });
    else if (r.colLevel) base.set(r.row, { level: r.colLevel, from: "nama" });
    else {
      const nl = nameLevel(r.uraian);
      if (nl !== null) base.set(r.row, { level: nl, from: "nama" });
    }
  }
  // Urusan/bidang rows above programs come out below 1; a sheet of accounts only ("5.1 BELANJA OPERASI")
  // starts at its shallowest code. Either way the top level is 1.
  let min = Infinity;
  for (const b of base.values()) min = Math.min(min, b.level);
  if (min < 1 || (!withProgramCodes && Number.isFinite(min) && min > 1))
    for (const b of base.values()) b.level += 1 - min;
  if (!body.some((r) => r.kode)) {
    const outline = new Outline();
    for (const r of body) {
      if (base.has(r.row)) continue;
      const style = numberingStyle(r.uraian);
      if (style) base.set(r.row, { level: outline.level(style), from: "nama" });
    }
    // Names indented with spaces: each deeper indent is one level down.
    const indents = [...new Set(body.filter((r) => !base.has(r.row)).map((r) => r.indent ?? 0))].sort((a, b) => a - b);
    if (indents.length >= 2) {
      for (const r of body)
        if (!base.has(r.row)) base.set(r.row, { level: indents.indexOf(r.indent ?? 0) + 1, from: "nama" });
    }
  }

  const boldCount = body.filter((r) => r.bold).length;
  const boldMarksParents = boldCount > 0 && boldCount <= body.length - boldCount;

  interface Node {
    row: number;
    level: number;
    container: boolean;
  }
  let stack: Node[] = [];
  let lastBold: Node | null = null;
  let prev: Node | null = null;
  const inferred: Record<"tebal" | "urutan", number[]> = { tebal: [], urutan: [] };

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.isTotal) {
      placements.set(r.row, { level: 0, levelFrom: "total", parent: null, children: [] });
      stack = [];
      lastBold = null;
      prev = null;
      continue;
    }
    const b = base.get(r.row) ?? null;
    const ownName = nameLevel(r.uraian) !== null;
    let level: number;
    let from: AnggaranRow["levelFrom"];
    if (boldMarksParents && r.bold) {
      if (b) {
        level = b.level;
        from = b.from;
      } else {
        level = lastBold ? lastBold.level : 1;
        from = "tebal";
      }
    } else if (boldMarksParents && lastBold && (b === null || (b.from === "kode" && b.level <= lastBold.level))) {
      // A code can repeat its parent's (or sit a row off); a name or an outline number says what it means.
      level = lastBold.level + 1;
      from = "tebal";
    } else if (b) {
      level = b.level;
      from = b.from;
      // A child that repeats (or carries) its parent's code under a named parent without a code.
      // The nearest container up the stack (no reversed copy of the stack per row).
      let container: Node | undefined;
      for (let i = stack.length - 1; i >= 0 && !container; i--) if (stack[i].container) container = stack[i];
      if (b.from === "kode" && !ownName && container && container.level >= level) {
        level = container.level + 1;
        from = "urutan";
      }
    } else if (prev) {
      level = prev.container ? prev.level + 1 : prev.level;
      from = "urutan";
    } else {
      level = 1;
      from = "urutan";
    }
    if (from === "tebal" || from === "urutan") inferred[from].push(r.row);

    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1].row : null;
    if (parent !== null) placements.get(parent)?.children.push(r.row);
    placements.set(r.row, { level, levelFrom: from, parent, children: [] });
    const node: Node = { row: r.row, level, container: ownName && !r.kode };
    stack.push(node);
    if (r.bold) lastBold = node;
    prev = node;
  }

  // Totals: a "Jumlah <name>" closes the group of that name; any other total sums the top-level rows above
  // it, back to the previous total of the whole table.
  let since = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r.isTotal) continue;
    const label = normalize(r.uraian);
    const tops = rows.slice(since, i).filter((x) => !x.isTotal && placements.get(x.row)?.parent === null);
    const subject = totalSubject(label);
    const named =
      !isGrandTotalLabel(label) && subject !== ""
        ? tops.filter((x) => stripNumbering(x.uraian) === stripNumbering(subject))
        : [];
    const p = placements.get(r.row) as Placement;
    if (named.length > 0) p.children = [named[named.length - 1].row];
    else {
      p.children = tops.map((x) => x.row);
      since = i + 1;
    }
  }

  for (const from of ["tebal", "urutan"] as const) {
    const list = inferred[from];
    if (list.length === 0) continue;
    guesses.push({
      sheet,
      cell: cellOf(list[0]),
      about: "level",
      value: from,
      reason: T.tingkatBaris(
        from,
        list.map((x) => x + 1),
      ),
    });
  }
  return { placements, guesses };
}

export { stripNumbering };
