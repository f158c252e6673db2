/**
 * Indicator rows (IKU, Perjanjian Kinerja, pengukuran, efisiensi, comparison tables): for every indicator its
 * sasaran (carried down from a merged cell or from a value written once), number, name, satuan, polaritas,
 * target (also a range "80 - 90"), realisasi (and per year), end target, budget, programs and the figures the
 * sheet already prints; "RATA-RATA CAPAIAN" rows become their sasaran's mean row.
 *
 * The walk down the rows is here; reading one indicator row is in indikator-row.ts. Each row is one of:
 * a mean row, a sasaran heading, a continuation (another program of the indicator above), a total row, or an
 * indicator. A row with its own target or realisasi is an indicator whatever its name begins with.
 */
import type { ColumnInfo, Guess, IndikatorRow, OutputRole, Reading, SasaranGroup } from "../model";
import type { Overrides } from "../settings/settings";
import { a1 } from "../workbook/address";
import { teksRecognize as T } from "../i18n/recognize";
import type { Grid } from "./grid";
import type { HeaderBlock } from "./header";
import {
  figureColumns,
  hasOwnInputs,
  indikatorColumns,
  printedAt,
  readAt,
  readIndikatorRow,
  splitNomor,
  type IndikatorColumns,
} from "./indikator-row";
import type { RowsAre } from "./evidence";
import { rowSkipper } from "./rows";
import { normalize } from "./text";
import { isGrandTotalLabel, isMeanLabel, sasaranHeading } from "./vocabulary";

export { parseRange, splitNomor } from "./indikator-row";

export interface IndikatorResult {
  rows: IndikatorRow[];
  groups: SasaranGroup[];
  guesses: Guess[];
}

/** Texts of the row's cells, to find labels such as "RATA-RATA CAPAIAN" wherever they sit. */
function rowTexts(g: Grid, r: number, block: HeaderBlock): string[] {
  const texts: string[] = [];
  for (let col = block.firstCol; col <= block.lastCol; col++) {
    const v = g.value(r, col);
    if (typeof v === "string" && v.trim() !== "") texts.push(v.trim());
  }
  return texts;
}

/** The walk's state: the sasaran and tujuan in force, the current group, the last indicator. */
class Walk {
  readonly rows: IndikatorRow[] = [];
  readonly groups: SasaranGroup[] = [];
  readonly guesses: Guess[] = [];
  sasaran: string | null = null;
  tujuan: string | null = null;
  group: SasaranGroup | null = null;
  /** Sasaran whose indicators came since the last mean row. */
  sinceMean = new Set<string>();
  last: IndikatorRow | null = null;

  constructor(
    readonly g: Grid,
    readonly block: HeaderBlock,
    readonly c: IndikatorColumns,
  ) {}

  groupFor(nama: string | null): SasaranGroup {
    const key = nama ?? "";
    if (this.group && this.group.nama === key) return this.group;
    this.group = { sheet: this.g.name, nama: key, rows: [], meanRow: null, printed: {}, printedPredikat: null };
    this.groups.push(this.group);
    return this.group;
  }

  /** A RATA-RATA row: its figures are the current sasaran's (or nobody's, after several sasaran). */
  meanRow(r: number): void {
    const g0 = this.group;
    if (this.sinceMean.size > 1 || !g0) {
      this.guesses.push({
        sheet: this.g.name,
        cell: a1(r, this.block.firstCol),
        about: "meanRow",
        value: "keseluruhan",
        reason: T.rataRataKeseluruhan(),
      });
    } else if (g0.meanRow === null) {
      g0.meanRow = r;
      const p = printedAt(this.g, this.c, r, "semua");
      g0.printed = { ...g0.printed, ...p.printed };
      if (p.predikat) g0.printedPredikat = p.predikat;
    }
    this.sinceMean = new Set();
  }

  /** Sasaran and tujuan: a merged cell, or a value written once and blank below. */
  carryContext(r: number): void {
    const { g, c } = this;
    if (c.tujuan !== null) {
      const t = g.text(r, c.tujuan);
      if (t !== "") this.tujuan = t;
    }
    if (c.sasaran !== null) {
      const s = g.text(r, c.sasaran);
      if (s !== "") this.sasaran = splitNomor(s).nama;
    }
  }

  /** A row that only continues the indicator above (programs of a Perjanjian Kinerja listed one per row). */
  continuation(r: number, continues: boolean): void {
    const { g, c, last } = this;
    if (!last || c.program === null) return;
    const nama = g.text(r, c.program);
    if (nama !== "" && !(continues && g.isMergeContinuation(r, c.program))) {
      last.program.push({ nama, anggaran: c.anggaran !== null ? readAt(g, r, c.anggaran, true) : null });
    }
  }

  add(row: IndikatorRow): void {
    this.rows.push(row);
    this.last = row;
    const grp = this.groupFor(this.sasaran);
    grp.rows.push(row.row);
    this.sinceMean.add(grp.nama);
    // A figure merged over the sasaran's rows (its mean, printed once) belongs to the group.
    const shared = printedAt(this.g, this.c, row.row, "gabungan");
    for (const [role, reading] of Object.entries(shared.printed) as [OutputRole, Reading][]) {
      if (grp.meanRow === null && !grp.printed[role]) grp.printed[role] = reading;
    }
    if (shared.predikat && grp.meanRow === null && !grp.printedPredikat) grp.printedPredikat = shared.predikat;
  }
}

export function readIndikator(
  g: Grid,
  block: HeaderBlock,
  columns: ColumnInfo[],
  range: [number, number],
  tahun: number | null,
  overrides: Overrides,
  rowsAre: RowsAre | null = null,
): IndikatorResult {
  const c = indikatorColumns(columns, tahun);
  // Rows that are years or units of one indicator: each is named after the table's title and its label.
  const named = (label: string) =>
    rowsAre && rowsAre.col === c.indikator && rowsAre.judul ? `${rowsAre.judul} (${label})` : label;
  const figureCols = figureColumns(c);
  const measured = c.target !== null || c.realisasi !== null;
  const rowHasFigures = (r: number) => figureCols.some((col) => g.text(r, col) !== "");
  const w = new Walk(g, block, c);

  const skip = rowSkipper(g, block);
  for (let r = range[0]; r <= range[1]; r++) {
    if (skip(r)) continue;
    const texts = rowTexts(g, r, block);
    const own = hasOwnInputs(g, r, c);
    if (!own && texts.some((t) => isMeanLabel(normalize(t)))) {
      w.meanRow(r);
      continue;
    }
    w.carryContext(r);
    const indText = c.indikator !== null ? g.text(r, c.indikator) : "";
    if (indText === "") {
      const heading = texts.length > 0 ? sasaranHeading(texts[0]) : null;
      if (heading) {
        w.sasaran = heading;
        continue;
      }
    }
    const continues = c.indikator !== null && g.isMergeContinuation(r, c.indikator) && g.anchor(r, c.indikator).row < r;
    if (continues || indText === "") {
      w.continuation(r, continues);
      continue;
    }
    // A JUMLAH / TOTAL row (money totals under an efisiensi table) is not an indicator.
    if (!own && isGrandTotalLabel(normalize(indText))) continue;
    // Sasaran and indicators in one column: a row naming something without any figure is a sasaran heading.
    if (c.sasaran === null && measured && !rowHasFigures(r)) {
      w.sasaran = splitNomor(indText).nama;
      continue;
    }
    w.add(
      readIndikatorRow(
        g,
        c,
        r,
        block.firstCol,
        named(indText),
        { sasaran: w.sasaran, tujuan: w.tujuan },
        overrides,
        w.guesses,
      ),
    );
  }
  return { rows: w.rows, groups: w.groups, guesses: w.guesses };
}
