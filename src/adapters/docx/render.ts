/**
 * renderDocx: the report as a Word document (docx library): every table with its title, header rows repeated
 * on each page, merged cells, thin borders, Indonesian numbers (92,50), the sentences under it and its charts
 * as PNG pictures; A4 or F4 pages, a landscape section for each run of wide tables.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from "docx";
import { REPORT_TEXT } from "../../core/i18n/report";
import { cellText } from "../../core/report/cells";
import type { Align, Report, ReportCell, ReportChart, ReportTable } from "../../core/report/model";
import type { Settings } from "../../core/settings/settings";
import { chartPng, chartSize } from "./chart-image";
import { pushAll } from "../../core/arrays";

export const DOCX_FONT = "Arial";

/** Page sizes in twips (1/1440 inch): A4 210 x 297 mm, F4 215 x 330 mm. */
export const PAGE_TWIPS: Record<Settings["kertas"], { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  F4: { width: 12189, height: 18709 },
};
const MARGIN = 1134; // 2 cm
const HEADER_FILL = "D9E2F3";
const NUMBER_ROW_FILL = "F2F2F2";
const TOTAL_FILL = "EDEDED";
/** Pixels per twip at 96 dpi (docx sizes pictures in pixels). */
const PX_PER_TWIP = 96 / 1440;

export type ChartRasteriser = (chart: ReportChart, widthPx: number) => Promise<Uint8Array | null>;

export interface RenderOptions {
  /** Draws a chart as PNG; default: chart-image.ts (resvg in Node, canvas in a browser). null: no charts. */
  chartImage?: ChartRasteriser | null;
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

function contentWidth(settings: Settings, landscape: boolean): number {
  const p = PAGE_TWIPS[settings.kertas];
  return (landscape ? p.height : p.width) - 2 * MARGIN;
}

function run(text: string, opts: { bold?: boolean; size?: number; italics?: boolean } = {}): TextRun {
  return new TextRun({ text, bold: opts.bold, italics: opts.italics, font: DOCX_FONT, size: opts.size });
}

function tableFontSize(t: ReportTable): number {
  // half-points: 9 pt for wide tables, 10 pt otherwise
  return t.columns.length > 8 ? 16 : 18;
}

function cellParagraph(
  text: string,
  align: Align,
  opts: { bold?: boolean; size: number; indent?: number; italics?: boolean },
): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { before: 20, after: 20 },
    indent: opts.indent ? { left: opts.indent * 200 } : undefined,
    children: [run(text, { bold: opts.bold, size: opts.size, italics: opts.italics })],
  });
}

function columnWidths(t: ReportTable, total: number): number[] {
  const sum = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((c.width / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function spanWidth(widths: number[], col: number, span: number): number {
  return widths.slice(col, col + span).reduce((a, b) => a + b, 0);
}

function buildTable(t: ReportTable, width: number): Table {
  const widths = columnWidths(t, width);
  const size = tableFontSize(t);
  const rows: TableRow[] = [];
  for (const hr of t.header) {
    const cells: TableCell[] = [];
    hr.forEach((h, c) => {
      if (!h) return;
      cells.push(
        new TableCell({
          children: [cellParagraph(h.text, "center", { bold: true, size })],
          rowSpan: h.rowSpan,
          columnSpan: h.colSpan,
          verticalAlign: VerticalAlignTable.CENTER,
          shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL },
          width: { size: spanWidth(widths, c, h.colSpan ?? 1), type: WidthType.DXA },
        }),
      );
    });
    rows.push(new TableRow({ children: cells, tableHeader: true, cantSplit: true }));
  }
  rows.push(
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: t.columnNumbers.map(
        (n, c) =>
          new TableCell({
            children: [cellParagraph(n, "center", { size: size - 2, italics: true })],
            shading: { type: ShadingType.CLEAR, color: "auto", fill: NUMBER_ROW_FILL },
            width: { size: widths[c], type: WidthType.DXA },
          }),
      ),
    }),
  );
  for (const r of t.rows) {
    const fill = r.kind === "total" || r.kind === "rata-rata" ? TOTAL_FILL : undefined;
    const cells: TableCell[] = [];
    r.cells.forEach((c: ReportCell | null, i) => {
      if (c === null) return;
      const align = c.align ?? (c.kind === "text" || c.kind === "empty" ? t.columns[i].align : "right");
      cells.push(
        new TableCell({
          children: [cellParagraph(cellText(c), align, { bold: c.bold ?? r.bold, size, indent: c.indent })],
          rowSpan: c.rowSpan,
          columnSpan: c.colSpan,
          verticalAlign: VerticalAlignTable.TOP,
          shading: fill ? { type: ShadingType.CLEAR, color: "auto", fill } : undefined,
          width: { size: spanWidth(widths, i, c.colSpan ?? 1), type: WidthType.DXA },
        }),
      );
    });
    rows.push(new TableRow({ children: cells, cantSplit: true }));
  }
  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 80, after: 80, line: 300 },
    // "Rp 1.214.050.000" stays on one line in justified text
    children: [run(text.replace(/Rp /g, "Rp\u00a0"), { size: 22 })],
  });
}

async function defaultChartImage(chart: ReportChart, widthPx: number): Promise<Uint8Array | null> {
  return chartPng(chart, chartSize(chart, Math.round(widthPx)));
}

async function tableBlock(
  t: ReportTable,
  settings: Settings,
  chartImage: ChartRasteriser | null,
  notes: string[],
): Promise<(Paragraph | Table)[]> {
  const width = contentWidth(settings, t.landscape);
  const out: (Paragraph | Table)[] = [];
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240, after: 120 },
      children: [run(t.title, { bold: true, size: 22 })],
    }),
  );
  if (t.caption) out.push(bodyParagraph(t.caption));
  out.push(buildTable(t, width));
  for (const p of t.paragraphs) out.push(bodyParagraph(p));
  if (chartImage) {
    const widthPx = Math.min(640, Math.floor(width * PX_PER_TWIP));
    for (const chart of t.charts) {
      let png: Uint8Array | null = null;
      try {
        png = await chartImage(chart, widthPx);
      } catch {
        png = null;
      }
      if (!png) {
        notes.push(REPORT_TEXT.docx.grafikGagal(chart.title));
        continue;
      }
      const size = chartSize(chart, widthPx);
      out.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 160, after: 160 },
          children: [
            new ImageRun({ type: "png", data: png, transformation: { width: size.width, height: size.height } }),
          ],
        }),
      );
    }
  }
  return out;
}

function section(settings: Settings, landscape: boolean, children: (Paragraph | Table)[]): ISectionOptions {
  const p = PAGE_TWIPS[settings.kertas];
  return {
    properties: {
      page: {
        size: {
          width: p.width,
          height: p.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    children,
  };
}

export async function renderDocx(report: Report, settings: Settings, options: RenderOptions = {}): Promise<Uint8Array> {
  const chartImage = options.chartImage === undefined ? defaultChartImage : options.chartImage;
  const tahun = report.tahun !== null ? String(report.tahun) : "";
  const notes: string[] = [];
  const sections: ISectionOptions[] = [];
  let current: { landscape: boolean; children: (Paragraph | Table)[] } = {
    landscape: report.tables[0]?.landscape ?? false,
    children: [
      new Paragraph({
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [run(REPORT_TEXT.docx.judul(report.instansi, tahun).replace(/\s+$/, ""), { bold: true, size: 28 })],
      }),
    ],
  };
  let bab: string | null = null;
  for (const t of report.tables) {
    if (t.landscape !== current.landscape) {
      sections.push(section(settings, current.landscape, current.children));
      current = { landscape: t.landscape, children: [] };
    }
    if (t.bab !== bab) {
      bab = t.bab;
      current.children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          keepNext: true,
          spacing: { before: 240, after: 120 },
          children: [run(t.bab === "II" ? REPORT_TEXT.docx.babII : REPORT_TEXT.docx.babIII, { bold: true, size: 24 })],
        }),
      );
    }
    pushAll(current.children, await tableBlock(t, settings, chartImage, notes));
  }
  const tail = [...report.omitted, ...notes];
  if (tail.length > 0) {
    current.children.push(
      new Paragraph({
        spacing: { before: 240 },
        children: [run(REPORT_TEXT.docx.tidakDibuat, { bold: true, size: 22 })],
      }),
    );
    for (const o of tail)
      current.children.push(new Paragraph({ bullet: { level: 0 }, children: [run(o, { size: 22 })] }));
  }
  sections.push(section(settings, current.landscape, current.children));

  const doc = new Document({
    creator: "Asisten LKjIP",
    title: REPORT_TEXT.docx.judul(report.instansi, tahun),
    styles: { default: { document: { run: { font: DOCX_FONT, size: 22 } } } },
    sections,
  });
  // toArrayBuffer works in Node and in the browser (the task pane); toBuffer needs Node's Buffer.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
