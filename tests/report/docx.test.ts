/**
 * The Word export, checked in the .docx XML: repeated header rows, merges, captions with SEQ fields, Heading
 * styles, language id-ID, page sizes and orientation per table, Indonesian numbers, native charts (and the PNG
 * pictures of the fallback rasteriser).
 */
import JSZip from "jszip";
import { chartPng, chartSvg, niceTicks, wrapLabel } from "../../src/adapters/docx/chart-image";
import { buildDocx } from "../../src/adapters/docx";
import { PAGE_TWIPS, renderDocx } from "../../src/adapters/docx/render";
import { buildReport } from "../../src/core/report/build";
import type { ReportChart } from "../../src/core/report/model";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/core/settings/settings";
import { sumenepAnalysis } from "./fixtures/sumenep";

const report = buildReport(sumenepAnalysis(), DEFAULT_SETTINGS);

async function documentXml(
  data: Uint8Array,
): Promise<{ xml: string; media: string[]; charts: string[]; styles: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file("word/document.xml")!.async("string");
  const styles = await zip.file("word/styles.xml")!.async("string");
  const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
  const charts = Object.keys(zip.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f));
  return { xml, media, charts, styles, zip };
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The visible text of the document, paragraph by paragraph (non-breaking spaces as spaces). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    unescapeXml([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")).replace(
      /\u00a0/g,
      " ",
    ),
  );
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

describe("chart pictures", () => {
  const capaian2 = report.tables.find((t) => t.id === "capaian-2")!.charts[0];

  it("draws the values with Indonesian numbers and the 100% line", () => {
    const svg = chartSvg(capaian2);
    expect(svg).toContain(">1.669,77<");
    expect(svg).toContain(">50,95<");
    expect(svg).toContain(">2.1 Persentase penanganan PMKS<");
    expect(svg).toContain(">Target 100%<");
    expect(svg).toMatch(/stroke="#C00000" stroke-width="2" stroke-dasharray/);
    expect(svg).not.toContain("1669.77");
  });

  it("rasterises to a PNG twice its size", async () => {
    const png = await chartPng(capaian2, { width: 640, height: 360 });
    expect(pngSize(png)).toEqual({ width: 1280, height: 720 });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it("escapes text and handles negative values", () => {
    const chart: ReportChart = {
      id: "x",
      kind: "column",
      title: "A <b> & C",
      categories: ["satu", "dua"],
      series: [{ name: "Efisiensi", values: [-42.9, 10] }],
      unit: "%",
      decimals: 2,
    };
    const svg = chartSvg(chart);
    expect(svg).toContain("A &lt;b&gt; &amp; C");
    expect(svg).toContain(">-42,90<");
  });

  it("picks round axis ticks and shortens long labels", () => {
    expect(niceTicks(0, 1669.77 * 1.08)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(0, 0.54)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(-42.9, 1579.85)).toEqual([-500, 0, 500, 1000, 1500, 2000]);
    expect(wrapLabel("Program Pemberdayaan Fakir Miskin dan Penyandang Masalah Kesejahteraan Sosial", 20, 2)).toEqual([
      "Program Pemberdayaan",
      "Fakir Miskin dan…",
    ]);
  });
});

describe("renderDocx", () => {
  it("writes every table with repeated header rows, merges, borders and Indonesian numbers", async () => {
    const { xml, media } = await documentXml(await renderDocx(report, DEFAULT_SETTINGS));
    const text = paragraphs(xml);
    for (const t of report.tables) expect(text).toContain(t.title);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(report.tables.length);
    // header rows + the (1) (2) row of each table repeat on every page
    const headerRows = report.tables.reduce((n, t) => n + t.header.length + 1, 0);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(headerRows);
    expect(xml).toContain('<w:gridSpan w:val="3"/>'); // Kinerja / Anggaran over three columns
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toMatch(/<w:top w:val="single" w:color="000000" w:sz="4"\/>/);
    for (const n of [
      "95,84",
      "97,92",
      "1.669,77",
      "860,36",
      "1.632,67",
      "1.579,85",
      "-42,90",
      "768,48",
      "92,50",
      "88,62",
      "94,08",
      "3.548.323.356",
    ]) {
      expect(text).toContain(n);
    }
    expect(text.some((p) => /\b\d+\.\d{2}\b/.test(p) && /^\d/.test(p))).toBe(false); // no "92.50"
    expect(text).toContain(report.tables[1].paragraphs[0]);
    expect(media).toHaveLength(0); // charts are native Word charts, not pictures
  });

  it("captions every table and chart with a SEQ field in the Caption style, numbered per chapter", async () => {
    const { xml, charts } = await documentXml(await renderDocx(report, DEFAULT_SETTINGS));
    const captions = [
      ...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Caption"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs),
    ].map((m) => m[0]);
    const nCharts = report.tables.reduce((n, t) => n + t.charts.length, 0);
    expect(captions).toHaveLength(report.tables.length + nCharts);
    const seqTabel = captions.filter((c) => /w:instr="SEQ Tabel \\\* ARABIC( \\r 1)?"/.test(c));
    const seqGrafik = captions.filter((c) => /w:instr="SEQ Grafik \\\* ARABIC( \\r 1)?"/.test(c));
    expect(seqTabel).toHaveLength(report.tables.length);
    expect(seqGrafik).toHaveLength(nCharts);
    // the count restarts at the first table of each chapter: Tabel 2.1 and Tabel 3.1
    expect(captions.filter((c) => c.includes("SEQ Tabel \\* ARABIC \\r 1"))).toHaveLength(2);
    const text = paragraphs(captions.join(""));
    expect(text).toContain("Tabel 2.1 Perjanjian Kinerja Tahun 2020");
    expect(text).toContain("Tabel 3.1 Target Kinerja dalam Perjanjian Kinerja Tahun 2020");
    expect(text).toContain("Grafik 3.1 Capaian Indikator Kinerja Sasaran 1 (%)");
    // native, editable charts: one chart part (with its embedded workbook) per chart
    expect(charts).toHaveLength(nCharts);
  });

  it("uses the built-in Heading styles numbered like the seed, no Word blue, and the document language id-ID", async () => {
    const { xml, styles } = await documentXml(await renderDocx(report, DEFAULT_SETTINGS));
    const headings = [
      ...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading\d)"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs),
    ].map((m) => `${m[1]} ${paragraphs(m[0])[0]}`);
    expect(headings).toEqual([
      "Heading1 BAB II PERENCANAAN KINERJA",
      "Heading2 A. Perjanjian Kinerja",
      "Heading1 BAB III AKUNTABILITAS KINERJA",
      "Heading2 I. Akuntabilitas Kinerja",
      "Heading3 A. Target Kinerja dalam Perjanjian Kinerja",
      "Heading3 B. Pengukuran Capaian Kinerja Dibandingkan dengan Target Perjanjian Kinerja",
      "Heading4 1. Meningkatkan Kesejahteraan Masyarakat",
      "Heading4 2. Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)",
      "Heading3 C. Pengukuran Capaian Kinerja Dibandingkan dengan Tahun Sebelumnya",
      "Heading3 D. Pengukuran Capaian Kinerja Dibandingkan dengan Target Jangka Menengah",
      "Heading3 E. Analisis Efisiensi Penggunaan Sumber Daya Dikaitkan dengan Hasil (Kinerja) yang Telah Dicapai",
      "Heading2 II. Realisasi Anggaran",
    ]);
    for (const id of ["Heading1", "Heading2", "Heading3", "Heading4", "Caption"]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}">(.*?)</w:style>`, "s").exec(styles);
      expect(style).not.toBeNull();
      expect(style![1]).not.toContain("<w:color");
    }
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="id-ID"\/>/s);
  });

  it("uses A4 by default and F4 from the settings, portrait sections for narrow tables, landscape for wide", async () => {
    const a4 = (await documentXml(await renderDocx(report, DEFAULT_SETTINGS, { chartImage: null }))).xml;
    const { width: w, height: h } = PAGE_TWIPS.A4;
    expect(a4).toContain(`<w:pgSz w:w="${w}" w:h="${h}" w:orient="portrait"/>`);
    expect(a4).toContain(`<w:pgSz w:w="${h}" w:h="${w}" w:orient="landscape"/>`);
    const f4 = (
      await documentXml(await renderDocx(report, settingsSchema.parse({ kertas: "F4" }), { chartImage: null }))
    ).xml;
    expect(f4).toContain('<w:pgSz w:w="18709" w:h="12189" w:orient="landscape"/>');
    expect(f4).not.toContain(`w:w="${w}"`);
    // only the efisiensi table (11 columns) is wide; every other table is portrait
    expect(report.tables.filter((t) => t.landscape).map((t) => t.id)).toEqual(["efisiensi"]);
    // one section per run of tables with the same orientation, each table inside its own run's section
    const orient = report.tables.map((t) => t.landscape);
    const runs = orient.filter((o, i) => i === 0 || o !== orient[i - 1]).length;
    const sections = f4.split(/<w:sectPr/).slice(0, -1);
    expect(sections).toHaveLength(runs);
    const orients = [...f4.matchAll(/w:orient="(\w+)"/g)].map((m) => m[1]);
    expect(orients).toEqual(["portrait", "landscape", "portrait"]);
    // the efisiensi table and its sentences sit in the landscape section
    const efisiensi = report.tables.find((t) => t.id === "efisiensi")!;
    const landscapeBody = paragraphs(sections[1]);
    expect(landscapeBody).toContain(efisiensi.paragraphs[0]);
    expect(paragraphs(sections[0])).not.toContain(efisiensi.paragraphs[0]);
  });

  it("buildDocx builds the report from an analysis and renders it", async () => {
    const { xml } = await documentXml(await buildDocx(sumenepAnalysis(), DEFAULT_SETTINGS, { chartImage: null }));
    expect(paragraphs(xml)).toContain("Tabel 3.9 Realisasi Anggaran per Program dan Kegiatan Tahun 2020");
  });

  it("lists the omitted tables and the charts it could not draw", async () => {
    const small = { ...report, tables: report.tables.slice(3, 4), omitted: ["Tabel X tidak dibuat: alasan."] };
    const { xml, media } = await documentXml(
      await renderDocx(small, DEFAULT_SETTINGS, {
        chartImage: async () => {
          throw new Error("boom");
        },
      }),
    );
    const text = paragraphs(xml);
    expect(media).toHaveLength(0);
    expect(text).toContain("Tabel yang tidak dibuat:");
    expect(text).toContain("Tabel X tidak dibuat: alasan.");
    expect(text).toContain('Grafik "Capaian Indikator Kinerja Sasaran 1 (%)" tidak dapat digambar.');
  });
});
