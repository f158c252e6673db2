/**
 * Cell looks through Office.js: "styleLike" (copy a cell's look onto a range), "restoreStyles", "unmerge",
 * and the records that let Batalkan put back looks and column widths (ops with `record`).
 *
 * `prepareLooks` runs before anything is written, in one sync for a small plan (more of at most READ_CELLS
 * cells each, a styleLike cut by rows, for a big one): it reads the source looks of styleLike ops
 * and, for recorded ops, the looks and widths they will replace, and puts the restore ops at the end of
 * the plan's StoredState.undo. Looks travel as the port's host-neutral CellLook (.xlsx names), so a fill made
 * by the command line can be taken back in Excel and the other way round.
 */
import type { BorderEdge, CellLook, RangeBox, WriteOp, WritePlan } from "../../core/workbook/port";
import { boxA1, columnLetter } from "../../core/workbook/address";
import { columnWidthPoints } from "./encode";
import type { ApiSupport } from "./support";
import { CALL_OVERHEAD, type Unit } from "./payload";

const EDGES = ["top", "bottom", "left", "right"] as const;
/**
 * Cells whose looks are read per sync: the load asks for the same fields of every cell, about 450 bytes of
 * response a cell, so about 3,6 MB (the web refuses 5 MB).
 */
const READ_CELLS = 8000;

/** .xlsx border style <-> Office style and weight. */
const TO_OFFICE: Record<string, [string, string]> = {
  thin: ["Continuous", "Thin"],
  medium: ["Continuous", "Medium"],
  thick: ["Continuous", "Thick"],
  hair: ["Continuous", "Hairline"],
  double: ["Double", "Thick"],
  dotted: ["Dot", "Thin"],
  dashed: ["Dash", "Thin"],
  mediumDashed: ["Dash", "Medium"],
  dashDot: ["DashDot", "Thin"],
  mediumDashDot: ["DashDot", "Medium"],
  dashDotDot: ["DashDotDot", "Thin"],
  mediumDashDotDot: ["DashDotDot", "Medium"],
  slantDashDot: ["SlantDashDot", "Medium"],
};

function fromOfficeBorder(style: string, weight: string): string | null {
  if (!style || style === "None") return null;
  if (style === "Continuous")
    return weight === "Medium" ? "medium" : weight === "Thick" ? "thick" : weight === "Hairline" ? "hair" : "thin";
  const medium = weight === "Medium" || weight === "Thick";
  switch (style) {
    case "Double":
      return "double";
    case "Dot":
      return "dotted";
    case "Dash":
      return medium ? "mediumDashed" : "dashed";
    case "DashDot":
      return medium ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return medium ? "mediumDashDotDot" : "dashDotDot";
    case "SlantDashDot":
      return "slantDashDot";
    default:
      return "thin";
  }
}

const H_TO_OFFICE: Record<string, string> = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const V_TO_OFFICE: Record<string, string> = {
  top: "Top",
  center: "Center",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};
const invert = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
const H_FROM_OFFICE = invert(H_TO_OFFICE);
const V_FROM_OFFICE: Record<string, string> = { ...invert(V_TO_OFFICE), Center: "center" };

/** What getCellProperties loads for a look. */
export const LOOK_LOAD = {
  format: {
    font: { name: true, size: true, bold: true, italic: true, color: true },
    fill: { color: true },
    borders: { style: true, weight: true, color: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
  },
};

const hex = (c: unknown) => (typeof c === "string" ? c.replace(/^#/, "").toUpperCase() : undefined);

/** A look from Office cell properties; the host's defaults (black, no fill, General/Bottom) are left out. */
export function lookFromProps(p: Excel.CellProperties | undefined): CellLook {
  const look: CellLook = {};
  const f = p?.format;
  if (!f) return look;
  if (f.font) {
    const font: NonNullable<CellLook["font"]> = {};
    // Excel's default font (Calibri 11) is left out, as a .xlsx cell without a font of its own.
    if (f.font.name !== undefined && f.font.name !== "Calibri") font.name = f.font.name;
    if (f.font.size !== undefined && f.font.size !== 11) font.size = f.font.size;
    if (f.font.bold) font.bold = true;
    if (f.font.italic) font.italic = true;
    const color = hex(f.font.color);
    if (color && color !== "000000") font.color = color;
    if (Object.keys(font).length > 0) look.font = font;
  }
  const fill = hex(f.fill?.color);
  // Office reports "no fill" as white.
  if (fill && fill !== "FFFFFF" && /^[0-9A-F]{6}$/.test(fill)) look.fill = fill;
  if (f.borders) {
    const borders: NonNullable<CellLook["borders"]> = {};
    for (const e of EDGES) {
      const b = (f.borders as Record<string, Excel.CellBorder | undefined>)[e];
      const style = b ? fromOfficeBorder(String(b.style ?? "None"), String(b.weight ?? "Thin")) : null;
      if (!style) continue;
      const edge: BorderEdge = { style };
      const color = hex(b?.color);
      if (color && color !== "000000") edge.color = color;
      borders[e] = edge;
    }
    if (Object.keys(borders).length > 0) look.borders = borders;
  }
  const h = H_FROM_OFFICE[String(f.horizontalAlignment ?? "General")];
  if (h && h !== "general") look.hAlign = h;
  const v = V_FROM_OFFICE[String(f.verticalAlignment ?? "Bottom")];
  if (v && v !== "bottom") look.vAlign = v;
  if (f.wrapText) look.wrap = true;
  return look;
}

/** Settable properties that give a cell exactly `look` (every part set, defaults where the look has none). */
export function propsOfLook(look: CellLook): Excel.SettableCellProperties {
  const f = look.font ?? {};
  const borders: Record<string, Excel.CellBorder> = {};
  for (const e of EDGES) {
    const b = look.borders?.[e];
    const [style, weight] = b ? (TO_OFFICE[b.style] ?? ["Continuous", "Thin"]) : ["None", "Thin"];
    borders[e] = b
      ? ({ style, weight, color: `#${b.color ?? "000000"}` } as Excel.CellBorder)
      : ({ style } as Excel.CellBorder);
  }
  const format: Excel.CellPropertiesFormat = {
    font: {
      name: f.name ?? "Calibri",
      size: f.size ?? 11,
      bold: !!f.bold,
      italic: !!f.italic,
      color: `#${f.color ?? "000000"}`,
    },
    borders: borders as Excel.CellBorderCollection,
    horizontalAlignment: (H_TO_OFFICE[look.hAlign ?? "general"] ?? "General") as Excel.HorizontalAlignment,
    verticalAlignment: (V_TO_OFFICE[look.vAlign ?? "bottom"] ?? "Bottom") as Excel.VerticalAlignment,
    wrapText: !!look.wrap,
  };
  if (look.fill) format.fill = { color: `#${look.fill}` };
  return { format };
}

/** Excel's column width in points back to characters of the default font (inverse of columnWidthPoints). */
export function columnWidthChars(points: number): number {
  const pixels = points / 0.75;
  return pixels <= 5 ? 0 : Math.round(((pixels - 5) / 7) * 100) / 100;
}

/** Queues the writes that give every cell of `box` the look at the same place in `looks` (null: leave it). */
export function queueLooks(range: Excel.Range, looks: (CellLook | null)[][]): void {
  const props = looks.map((line) => line.map((l) => (l ? propsOfLook(l) : {})));
  // A look without a fill has no fill: clear the fills first (setCellProperties sets the others).
  if (looks.every((line) => line.every((l) => l !== null))) range.format.fill.clear();
  else
    looks.forEach((line, i) =>
      line.forEach((l, j) => {
        if (l && !l.fill) range.getCell(i, j).format.fill.clear();
      }),
    );
  range.setCellProperties(props);
}

/**
 * The looks of `box` as a write unit (./payload.ts): its estimate is the JSON of the properties it sends plus
 * its calls, and it splits by rows, so a styleLike of thousands of rows shares a batch with other writes and
 * fills what is left of one instead of being guessed at 600 bytes a cell and sent whole.
 */
export function looksUnit(sheet: string, box: RangeBox, looks: (CellLook | null)[][], weight = 1): Unit {
  const rowBytes = looks.map((line) => {
    const partial = line.some((l) => l === null);
    const clears = partial ? line.filter((l) => l !== null && !l.fill).length : 0;
    return JSON.stringify(line.map((l) => (l ? propsOfLook(l) : {}))).length + 1 + 2 * CALL_OVERHEAD * clears;
  });
  return rowsUnit(sheet, box, looks, rowBytes, weight);
}

function rowsUnit(
  sheet: string,
  box: RangeBox,
  looks: (CellLook | null)[][],
  rowBytes: number[],
  weight: number,
): Unit {
  const fixed = 3 * CALL_OVERHEAD; // the range, setCellProperties, the fill cleared at once
  const part = (h: number): [Unit, Unit] => [
    rowsUnit(sheet, { ...box, bottom: box.top + h - 1 }, looks.slice(0, h), rowBytes.slice(0, h), weight),
    rowsUnit(sheet, { ...box, top: box.top + h }, looks.slice(h), rowBytes.slice(h), 0),
  ];
  return {
    weight,
    bytes: fixed + rowBytes.reduce((n, b) => n + b, 0),
    queue: (ctx) => queueLooks(ctx.workbook.worksheets.getItem(sheet).getRange(boxA1(box)), looks),
    split: () => (looks.length > 1 ? part(Math.floor(looks.length / 2)) : null),
    splitAt(room) {
      let h = 0;
      let used = fixed;
      while (h < looks.length && used + rowBytes[h] <= room) used += rowBytes[h++];
      return h >= 1 && h < looks.length ? part(h) : null;
    },
  };
}

export interface PreparedLooks {
  plan: WritePlan;
  /** For each styleLike op (by index in the returned plan): the looks of its source block. */
  sources: Map<number, CellLook[][]>;
}

/**
 * Reads what styleLike and recorded ops need, in one sync, and returns the plan with the restore ops of the
 * recorded ones at the end of its state op's undo list. Without cell properties (API 1.9) only widths are read.
 */
export async function prepareLooks(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  support: ApiSupport,
): Promise<PreparedLooks> {
  const sources = new Map<number, CellLook[][]>();
  const wanted = plan.ops.some((op) => op.kind === "styleLike" || (op.kind === "columnWidth" && op.record));
  if (!wanted) return { plan, sources };
  const stateIndex = plan.ops.findIndex((op) => op.kind === "state" && Array.isArray(op.state?.undo));
  const sheet = (name: string) => ctx.workbook.worksheets.getItem(name);
  const reads: (() => WriteOp | null)[] = [];
  // Cell properties answer with a few hundred bytes a cell: at most READ_CELLS cells a sync, so that no
  // response comes near the web's 5 MB limit.
  let pending = 0;
  for (let index = 0; index < plan.ops.length; index++) {
    const op = plan.ops[index];
    // Without cell properties (API 1.9) looks are skipped (write.ts says so); widths are still recorded.
    if (op.kind === "styleLike" && support.cellProperties) {
      // in slices of rows, each sync at most READ_CELLS cells (a styleLike may cover 5,000 rows)
      const r = op.range;
      const height = r.bottom - r.top + 1;
      const width = r.right - r.left + 1;
      const perRow = op.record ? 2 * width : width;
      const srcParts: OfficeExtension.ClientResult<Excel.CellProperties[][]>[] = [];
      const beforeParts: OfficeExtension.ClientResult<Excel.CellProperties[][]>[] = [];
      const record = op.record && stateIndex >= 0;
      for (let s = 0; s < height;) {
        if (pending + perRow > READ_CELLS && pending > 0) {
          await ctx.sync();
          pending = 0;
        }
        const n = Math.min(Math.max(1, Math.floor((READ_CELLS - pending) / perRow)), height - s);
        pending += n * perRow;
        const from = { top: op.from.row + s, left: op.from.col, bottom: op.from.row + s + n - 1 };
        srcParts.push(
          sheet(op.sheet)
            .getRange(boxA1({ ...from, right: op.from.col + width - 1 }))
            .getCellProperties(LOOK_LOAD),
        );
        if (record) {
          const at = { top: r.top + s, left: r.left, bottom: r.top + s + n - 1, right: r.right };
          beforeParts.push(sheet(op.sheet).getRange(boxA1(at)).getCellProperties(LOOK_LOAD));
        }
        s += n;
      }
      const looksOf = (parts: OfficeExtension.ClientResult<Excel.CellProperties[][]>[]): CellLook[][] => {
        const out: CellLook[][] = [];
        for (const part of parts) for (const line of part.value) out.push(line.map((p) => lookFromProps(p)));
        return out;
      };
      reads.push(() => {
        sources.set(index, looksOf(srcParts));
        if (!record) return null;
        return { kind: "restoreStyles", sheet: op.sheet, row: r.top, col: r.left, looks: looksOf(beforeParts) };
      });
    } else if (op.kind === "columnWidth" && op.record && stateIndex >= 0) {
      const letter = columnLetter(op.col);
      const fmt = sheet(op.sheet).getRange(`${letter}:${letter}`).format.load("columnWidth");
      reads.push(() => ({
        kind: "columnWidth",
        sheet: op.sheet,
        col: op.col,
        // Excel's standard width is recorded as "the default", as a .xlsx column without a width.
        width: fmt.columnWidth === columnWidthPoints(8.43) ? null : columnWidthChars(fmt.columnWidth),
      }));
    }
  }
  await ctx.sync();
  const records = reads.map((r) => r()).filter((op): op is WriteOp => op !== null);
  if (records.length === 0 || stateIndex < 0) return { plan, sources };
  const ops = plan.ops.slice();
  const st = ops[stateIndex] as Extract<WriteOp, { kind: "state" }>;
  ops[stateIndex] = { kind: "state", state: { ...st.state, undo: [...(st.state.undo ?? []), ...records] } };
  return { plan: { ...plan, ops }, sources };
}

/** A width for Office: null (the default) is the standard 8.43 characters. */
export function widthPoints(width: number | null): number {
  return columnWidthPoints(width ?? 8.43);
}

export type { RangeBox };
