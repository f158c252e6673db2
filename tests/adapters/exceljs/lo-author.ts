/**
 * Workbooks authored by LibreOffice for the preservation tests: a flat ODS (.fods) written here with a
 * budget sheet, formulas that read the cell F3 a fill writes (Anggaran!H3 = F3*2, Grafik!B1 = Anggaran!F3 and
 * Grafik!C1 = B1*3, each saved with the result 0), a chart on its figures, an embedded image, a pivot table, data validation, conditional
 * formats, comments, named ranges, frozen panes, print titles and print area, and a hidden sheet, then
 * converted by `soffice --headless --convert-to xlsx`, so every part in the .xlsx is LibreOffice's own.
 * An .xlsm is made from it by adding a VBA project part (an OLE-headed binary with the content type and
 * relationship Excel uses; its bytes are not a real macro, which no test can run anyway).
 */
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sofficePath } from "../../support/libreoffice";
import { tempDir } from "./helpers";

// A 2x2 red PNG.
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==";

const ROWS: [string, string, number, number][] = [
  ["1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", 1_500_000_000, 1_350_000_000],
  ["1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", 500_000_000, 480_000_000],
  ["1.06.01.2.02", "Administrasi Keuangan Perangkat Daerah", 1_000_000_000, 870_000_000],
  ["1.06.04", "PROGRAM REHABILITASI SOSIAL", 800_000_000, 640_000_000],
  ["1.06.04.2.01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas", 800_000_000, 640_000_000],
];

const text = (s: string, attrs = "") =>
  `<table:table-cell office:value-type="string"${attrs}><text:p>${s}</text:p></table:table-cell>`;
const num = (n: number, attrs = "") =>
  `<table:table-cell office:value-type="float" office:value="${n}"${attrs}><text:p>${n}</text:p></table:table-cell>`;

function fods(): string {
  const header = `<table:table-row>${text("Kode Rekening")}${text("Uraian")}${text("Anggaran")}${text("Realisasi")}</table:table-row>`;
  const body = ROWS.map(([k, u, a, r], i) => {
    const note =
      i === 0
        ? `<table:table-cell office:value-type="string"><office:annotation><dc:creator>Uji</dc:creator><text:p>Catatan pada kode</text:p></office:annotation><text:p>${k}</text:p></table:table-cell>`
        : text(k);
    const valid = ' table:content-validation-name="val1"';
    // H3 reads F3, which fill writes: a dependant in the written sheet (its cached result 0 goes stale).
    const dependant =
      i === 1
        ? '<table:table-cell table:number-columns-repeated="3"/><table:table-cell table:formula="of:=[.F3]*2" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>'
        : "";
    return `<table:table-row>${note}${text(u)}${num(a, valid)}${num(r, valid)}${dependant}</table:table-row>`;
  }).join("");
  const chart = `<draw:frame draw:z-index="0" draw:name="GrafikAnggaran" svg:width="12cm" svg:height="7cm" svg:x="0cm" svg:y="0cm">
<draw:object draw:notify-on-update-of-ranges="Anggaran.C1:Anggaran.D6">
<office:document office:mimetype="application/vnd.oasis.opendocument.chart" office:version="1.3">
<office:body><office:chart><chart:chart svg:width="12cm" svg:height="7cm" chart:class="chart:bar">
<chart:plot-area table:cell-range-address="Anggaran.C1:Anggaran.D6" chart:data-source-has-labels="row">
<chart:axis chart:dimension="x" chart:name="primary-x"/><chart:axis chart:dimension="y" chart:name="primary-y"/>
<chart:series chart:values-cell-range-address="Anggaran.C2:Anggaran.C6" chart:label-cell-address="Anggaran.C1" chart:class="chart:bar"/>
<chart:series chart:values-cell-range-address="Anggaran.D2:Anggaran.D6" chart:label-cell-address="Anggaran.D1" chart:class="chart:bar"/>
</chart:plot-area>
<table:table table:name="local-table"><table:table-header-columns><table:table-column/></table:table-header-columns><table:table-columns><table:table-column table:number-columns-repeated="2"/></table:table-columns>
<table:table-header-rows><table:table-row><table:table-cell><text:p/></table:table-cell>${text("Anggaran")}${text("Realisasi")}</table:table-row></table:table-header-rows>
<table:table-rows>${ROWS.map(([k, , a, r]) => `<table:table-row>${text(k)}${num(a)}${num(r)}</table:table-row>`).join("")}</table:table-rows></table:table>
</chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>`;
  const image = `<draw:frame draw:z-index="1" draw:name="Logo" svg:width="1cm" svg:height="1cm" svg:x="13cm" svg:y="0cm"><draw:image><office:binary-data>${PNG}</office:binary-data></draw:image></draw:frame>`;
  const config = `<office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>
<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>
<config:config-item-map-named config:name="Tables"><config:config-item-map-entry config:name="Anggaran">
<config:config-item config:name="HorizontalSplitMode" config:type="short">2</config:config-item>
<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>
<config:config-item config:name="HorizontalSplitPosition" config:type="int">1</config:config-item>
<config:config-item config:name="VerticalSplitPosition" config:type="int">1</config:config-item>
<config:config-item config:name="ActiveSplitRange" config:type="short">2</config:config-item>
<config:config-item config:name="PositionLeft" config:type="int">0</config:config-item>
<config:config-item config:name="PositionRight" config:type="int">1</config:config-item>
<config:config-item config:name="PositionTop" config:type="int">0</config:config-item>
<config:config-item config:name="PositionBottom" config:type="int">1</config:config-item>
</config:config-item-map-entry></config:config-item-map-named>
<config:config-item config:name="ActiveTable" config:type="string">Anggaran</config:config-item>
</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"
 xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:table-ooo="http://openoffice.org/2009/table"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
${config}
<office:styles><style:style style:name="Default" style:family="table-cell"/><style:style style:name="Merah" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ff9999"/></style:style></office:styles>
<office:automatic-styles><style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>
<style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false"/></style:style></office:automatic-styles>
<office:master-styles><style:master-page style:name="Default"/></office:master-styles>
<office:body><office:spreadsheet>
<table:content-validations><table:content-validation table:name="val1" table:condition="of:cell-content-is-decimal-number() and of:cell-content()&gt;=0" table:allow-empty-cell="true" table:base-cell-address="Anggaran.C2"/></table:content-validations>
<table:table table:name="Anggaran" table:style-name="ta1" table:print-ranges="Anggaran.A1:Anggaran.D6">
<table:shapes>${image}</table:shapes>
<table:table-column table:number-columns-repeated="4"/>
<table:table-header-rows>${header}</table:table-header-rows>
${body}
<calcext:conditional-formats><calcext:conditional-format calcext:target-range-address="Anggaran.D2:Anggaran.D6"><calcext:condition calcext:apply-style-name="Merah" calcext:value="&lt;700000000" calcext:base-cell-address="Anggaran.D2"/></calcext:conditional-format></calcext:conditional-formats>
</table:table>
<table:table table:name="Grafik" table:style-name="ta1"><table:shapes>${chart}</table:shapes><table:table-column table:number-columns-repeated="3"/><table:table-row>${text("Grafik anggaran")}<table:table-cell table:formula="of:=[Anggaran.F3]" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell><table:table-cell table:formula="of:=[.B1]*3" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell></table:table-row></table:table>
<table:table table:name="Pivot" table:style-name="ta1"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell/><table:table-cell/></table:table-row></table:table>
<table:table table:name="Tersembunyi" table:style-name="ta2"><table:table-column/><table:table-row>${text("rahasia")}</table:table-row></table:table>
<table:named-expressions><table:named-range table:name="DataAnggaran" table:base-cell-address="$Anggaran.$A$1" table:cell-range-address="$Anggaran.$A$1:.$D$6"/></table:named-expressions>
<table:data-pilot-tables><table:data-pilot-table table:name="PivotAnggaran" table:target-range-address="Pivot.A1:Pivot.B8" table:buttons="Pivot.A1">
<table:source-cell-range table:cell-range-address="Anggaran.A1:Anggaran.D6"/>
<table:data-pilot-field table:source-field-name="Uraian" table:orientation="row"/>
<table:data-pilot-field table:source-field-name="Anggaran" table:orientation="data" table:function="sum"/>
</table:data-pilot-table></table:data-pilot-tables>
</office:spreadsheet></office:body></office:document>
`;
}

/** Converts a file with LibreOffice (private profile); returns the output's bytes. */
export function convertWithLibreOffice(input: string, filter: string, ext: string): Buffer {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed: these tests need it");
  const work = tempDir("lkjip-lo-author-");
  const profile = join(work, "profile");
  mkdirSync(profile, { recursive: true });
  const outDir = join(work, "out");
  mkdirSync(outDir);
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", filter, "--outdir", outDir, input],
    {
      stdio: "pipe",
      timeout: 180_000,
    },
  );
  const base = input.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
  return readFileSync(join(outDir, `${base}.${ext}`));
}

/**
 * The LibreOffice-authored .xlsx. LibreOffice 7.4 does not take frozen panes from a flat ODS's view
 * settings, so the frozen pane (row 1 and column A) is put into its sheet view afterwards, the way
 * LibreOffice itself writes one.
 */
export async function authoredXlsx(dir: string): Promise<Buffer> {
  const src = join(dir, "bersama.fods");
  writeFileSync(src, fods());
  const xlsx = convertWithLibreOffice(src, "xlsx:Calc MS Excel 2007 XML", "xlsx");
  const zip = await JSZip.loadAsync(xlsx);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const pane = '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>';
  const frozen = sheet.replace(/(<sheetView\b[^>]*?)(\/>|>)/, (_m, open: string, end: string) =>
    end === "/>" ? `${open}>${pane}</sheetView>` : `${open}>${pane}`,
  );
  if (frozen === sheet) throw new Error("no sheetView in LibreOffice's sheet");
  zip.file("xl/worksheets/sheet1.xml", frozen);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The same workbook as an .xlsm with a VBA project part. */
export async function withVbaProject(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const vba = new Uint8Array(4096);
  vba.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 8; i < vba.length; i++) vba[i] = (i * 31 + 7) & 0xff;
  zip.file("xl/vbaProject.bin", vba);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  types = types
    .replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
  zip.file("[Content_Types].xml", types);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
