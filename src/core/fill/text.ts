/**
 * Input cells that hold numbers stored as text ("1.250.000,00", "19,34%"), and the conversions that turn them
 * into real numbers (../convert/text-number) so that formulas can use them.
 */
import { convertTextReading, percentStyleOf, type PercentStyle, type TextConversion } from "../convert/text-number";
import { pesan } from "../i18n/engine";
import type { Reading, Recognition } from "../model";
import { formatAngka } from "../numbers";
import { a1 } from "../workbook/address";
import { cellKey } from "./builder";
import type { TextInput } from "./types";

interface Found {
  sheet: string;
  reading: Reading;
  label: string;
}

/** Every input reading the engine uses, with its sheet and label. */
function inputs(recognition: Recognition): Found[] {
  const out: Found[] = [];
  const add = (sheet: string, r: Reading | null | undefined, label: string) => {
    if (r) out.push({ sheet, reading: r, label });
  };
  const L = pesan.label;
  for (const r of recognition.indikator) {
    add(r.sheet, r.target, L.target);
    add(r.sheet, r.realisasi, L.realisasi);
    add(r.sheet, r.targetAkhir, L.targetAkhir);
    add(r.sheet, r.alokasi, L.alokasi);
    add(r.sheet, r.realisasiAnggaran, L.realisasiAnggaran);
    add(r.sheet, r.bobot, L.bobot);
  }
  for (const r of recognition.anggaran) {
    add(r.sheet, r.anggaran, L.anggaran);
    add(r.sheet, r.realisasi, L.realisasiAnggaran);
  }
  return out;
}

/** How a converted number shows, in Indonesian numbers, for the user. */
function shown(c: TextConversion, r: Reading): string {
  const d = r.decimals ?? 0;
  const n = formatAngka(r.value ?? c.value, d);
  if (r.unit === "%") return `${n}%`;
  if (r.unit === "Rp" || r.unit === "IDR") return `${r.unit} ${n}`;
  return r.unit ? `${n} ${r.unit}` : n;
}

export interface TextInputs {
  list: TextInput[];
  /** By cellKey. */
  conversions: Map<string, TextConversion>;
}

/** The input cells stored as text that the engine read as numbers, each with its conversion. */
export function findTextInputs(recognition: Recognition): TextInputs {
  const all = inputs(recognition);
  // Readings per sheet and column, to follow the column for percentages (maps by sheet then column: no key
  // string made per reading).
  const byColumn = new Map<string, Map<number, Reading[]>>();
  for (let i = 0; i < all.length; i++) {
    const f = all[i];
    let cols = byColumn.get(f.sheet);
    if (!cols) byColumn.set(f.sheet, (cols = new Map()));
    let l = cols.get(f.reading.col);
    if (!l) cols.set(f.reading.col, (l = []));
    l.push(f.reading);
  }
  // How each column holds percentages, counted once per column (not once per text cell of it).
  const styles = new Map<string, Map<number, PercentStyle>>();
  const styleOf = (sheet: string, col: number): PercentStyle => {
    let bySheet = styles.get(sheet);
    if (!bySheet) styles.set(sheet, (bySheet = new Map()));
    let s = bySheet.get(col);
    if (s === undefined) bySheet.set(col, (s = percentStyleOf(byColumn.get(sheet)?.get(col) ?? [])));
    return s;
  };
  const list: TextInput[] = [];
  const conversions = new Map<string, TextConversion>();
  for (let i = 0; i < all.length; i++) {
    const f = all[i];
    const r = f.reading;
    if (!r.fromText || r.value === null || r.isFormula) continue;
    const key = cellKey(f.sheet, r.row, r.col);
    if (conversions.has(key)) continue;
    const c = convertTextReading(r, styleOf(f.sheet, r.col));
    if (!c) continue;
    conversions.set(key, c);
    list.push({
      sheet: f.sheet,
      cell: a1(r.row, r.col),
      label: f.label,
      text: String(r.raw),
      value: c.value,
      numberFormat: c.numberFormat,
      shown: shown(c, r),
    });
  }
  return { list, conversions };
}
