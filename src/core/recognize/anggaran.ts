/**
 * Budget rows (RKA / DPA / LRA, summaries by kind of spending): for every data row its code (own column, or in
 * front of the name), name, anggaran and realisasi readings, printed penyerapan and sisa, and its place in the
 * hierarchy (hierarchy.ts).
 */
import type { AnggaranRow, ColumnInfo, Guess, OutputRole, Reading } from "../model";
import { a1 } from "../workbook/address";
import type { Grid } from "./grid";
import type { HeaderBlock } from "./header";
import { placeRows, type RowSignals } from "./hierarchy";
import { parseKode, splitKode, type Kode } from "./kode";
import { readAt } from "./reading";
import { rowSkipper } from "./rows";
import { normalize } from "./text";
import { isTotalLabel } from "./vocabulary";

export interface AnggaranResult {
  rows: AnggaranRow[];
  guesses: Guess[];
}

function colOf(columns: ColumnInfo[], role: string): number | null {
  const c = columns.find((x) => x.role === role && !x.added);
  return c ? c.col : null;
}

export function readAnggaran(
  g: Grid,
  block: HeaderBlock,
  columns: ColumnInfo[],
  range: [number, number],
  tahun: number | null,
): AnggaranResult {
  const sheet = g.name;
  const kodeCols = columns.filter((c) => c.role === "kode" && !c.added).map((c) => c.col);
  const uraianCols = columns.filter((c) => c.role === "uraian" && !c.added).map((c) => c.col);
  const fallbackName = colOf(columns, "program") ?? colOf(columns, "indikator");
  const nameCols = uraianCols.length > 0 ? uraianCols : fallbackName !== null ? [fallbackName] : [];
  const uraianCol = nameCols.length > 0 ? nameCols[0] : null;
  const noCol = colOf(columns, "no");
  const cA = colOf(columns, "anggaran");
  const cR = colOf(columns, "realisasiAnggaran");
  const outputs = (["penyerapan", "sisa"] as OutputRole[]).map((role) => [role, colOf(columns, role)] as const);
  const labelCol = uraianCol ?? kodeCols[0] ?? block.firstCol;

  interface Draft {
    row: number;
    kode: Kode | null;
    kodeText: string | null;
    uraian: string;
    noToken: string;
    colLevel: number | null;
    indent: number;
    bold: boolean;
    isTotal: boolean;
    anggaran: Reading | null;
    realisasi: Reading | null;
    printed: Partial<Record<OutputRole, Reading>>;
  }
  const drafts: Draft[] = [];
  const skip = rowSkipper(g, block);
  for (let r = range[0]; r <= range[1]; r++) {
    if (skip(r)) continue;
    // The code as shown: own cells only (a label merged over the code columns is not a code), numbers with
    // their format ("00" shows 2 as "02").
    let kodeText = "";
    for (const c of kodeCols) {
      const a = g.anchor(r, c);
      if (a.col !== c || (a.row !== r && kodeCols.length > 1)) continue;
      const v = g.raw(a.row, a.col);
      const t = typeof v === "number" ? shownNumber(v, g.format(a.row, a.col)) : g.text(r, c);
      if (t !== "") kodeText = kodeText === "" ? t : `${kodeText} ${t}`;
    }
    // The name, and with "Program | Kegiatan | Sub Kegiatan" columns the level its column gives.
    let uraian = "";
    let colLevel: number | null = null;
    let nameCol = uraianCol ?? labelCol;
    for (let i = 0; i < nameCols.length; i++) {
      const col = nameCols[i];
      if (nameCols.length > 1 && g.anchor(r, col).row !== r) continue; // a program name merged down over its kegiatan
      const t = g.text(r, col);
      if (t === "") continue;
      uraian = t;
      nameCol = col;
      if (nameCols.length > 1) colLevel = i + 1;
      break;
    }
    const rawName = g.value(r, nameCol);
    const indent = typeof rawName === "string" ? indentOf(rawName) : 0;
    let kode: Kode | null = kodeText !== "" ? parseKode(kodeText) : null;
    let kodeShown: string | null = kodeText !== "" ? kodeText : null;
    if (kodeText !== "" && !kode && (uraian === "" || uraian === kodeText || !/\d/.test(kodeText))) {
      // A label written in (or merged over) the code column: "JUMLAH", "TOTAL".
      if (uraian === "") uraian = kodeText;
      kodeShown = null;
    }
    if (!kode) {
      const split = splitKode(uraian);
      if (split.kode) {
        kode = split.kode;
        kodeShown = split.kode.text;
        uraian = split.rest;
      }
    }
    if (uraian === "" && !kode) {
      // No name where names are: the first words in the row ("TOTAL" typed in the No column).
      for (let c = block.firstCol; c <= block.lastCol && uraian === ""; c++) {
        if (c === cA || c === cR || g.anchor(r, c).col !== c) continue;
        const v = g.raw(r, c);
        if (typeof v === "string" && /\p{L}{2}/u.test(v) && readAt(g, r, c)?.value == null) uraian = v.trim();
      }
    }
    const anggaran = cA !== null ? readAt(g, r, cA, true) : null;
    const realisasi = cR !== null ? readAt(g, r, cR, true) : null;
    if (uraian === "" && !kode && !anggaran && !realisasi) continue;
    const noText = noCol !== null && !g.isMergeContinuation(r, noCol) ? g.text(r, noCol) : "";
    const noToken = /^(\d{1,2}|[a-zA-Z]|[IVX]{1,4})[.)]$|^\d{1,2}(\.\d{1,2})+\.?$/.test(noText) ? noText : "";
    const printed: Partial<Record<OutputRole, Reading>> = {};
    for (const [role, c] of outputs) {
      if (c === null) continue;
      const reading = readAt(g, r, c, role === "sisa");
      if (reading) printed[role] = reading;
    }
    const isTotal = !kode && isTotalLabel(normalize(uraian));
    drafts.push({
      row: r,
      kode,
      kodeText: kodeShown,
      uraian,
      noToken,
      colLevel,
      indent,
      bold: g.isBold(r, nameCol),
      isTotal,
      anggaran,
      realisasi,
      printed,
    });
  }

  const signals: RowSignals[] = drafts.map((d) => ({
    row: d.row,
    kode: d.kode,
    uraian: d.noToken !== "" ? `${d.noToken} ${d.uraian}` : d.uraian,
    colLevel: d.colLevel,
    indent: d.indent,
    bold: d.bold,
    isTotal: d.isTotal,
  }));
  const { placements, guesses } = placeRows(signals, sheet, tahun, (row) => a1(row, labelCol));
  const rows: AnggaranRow[] = drafts.map((d) => {
    const p = placements.get(d.row);
    return {
      sheet,
      row: d.row,
      kode: d.kodeText,
      uraian: d.uraian,
      level: p ? p.level : 1,
      levelFrom: p ? p.levelFrom : "urutan",
      isTotal: d.isTotal,
      anggaran: d.anggaran,
      realisasi: d.realisasi,
      parent: p ? p.parent : null,
      children: p ? p.children : [],
      printed: d.printed,
    };
  });
  return { rows, guesses };
}

/** Leading spaces of a name as typed ("    Belanja Pegawai"); a tab counts as four. */
function indentOf(raw: string): number {
  const m = /^[ \t\u00a0]*/.exec(raw);
  return m ? [...m[0]].reduce((n, ch) => n + (ch === "\t" ? 4 : 1), 0) : 0;
}

/** A number as a code cell shows it: format "00" pads 2 to "02", "0.00" shows 1.1 as "1.10". */
function shownNumber(v: number, format: string): string {
  const f = format.replace(/"[^"]*"/g, "").trim();
  const m = /^(0+)(?:\.(0+))?$/.exec(f);
  if (!m || !Number.isFinite(v) || v < 0) return String(v);
  const text = m[2] ? v.toFixed(m[2].length) : String(Math.round(v));
  const [int, frac] = text.split(".");
  return frac !== undefined ? `${int.padStart(m[1].length, "0")}.${frac}` : int.padStart(m[1].length, "0");
}
