/**
 * renderDocx: the report as a Word document (docx library), in Word's own structure so the office's template
 * and Word's tools take it over:
 * - headings in the built-in Heading 1-4 styles, numbered like the seed LKjIP ("BAB III AKUNTABILITAS KINERJA",
 *   "I. Akuntabilitas Kinerja", "A. Target Kinerja …", "1. <sasaran>"), in the document's default colour;
 * - each table and chart captioned in the Caption style with a SEQ field ("Tabel 3.{SEQ Tabel}", "Grafik 3.{SEQ
 *   Grafik}", restarted per chapter), so Insert Table of Figures lists them;
 * - the document language id-ID (spell-check, hyphenation); A4 or F4 pages; a portrait section for tables that
 *   fit portrait and a landscape one only for wide tables, each table's sentences and charts in its section;
 * - charts as native, editable Word charts (./native-chart.ts), or PNG pictures when a rasteriser is given.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  SimpleField,
  type Table,
  TextRun,
  type ISectionOptions,
  type ParagraphChild,
} from "docx";
import { REPORT_TEXT } from "../../core/i18n/report";
import type { Report, ReportChart, ReportTable, SectionId } from "../../core/report/model";
import type { Settings } from "../../core/settings/settings";
import { chartSize } from "./chart-image";
import { nativeChart } from "./native-chart";
import { buildTable, DOCX_FONT, run } from "./table";

export { DOCX_FONT } from "./table";

/** Page sizes in twips (1/1440 inch): A4 210 x 297 mm, F4 215 x 330 mm. */
export const PAGE_TWIPS: Record<Settings["kertas"], { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  F4: { width: 12189, height: 18709 },
};
const MARGIN = 1134; // 2 cm
/** Pixels per twip at 96 dpi (docx sizes pictures and charts in pixels). */
const PX_PER_TWIP = 96 / 1440;
export const DOCUMENT_LANGUAGE = "id-ID";

export type ChartRasteriser = (chart: ReportChart, widthPx: number) => Promise<Uint8Array | null>;

export interface RenderOptions {
  /**
   * Charts: undefined (default) native Word charts; a function draws each as PNG instead (chart-image.ts); null
   * leaves them out.
   */
  chartImage?: ChartRasteriser | null;
}

function contentWidth(settings: Settings, landscape: boolean): number {
  const p = PAGE_TWIPS[settings.kertas];
  return (landscape ? p.height : p.width) - 2 * MARGIN;
}

function bodyParagraph(text: string, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext,
    spacing: { before: 80, after: 80, line: 300 },
    // "Rp 1.214.050.000" stays on one line in justified text
    children: [run(text.replace(/Rp /g, "Rp\u00a0"), { size: 22 })],
  });
}

/** "Tabel 3." + SEQ Tabel + " " + judul, in the Caption style; the first of a chapter restarts the count. */
function caption(kind: "Tabel" | "Grafik", bab: string, n: number, judul: string, keepNext: boolean): Paragraph {
  const restart = n === 1 ? " \\r 1" : "";
  const children: ParagraphChild[] = [
    new TextRun(`${kind} ${bab}.`),
    new SimpleField(`SEQ ${kind} \\* ARABIC${restart}`, String(n)),
    new TextRun(` ${judul}`),
  ];
  return new Paragraph({ style: "Caption", alignment: AlignmentType.CENTER, keepNext, children });
}

/** "Tabel 3.1 Judul" -> "Judul" */
function judulOf(t: ReportTable): string {
  const prefix = `Tabel ${t.nomor} `;
  return t.title.startsWith(prefix) ? t.title.slice(prefix.length) : t.title;
}

function heading(level: 1 | 2 | 3 | 4, text: string): Paragraph {
  const h = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][level - 1];
  return new Paragraph({ heading: h, keepNext: true, children: [new TextRun(text)] });
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const AKUNTABILITAS: SectionId[] = ["target", "capaian", "tahunan", "target-akhir", "efisiensi"];

/** The headings the LKjIP puts before a table, as the seed numbers them; remembers what was opened. */
class Outline {
  private bab: string | null = null;
  private part: "I" | "II" | null = null;
  private section: SectionId | null = null;
  private letter = 0;

  headings(t: ReportTable): Paragraph[] {
    const D = REPORT_TEXT.docx;
    const out: Paragraph[] = [];
    if (t.bab !== this.bab) {
      this.bab = t.bab;
      this.part = null;
      this.section = null;
      this.letter = 0;
      out.push(heading(1, t.bab === "II" ? D.babII : D.babIII));
    }
    const title = D.bagian[t.section];
    if (t.bab === "II") {
      if (t.section !== this.section) out.push(heading(2, `${LETTERS[this.letter++]}. ${title}`));
    } else {
      const part = AKUNTABILITAS.includes(t.section) ? "I" : "II";
      if (part !== this.part) {
        this.part = part;
        out.push(heading(2, part === "I" ? D.bagianI : D.bagianII));
      }
      if (part === "I" && t.section !== this.section) out.push(heading(3, `${LETTERS[this.letter++]}. ${title}`));
    }
    this.section = t.section;
    if (t.subheading) out.push(heading(t.bab === "II" ? 3 : 4, t.subheading));
    return out;
  }
}

interface Counters {
  tabel: Map<string, number>;
  grafik: Map<string, number>;
}

function next(map: Map<string, number>, bab: string): number {
  const n = (map.get(bab) ?? 0) + 1;
  map.set(bab, n);
  return n;
}

const BAB_NUMBER: Record<ReportTable["bab"], string> = { II: "2", III: "3" };

async function tableBlock(
  t: ReportTable,
  settings: Settings,
  chartImage: ChartRasteriser | null | undefined,
  counters: Counters,
  notes: string[],
): Promise<(Paragraph | Table)[]> {
  const width = contentWidth(settings, t.landscape);
  const bab = BAB_NUMBER[t.bab];
  const out: (Paragraph | Table)[] = [];
  // the table's own number as the report model gives it (3.1 …); the SEQ field counts the same way
  const n = Number(t.nomor.split(".")[1]) || next(counters.tabel, bab);
  if (t.caption) out.push(bodyParagraph(t.caption, true));
  out.push(caption("Tabel", bab, n, judulOf(t), true));
  out.push(buildTable(t, width));
  for (const p of t.paragraphs) out.push(bodyParagraph(p));
  if (chartImage === null) return out;
  const widthPx = Math.min(600, Math.floor(width * PX_PER_TWIP));
  for (const chart of t.charts) {
    let drawing: ParagraphChild | null = null;
    const size = chartSize(chart, widthPx);
    try {
      if (chartImage === undefined) {
        drawing = nativeChart(chart, size);
      } else {
        const png = await chartImage(chart, widthPx);
        if (png) drawing = new ImageRun({ type: "png", data: png, transformation: size });
      }
    } catch {
      drawing = null;
    }
    if (!drawing) {
      notes.push(REPORT_TEXT.docx.grafikGagal(chart.title));
      continue;
    }
    out.push(
      new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 160 }, children: [drawing] }),
    );
    out.push(caption("Grafik", bab, next(counters.grafik, bab), chart.title, false));
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

/** Built-in styles set in the document's default colour (no Word blue), Arial, so an office template restyles them. */
const HEADING_STYLE = (level: number, size: number, before: number) => ({
  run: { font: DOCX_FONT, size, bold: true },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, outlineLevel: level },
});

export async function renderDocx(report: Report, settings: Settings, options: RenderOptions = {}): Promise<Uint8Array> {
  const tahun = report.tahun !== null ? String(report.tahun) : "";
  const notes: string[] = [];
  const sections: ISectionOptions[] = [];
  const outline = new Outline();
  const counters: Counters = { tabel: new Map(), grafik: new Map() };
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
  for (const t of report.tables) {
    if (t.landscape !== current.landscape) {
      sections.push(section(settings, current.landscape, current.children));
      current = { landscape: t.landscape, children: [] };
    }
    current.children.push(...outline.headings(t));
    current.children.push(...(await tableBlock(t, settings, options.chartImage, counters, notes)));
  }
  const tail = [...report.omitted, ...notes];
  if (tail.length > 0) {
    current.children.push(
      new Paragraph({
        spacing: { before: 240 },
        keepNext: true,
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
    styles: {
      default: {
        document: { run: { font: DOCX_FONT, size: 22, language: { value: DOCUMENT_LANGUAGE } } },
        title: { run: { font: DOCX_FONT, size: 28, bold: true } },
        heading1: HEADING_STYLE(0, 28, 360),
        heading2: HEADING_STYLE(1, 24, 240),
        heading3: HEADING_STYLE(2, 22, 200),
        heading4: HEADING_STYLE(3, 22, 160),
        caption: {
          run: { font: DOCX_FONT, size: 20, bold: true },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
      },
    },
    sections,
  });
  // toArrayBuffer works in Node and in the browser (the task pane); toBuffer needs Node's Buffer.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
