/**
 * Carries out a write plan on an open package, all or nothing: the plan is checked whole first
 * (./validate.ts), then the ops are gathered per sheet, each touched sheet part is patched once
 * (./sheet-write.ts, ./sheet-struct.ts), styles are extended, sheets are added or removed with their
 * relationships and content types, and the workbook asks for recalculation on open. If anything fails
 * half-way, every part is put back as it was before the plan.
 *
 * Over 400 lines because every op kind of the port is carried out here in one pass over the plan, so the
 * all-or-nothing rollback and the record for Batalkan stay in one place (validation and XML patching live apart).
 */
import { pesanExcelJs as tx } from "../../core/i18n/exceljs";
import { pesanXlsx as t } from "../../core/i18n/xlsx";
import type {
  ApplyResult,
  PageSetup,
  ProgressFn,
  RangeBox,
  StoredState,
  WriteOp,
  WritePlan,
} from "../../core/workbook/port";
import { encodeState, STATE_SHEET } from "../../core/workbook/state";
import { WorkbookPlanError } from "./errors";
import {
  CT_STYLES,
  CT_WORKSHEET,
  REL_CALC_CHAIN,
  REL_STYLES,
  REL_WORKSHEET,
  relsPartOf,
  type SheetEntry,
} from "./package";
import {
  addMerges,
  columnWidthOf,
  removeMerges,
  setColumnWidths,
  setPageSetup,
  setRowHeights,
  styleIndexes,
} from "./sheet-struct";
import { layoutOf, rowIndexOf, type RowIndex } from "./sheet-scan";
import {
  joinPieces,
  patchSheet,
  piecesOf,
  rowsAt,
  SheetWriteRefused,
  type PlannedWrite,
  type SheetPieces,
  type SheetWrites,
} from "./sheet-write";
import { MINIMAL_STYLES } from "./styles";
import { cleanLook, lookOfIndex } from "./looks";
import { sameName, validatePlan, type SimSheet } from "./validate";
import {
  addOverride,
  addRel,
  addSheetEntry,
  EMPTY_RELS,
  fixActiveTab,
  freeRelId,
  removeOverride,
  removeRel,
  removeSheetEntry,
  setFullCalcOnLoad,
  setPrintTitles,
  setSheetState,
} from "./wb-xml";
import { escapeText, findElement } from "./xml";
import { readMergesOf } from "./sheet-read";
import { dropStaleResults } from "./stale";
import { stylesOf, stylesPartOf, type Book } from "./book";
import { maxOf } from "../../core/arrays";

const NEW_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="15"/><sheetData/>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/** What a plan does to one sheet, gathered before the part is patched once. */
interface SheetEdit {
  entry: SheetEntry;
  /** Replaces the part's text (a new sheet, or the state sheet rewritten). */
  base: string | null;
  writes: SheetWrites;
  merges: RangeBox[];
  /** Column -> width; null: back to the sheet's default width. */
  widths: Map<number, number | null>;
  pageSetup: PageSetup | null;
  heights: Map<number, number>;
  unmerges: RangeBox[];
}

function folderOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i);
}

function stateSheetXml(chunks: string[]): string {
  let rows = "";
  chunks.forEach((c, i) => {
    rows += `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeText(c)}</t></is></c></row>`;
  });
  return NEW_SHEET.replace("<sheetData/>", `<sheetData>${rows}</sheetData>`);
}

export async function applyPlan(book: Book, plan: WritePlan, onProgress?: ProgressFn): Promise<ApplyResult> {
  const named = new Set<string>();
  for (const op of Array.isArray(plan?.ops) ? plan.ops : [])
    if (op && "sheet" in op && typeof op.sheet === "string") named.add(op.sheet.toLocaleUpperCase("en-US"));
  const sim: SimSheet[] = book.sheets
    .filter((s) => s.part !== null || true)
    .map((s) => ({
      name: s.name,
      hidden: s.state !== "visible",
      merges: s.part && named.has(s.name.toLocaleUpperCase("en-US")) ? readMergesOf(book.pkg.text(s.part) ?? "") : [],
    }));
  const checked = validatePlan(sim, plan);

  const restore = book.pkg.checkpoint();
  const saved = { wbXml: book.wbXml, sheets: [...book.sheets], styles: book.styles };
  try {
    return carryOut(book, plan, checked.noopMerges, onProgress);
  } catch (e) {
    restore();
    book.wbXml = saved.wbXml;
    book.sheets = saved.sheets;
    book.styles = null;
    if (e instanceof SheetWriteRefused) {
      const msg =
        e.why === "shared" ? t.rumusBersama(e.sheet ?? "", e.cell, e.ref) : t.rumusArray(e.sheet ?? "", e.cell, e.ref);
      throw new WorkbookPlanError(tx.rencanaDitolak(msg));
    }
    throw e;
  }
}

function carryOut(book: Book, plan: WritePlan, noopMerges: Set<number>, onProgress?: ProgressFn): ApplyResult {
  const pkg = book.pkg;
  const edits = new Map<SheetEntry, SheetEdit>();
  const skipped: string[] = [];
  let cellsWritten = 0;
  let formulasChanged = false;
  let removedSheet = false;
  const find = (name: string) => book.sheets.find((s) => sameName(s.name, name))!;
  const editOf = (entry: SheetEntry): SheetEdit => {
    let e = edits.get(entry);
    if (!e) {
      e = {
        entry,
        base: null,
        writes: new Map(),
        merges: [],
        widths: new Map(),
        pageSetup: null,
        heights: new Map(),
        unmerges: [],
      };
      edits.set(entry, e);
    }
    return e;
  };
  let wbRels = pkg.text(relsPartOf(book.wbPart)) ?? EMPTY_RELS;
  let types = pkg.text("[Content_Types].xml")!;

  const addSheet = (name: string, state: SheetEntry["state"]): SheetEntry => {
    const folder = folderOf(book.wbPart);
    let n = 1;
    const partOf = (k: number) => `${folder ? `${folder}/` : ""}worksheets/sheet${k}.xml`;
    while (pkg.has(partOf(n))) n++;
    const part = partOf(n);
    const relId = freeRelId(wbRels);
    const sheetId =
      maxOf(
        book.sheets.map((s) => Number(s.sheetId) || 0),
        0,
      ) + 1;
    wbRels = addRel(wbRels, relId, REL_WORKSHEET, `worksheets/sheet${n}.xml`);
    types = addOverride(types, part, CT_WORKSHEET);
    book.wbXml = addSheetEntry(book.wbXml, name, sheetId, relId, state);
    pkg.setText(part, NEW_SHEET);
    const entry: SheetEntry = { name, sheetId: String(sheetId), relId, state, part };
    book.sheets.push(entry);
    editOf(entry).base = NEW_SHEET;
    return entry;
  };

  // What recorded ops replace (looks, widths), appended to the plan's StoredState.undo for Batalkan.
  const recorded: WriteOp[] = [];
  const pending: { state: { entry: SheetEntry; state: StoredState } | null } = { state: null };
  const currentXml = (entry: SheetEntry): string =>
    editOf(entry).base ?? (entry.part ? (pkg.text(entry.part) ?? "") : "");
  /** Adds a write to a cell, keeping an earlier look under a later content write and vice versa. */
  const put = (e: SheetEdit, row: number, col: number, w: PlannedWrite) => {
    let line = e.writes.get(row);
    if (!line) e.writes.set(row, (line = new Map()));
    line.set(col, merged(line.get(col), w));
  };

  // Each styleLike op reads a few rows of its sheet: the rows are found once per sheet text.
  const rowIndexes = new Map<SheetEntry, RowIndex>();
  const total = plan.ops.length;
  plan.ops.forEach((op, index) => {
    switch (op.kind) {
      case "cells": {
        const e = editOf(find(op.sheet));
        for (let i = 0; i < op.cells.length; i++) {
          const line = op.cells[i];
          let row: Map<number, PlannedWrite> | undefined;
          for (let j = 0; j < line.length; j++) {
            const w = line[j];
            if (w === null || w === undefined) continue;
            if (!row) {
              row = e.writes.get(op.row + i);
              if (!row) e.writes.set(op.row + i, (row = new Map()));
            }
            row.set(op.col + j, merged(row.get(op.col + j), w));
            cellsWritten++;
          }
        }
        break;
      }
      case "addSheet":
        addSheet(op.sheet, "visible");
        break;
      case "deleteSheet": {
        const entry = find(op.sheet);
        const idx = book.sheets.indexOf(entry);
        book.wbXml = removeSheetEntry(book.wbXml, idx);
        wbRels = removeRel(wbRels, entry.relId);
        if (entry.part) {
          types = removeOverride(types, entry.part);
          removePartTree(book, entry.part, (p) => (types = removeOverride(types, p)));
        }
        book.sheets.splice(idx, 1);
        edits.delete(entry);
        removedSheet = true;
        break;
      }
      case "merge":
        if (!noopMerges.has(index)) editOf(find(op.sheet)).merges.push(op.range);
        break;
      case "columnWidth": {
        const entry = find(op.sheet);
        if (op.record)
          recorded.push({
            kind: "columnWidth",
            sheet: entry.name,
            col: op.col,
            width: columnWidthOf(currentXml(entry), op.col),
          });
        // null: the sheet's default width (a width the sheet never set stays unset).
        editOf(entry).widths.set(op.col, op.width);
        break;
      }
      case "rowHeight":
        editOf(find(op.sheet)).heights.set(op.row, op.height);
        break;
      case "unmerge":
        editOf(find(op.sheet)).unmerges.push(op.range);
        break;
      case "styleLike": {
        const entry = find(op.sheet);
        const e = editOf(entry);
        const r = op.range;
        const xml = currentXml(entry);
        let index = rowIndexes.get(entry);
        if (!index || index.xml !== xml) {
          const lay = layoutOf(xml);
          index = lay ? rowIndexOf(xml, lay) : undefined;
          if (index) rowIndexes.set(entry, index);
        }
        const src = styleIndexes(
          xml,
          {
            top: op.from.row,
            left: op.from.col,
            bottom: op.from.row + r.bottom - r.top,
            right: op.from.col + r.right - r.left,
          },
          index,
        );
        if (op.record) {
          const styles0 = stylesOf(book);
          const before = styleIndexes(xml, r, index);
          recorded.push({
            kind: "restoreStyles",
            sheet: entry.name,
            row: r.top,
            col: r.left,
            looks: before.map((line) => line.map((x) => lookOfIndex(styles0, x))),
          });
        }
        for (let i = 0; i <= r.bottom - r.top; i++)
          for (let j = 0; j <= r.right - r.left; j++) put(e, r.top + i, r.left + j, { lookFrom: src[i][j] });
        // A look is not a cell written (as in the Office adapter).
        break;
      }
      case "restoreStyles": {
        const e = editOf(find(op.sheet));
        // A record read back from the workbook is taken as it is only where it is well formed (cleanLook).
        op.looks.forEach((line, i) => {
          if (Array.isArray(line))
            line.forEach((look, j) => {
              if (look && typeof look === "object") put(e, op.row + i, op.col + j, { restore: cleanLook(look) });
            });
        });
        break;
      }
      case "pageSetup": {
        const entry = find(op.sheet);
        editOf(entry).pageSetup = op.setup;
        book.wbXml = setPrintTitles(book.wbXml, book.sheets.indexOf(entry), entry.name, op.setup.printTitleRows);
        break;
      }
      case "chart":
        skipped.push(tx.grafikDilewati(op.chart.title, op.sheet));
        break;
      case "state": {
        let entry = book.sheets.find((s) => sameName(s.name, STATE_SHEET) && s.part);
        if (!entry) entry = addSheet(STATE_SHEET, "veryHidden");
        else if (entry.state !== "veryHidden") {
          book.wbXml = setSheetState(book.wbXml, book.sheets.indexOf(entry), "veryHidden");
          entry.state = "veryHidden";
        }
        pending.state = { entry, state: op.state };
        break;
      }
    }
    onProgress?.(index + 1, total);
  });

  if (pending.state) {
    const { entry, state } = pending.state;
    const undo = recorded.length > 0 ? [...(state.undo ?? []), ...recorded] : state.undo;
    const e = editOf(entry);
    e.base = stateSheetXml(encodeState(recorded.length > 0 ? { ...state, undo } : state));
    e.writes = new Map();
  }

  // Before the patch, on the texts as they are: the cached results the writes make stale are dropped (a written
  // sheet's dependants in its own text, which the patch then writes over only where it writes).
  const unstale = dropStale(book, edits);
  const styles = stylesOf(book);
  for (const e of edits.values()) {
    if (!e.entry.part) continue;
    let patched: SheetPieces;
    try {
      const res = patchSheet(unstale.get(e.entry) ?? e.base ?? pkg.text(e.entry.part)!, e.writes, styles);
      patched = res;
      if (res.formulasChanged) formulasChanged = true;
    } catch (err) {
      if (err instanceof SheetWriteRefused) err.sheet = e.entry.name;
      throw err;
    }
    // Row heights are row attributes, inside <sheetData>: on the whole text (rare: report sheets).
    if (e.heights.size > 0) patched = piecesOf(setRowHeights(joinPieces(patched), e.heights));
    // Merges, widths and the page setup live outside <sheetData>: patched on the part without its rows.
    let shell = patched.head + patched.tail;
    for (const box of e.unmerges) shell = removeMerges(shell, box);
    shell = addMerges(shell, e.merges);
    shell = setColumnWidths(shell, e.widths);
    if (e.pageSetup) shell = setPageSetup(shell, e.pageSetup);
    // No rows: head and tail are the whole part.
    if (patched.rows.length === 0) pkg.setText(e.entry.part, shell);
    else {
      const at = rowsAt(shell);
      pkg.setPieces(e.entry.part, shell.slice(0, at), patched.rows, shell.slice(at));
    }
  }
  if (styles.changed) {
    let part = stylesPartOf(book);
    if (!part) {
      part = `${folderOf(book.wbPart) ? `${folderOf(book.wbPart)}/` : ""}styles.xml`;
      wbRels = addRel(wbRels, freeRelId(wbRels), REL_STYLES, "styles.xml");
      types = addOverride(types, part, CT_STYLES);
      if (!findElement(MINIMAL_STYLES, "styleSheet")) throw new Error("internal: styles");
    }
    pkg.setText(part, styles.toXml());
    book.styles = null;
  }

  // The calculation chain lists formula cells; Excel rebuilds it when it is missing, not when it is wrong.
  if (formulasChanged || removedSheet) {
    const chain = pkg.rels(book.wbPart).find((r) => r.type === REL_CALC_CHAIN);
    if (chain) {
      wbRels = removeRel(wbRels, chain.id);
      if (chain.part) {
        pkg.remove(chain.part);
        types = removeOverride(types, chain.part);
      }
    }
  }
  if (removedSheet)
    book.wbXml = fixActiveTab(
      book.wbXml,
      book.sheets.map((s) => s.state === "visible"),
    );
  book.wbXml = setFullCalcOnLoad(book.wbXml);

  pkg.setText(book.wbPart, book.wbXml);
  if (wbRels !== (pkg.text(relsPartOf(book.wbPart)) ?? EMPTY_RELS)) pkg.setText(relsPartOf(book.wbPart), wbRels);
  if (types !== pkg.text("[Content_Types].xml")) pkg.setText("[Content_Types].xml", types);
  return skipped.length > 0 ? { cellsWritten, skipped } : { cellsWritten };
}

/**
 * Formulas reading a written cell lose their cached result, so hosts compute them on open (./stale.ts). Sheets
 * the plan does not touch are changed here; the new text of a sheet the plan writes (or replaces) is returned,
 * as the base of its patch.
 */
function dropStale(book: Book, edits: Map<SheetEntry, SheetEdit>): Map<SheetEntry, string> {
  const out = new Map<SheetEntry, string>();
  const written = new Map<number, SheetWrites>();
  for (const e of edits.values())
    if (e.base === null && e.writes.size > 0) written.set(book.sheets.indexOf(e.entry), e.writes);
  if (written.size === 0) return out;
  const sheets = book.sheets.map((s) => ({
    name: s.name,
    xml: s.part && !sameName(s.name, STATE_SHEET) ? (edits.get(s)?.base ?? book.pkg.text(s.part)) : null,
  }));
  for (const [i, xml] of dropStaleResults({ sheets, wbXml: book.wbXml, written })) {
    const entry = book.sheets[i];
    if (edits.has(entry)) out.set(entry, xml);
    else book.pkg.setText(entry.part!, xml);
  }
  return out;
}

/** Removes a part, its relationships part, and the parts only it pointed at (its drawing, charts ...). */
function removePartTree(book: Book, part: string, dropType: (part: string) => void): void {
  const pkg = book.pkg;
  const doomed = new Set<string>();
  const walk = (p: string) => {
    if (doomed.has(p.toLowerCase())) return;
    doomed.add(p.toLowerCase());
    for (const r of pkg.rels(p)) if (r.part && pkg.has(r.part)) walk(r.part);
  };
  walk(part);
  // Keep whatever another surviving part still points at.
  const kept = new Set<string>();
  for (const name of pkg.partNames()) {
    if (!name.endsWith(".rels")) continue;
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(name);
    if (!m) continue;
    const source = `${m[1]}${m[2]}`;
    if (doomed.has(source.toLowerCase())) continue;
    for (const r of pkg.rels(source))
      if (r.part && r.part.toLowerCase() !== part.toLowerCase()) kept.add(r.part.toLowerCase());
  }
  for (const p of doomed) {
    if (p !== part.toLowerCase() && kept.has(p)) continue;
    const name = pkg.storedName(p);
    pkg.remove(p);
    pkg.remove(relsPartOf(name));
    if (p !== part.toLowerCase()) dropType(name);
  }
}

/**
 * A cell written twice in one plan: the later write wins; a format-only write keeps the earlier content, and a
 * content write keeps an earlier look (styleLike) unless it brings its own.
 */
function merged(prev: PlannedWrite | undefined, w: PlannedWrite): PlannedWrite {
  if (!prev) return w;
  const own = w.lookFrom !== undefined || w.restore !== undefined;
  if (w.value === undefined && w.formula === undefined) {
    const out = { ...prev, ...w };
    // A later look replaces an earlier one, whichever kind.
    if (w.restore !== undefined) delete out.lookFrom;
    if (w.lookFrom !== undefined) delete out.restore;
    return out;
  }
  if (own) return w;
  const out = { ...w };
  if (prev.lookFrom !== undefined) out.lookFrom = prev.lookFrom;
  if (prev.restore !== undefined) out.restore = prev.restore;
  return out;
}
