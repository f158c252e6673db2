/**
 * The Word export and its chart pictures, checked in the .docx XML: repeated header rows, merges, page sizes
 * and orientation, Indonesian numbers, one PNG per chart.
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

async function documentXml(data: Uint8Array): Promise<{ xml: string; media: string[] }> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file("word/document.xml")!.async("string");
  const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
  return { xml, media };
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
    expect(media).toHaveLength(5);
  });

  it("uses A4 by default and F4 from the settings, landscape sections for wide tables", async () => {
    const a4 = (await documentXml(await renderDocx(report, DEFAULT_SETTINGS, { chartImage: null }))).xml;
    const { width: w, height: h } = PAGE_TWIPS.A4;
    expect(a4).toContain(`<w:pgSz w:w="${w}" w:h="${h}" w:orient="portrait"/>`);
    expect(a4).toContain(`<w:pgSz w:w="${h}" w:h="${w}" w:orient="landscape"/>`);
    const f4 = (
      await documentXml(await renderDocx(report, settingsSchema.parse({ kertas: "F4" }), { chartImage: null }))
    ).xml;
    expect(f4).toContain('<w:pgSz w:w="18709" w:h="12189" w:orient="landscape"/>');
    expect(f4).not.toContain(`w:w="${w}"`);
    // one section per run of tables with the same orientation
    const orient = report.tables.map((t) => t.landscape);
    const runs = orient.filter((o, i) => i === 0 || o !== orient[i - 1]).length;
    expect(f4.match(/<w:sectPr/g)).toHaveLength(runs);
  });

  it("buildDocx builds the report from an analysis and renders it", async () => {
    const { xml } = await documentXml(await buildDocx(sumenepAnalysis(), DEFAULT_SETTINGS, { chartImage: null }));
    expect(paragraphs(xml)).toContain("Tabel 3.7 Realisasi Anggaran per Program dan Kegiatan Tahun 2020");
  });

  it("lists the omitted tables and the charts it could not draw", async () => {
    const small = { ...report, tables: report.tables.slice(1, 2), omitted: ["Tabel X tidak dibuat: alasan."] };
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
