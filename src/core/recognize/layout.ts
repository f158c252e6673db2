/**
 * One sheet, end to end: header (found or given by the user), column roles (with the user's corrections),
 * kind, data rows, output columns, and the rows read as budget lines or indicators.
 */
import type {
  AnggaranRow,
  ColumnInfo,
  ColumnRole,
  Guess,
  IndikatorRow,
  SasaranGroup,
  SheetKind,
  SheetLayout,
} from "../model";
import { INPUT_ROLES, OUTPUT_ROLES } from "../model";
import type { Overrides } from "../settings/settings";
import { a1, columnIndex, columnLetter } from "../workbook/address";
import type { SheetSnapshot } from "../workbook/port";
import { teksRecognize as T } from "../i18n/recognize";
import { readAnggaran } from "./anggaran";
import { Grid } from "./grid";
import { blockFromRows, findHeader, type HeaderBlock } from "./header";
import { readIndikator } from "./indikator";
import { agreement } from "./agreement";
import { budgetOnly, holdsNumbers, missingRoles } from "./sheet-warnings";
import {
  holdsMeasures,
  profileColumn,
  realisasiByContent,
  rowsAreYearsOrUnits,
  sampleRows,
  unitsNameBudgetLines,
  uraianNamesIndikator,
  type RowsAre,
} from "./evidence";
import { decideKind } from "./kind";
import { completeOutputs } from "./outputs";
import { assignRoles, overrideColumns, rolesFromContent } from "./roles";
import { ordinalYears } from "./subheaders";
import { dataRange } from "./rows";
import { readTitles, tahunInHeaders, tahunInName, type TitleInfo } from "./titles";

export interface SheetPrep {
  grid: Grid;
  block: HeaderBlock | null;
  titles: TitleInfo;
  /** A year named in the header ("s/d TAHUN 2020"). */
  headerTahun: number | null;
  /** A year in the sheet's name ("LRA 2020"). */
  nameTahun: number | null;
  notes: Guess[];
}

export interface SheetResult {
  layout: SheetLayout;
  indikator: IndikatorRow[];
  sasaran: SasaranGroup[];
  anggaran: AnggaranRow[];
}

export function isColumnRole(s: string): s is ColumnRole {
  return (
    (INPUT_ROLES as readonly string[]).includes(s) ||
    (OUTPUT_ROLES as readonly string[]).includes(s) ||
    /^realisasi:\d{4}$/.test(s)
  );
}

function parseLetter(s: string): number | null {
  try {
    return columnIndex(s);
  } catch {
    return null;
  }
}

/** First pass: header and title rows (the workbook's year is decided from all sheets before roles). */
export function prepareSheet(sheet: SheetSnapshot, overrides: Overrides): SheetPrep {
  const g = new Grid(sheet);
  const notes: Guess[] = [];
  let block: HeaderBlock | null = null;
  const given = overrides.headerRows?.[sheet.name];
  if (given) {
    const [a, b] = given;
    if (a <= b && a - 1 >= g.top && b - 1 <= g.bottom) block = blockFromRows(g, [a - 1, b - 1]);
    if (!block)
      notes.push({
        sheet: sheet.name,
        cell: "A1",
        about: "headerRows",
        value: `${a}-${b}`,
        reason: T.barisJudulTakSah(a, b),
      });
  }
  if (!block) block = findHeader(g);
  const titles = readTitles(g, block ? block.rows[0] : Math.min(g.bottom + 1, g.top + 15));
  if (block) block = ordinalYears(block, titles.text);
  return {
    grid: g,
    block,
    titles,
    headerTahun: block ? tahunInHeaders(block.paths.values()) : null,
    nameTahun: tahunInName(sheet.name),
    notes,
  };
}

/** Column roles from the headers, then from the content, then the user's corrections. */
function readRoles(
  prep: SheetPrep,
  tahun: number | null,
  mode: "indikator" | "anggaran" | null,
  overrides: Overrides,
): { columns: ColumnInfo[]; rowsAre: RowsAre | null; guesses: Guess[] } {
  const g = prep.grid;
  const block = prep.block as HeaderBlock;
  const name = g.name;
  const guesses: Guess[] = [];
  const sample = sampleRows(g, block);
  const roles = assignRoles(block, name, tahun, mode, new Set(g.sheet.hiddenCols), (col) =>
    holdsMeasures(profileColumn(g, col, sample)),
  );
  for (const item of roles.guesses) guesses.push(item);
  const content = rolesFromContent(g, block, roles.columns, name);
  for (const item of content.guesses) guesses.push(item);
  const labelled = rowsAreYearsOrUnits(g, block, content.columns, prep.titles.text);
  for (const item of labelled.guesses) guesses.push(item);
  const byContent = realisasiByContent(g, block, labelled.columns);
  for (const item of byContent.guesses) guesses.push(item);
  const named = mode !== null ? byContent : uraianNamesIndikator(g, block, byContent.columns);
  for (const item of named.guesses) guesses.push(item);
  const units = mode === "indikator" ? named : unitsNameBudgetLines(g, block, named.columns);
  for (const item of units.guesses) guesses.push(item);
  const over = overrideColumns(units.columns, overrides.columns?.[name], block, name, parseLetter, isColumnRole);
  for (const item of over.notes) guesses.push(item);
  return { columns: over.columns, rowsAre: labelled.rowsAre, guesses };
}

/** Years of realisasi columns the header names (the latest is the report year when nothing else says). */
export function realisasiYears(prep: SheetPrep): number[] {
  if (!prep.block) return [];
  return assignRoles(prep.block, prep.grid.name, null)
    .columns.filter((c) => /^realisasi:\d+$/.test(c.role))
    .map((c) => Number(c.role.slice(10)));
}

export function recognizeSheet(
  prep: SheetPrep,
  tahun: number | null,
  overrides: Overrides,
  generated: boolean,
): SheetResult {
  const g = prep.grid;
  const name = g.name;
  const guesses: Guess[] = [...prep.notes];
  const block = prep.block;
  const kindOverride = overrides.sheetKinds?.[name];
  const empty = (kind: SheetKind, columns: ColumnInfo[] = [], keepHeader = false): SheetResult => ({
    layout: {
      sheet: name,
      kind,
      headerRows: keepHeader && block ? block.rows : null,
      numberRow: keepHeader && block ? block.numberRow : null,
      dataRows: null,
      columns,
      lastCol: keepHeader && block ? block.lastCol : g.right,
      guesses,
    },
    indikator: [],
    sasaran: [],
    anggaran: [],
  });

  const unread = (): SheetResult => {
    if (!generated && holdsNumbers(g))
      guesses.push({
        sheet: name,
        cell: block ? a1(block.rows[0], block.firstCol) : a1(g.top, g.left),
        about: "tanpaTabel",
        value: "lain",
        reason: T.tanpaTabel(name),
        peringatan: true,
        confidence: "rendah",
      });
    return empty("lain");
  };
  if (!block) {
    if (kindOverride === "abaikan") return empty("abaikan");
    if (kindOverride) return empty(kindOverride);
    return unread();
  }
  const mode = kindOverride === "indikator" || kindOverride === "anggaran" ? kindOverride : null;
  const read = readRoles(prep, tahun, mode, overrides);
  let columns = read.columns;
  let rowsAre = read.rowsAre;
  const roleGuesses = read.guesses;

  let kind: SheetKind;
  if (kindOverride) kind = kindOverride;
  else if (generated) kind = "lain";
  else {
    let decision = decideKind(columns);
    // Indicators merged beside programs and kegiatan with only their money (a realisasi keuangan table): the
    // rows to measure are the budget lines; the columns are read again as a budget sheet's.
    if (decision.kind === "indikator" && budgetOnly(columns)) {
      const again = readRoles(prep, tahun, "anggaran", overrides);
      columns = again.columns;
      rowsAre = again.rowsAre;
      roleGuesses.length = 0;
      for (const item of again.guesses) roleGuesses.push(item);
      decision = { kind: "anggaran", bukti: T.buktiKeuangan };
    }
    kind = decision.kind;
    if (kind !== "lain")
      roleGuesses.push({
        sheet: name,
        cell: a1(block.rows[0], block.firstCol),
        about: "kind",
        value: kind,
        reason: T.jenisLembar(kind, decision.bukti),
      });
  }
  for (const item of roleGuesses) guesses.push(item);
  if (kind === "abaikan") return empty("abaikan", columns, true);
  if (kind === "lain") return generated ? empty("lain") : unread();
  for (const item of missingRoles(name, kind, columns, tahun, a1(block.rows[0], block.firstCol), prep.titles.text))
    guesses.push(item);

  const found = dataRange(g, block, columns);
  const range = found.rows;
  if (found.nextTable !== null) {
    guesses.push({
      sheet: name,
      cell: a1(found.nextTable, block.firstCol),
      about: "nextTable",
      value: String(found.nextTable + 1),
      reason: T.tabelLain(found.nextTable + 1),
    });
  }
  if (!range)
    guesses.push({
      sheet: name,
      cell: a1(block.rows[0], block.firstCol),
      about: "tanpaBaris",
      value: "0",
      reason: T.tanpaBaris(name),
      peringatan: true,
      confidence: "rendah",
    });
  if (range) {
    const hidden = g.sheet.hiddenRows
      .filter((r) => r >= range[0] && r <= range[1] && !g.rowBlank(r, block.firstCol, block.lastCol))
      .sort((x, y) => x - y);
    if (hidden.length > 0)
      guesses.push({
        sheet: name,
        cell: a1(hidden[0], block.firstCol),
        about: "hiddenRows",
        value: String(hidden.length),
        reason: T.barisTersembunyi(hidden.map((r) => r + 1)),
      });
  }
  const hasRealisasi = columns.some(
    (c) => c.role === "realisasi" || (tahun !== null && c.role === `realisasi:${tahun}`),
  );
  const completed = completeOutputs(g, kind, columns, block, range, hasRealisasi);
  columns = completed.columns;

  let indikator: IndikatorRow[] = [];
  let sasaran: SasaranGroup[] = [];
  let anggaran: AnggaranRow[] = [];
  if (range && kind === "indikator") {
    const res = readIndikator(g, block, columns, range, tahun, overrides, rowsAre);
    indikator = res.rows;
    sasaran = res.groups;
    for (const item of res.guesses) guesses.push(item);
  } else if (range && kind === "anggaran") {
    const res = readAnggaran(g, block, columns, range, tahun);
    anggaran = res.rows;
    for (const item of res.guesses) guesses.push(item);
  }
  for (const item of agreement(name, block.rows[0], columns, indikator, anggaran)) guesses.push(item);
  return {
    layout: {
      sheet: name,
      kind,
      headerRows: block.rows,
      numberRow: block.numberRow,
      dataRows: range,
      columns,
      lastCol: completed.lastCol,
      guesses,
    },
    indikator,
    sasaran,
    anggaran,
  };
}

export { columnLetter };
