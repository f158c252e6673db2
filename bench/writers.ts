/**
 * `npm run bench:writers` (issue 9 item 1): the writer choice, measured. Three ways of writing the cells that
 * `lkjip fill` writes, on the same inputs, each as a whole process (node with bench/rss.js preloaded, which
 * records the peak memory; wall time around the process):
 *   (a) the project's package patcher (src/adapters/exceljs, compiled lib/): open, apply the cells, save;
 *   (b) xlsx-populate: load, set each cell's value or formula, save;
 *   (c) ExcelJS: read into its model, set the cells, write (the baseline).
 * The cells are the "cells" ops of the engine's fill plan ("rumus" mode) with values and formulas only (number
 * formats, styles, widths and the state sheet left out, so every writer writes exactly the same), computed once
 * per input by its own process (bench/writers-child.js plan) and handed to each writer as JSON.
 *
 * 1. Speed and memory: the generated budget workbook (bench/generate.ts) at WRITERS_ROWS (default 10000,100000)
 *    rows, RUNS (default 3) runs of each writer, alternating; medians printed.
 * 2. Correctness on the workbook the preservation tests author with LibreOffice (tests/adapters/exceljs/lo-author.ts:
 *    chart, image, pivot table, data validation, conditional formats, comments, defined names, frozen panes, print
 *    titles and area, hidden sheet), its .xlsm with a VBA project, and the same .xlsx with three text cells that
 *    begin with "=", "+" and "@" carrying a quote prefix the way Excel writes one (a cell format with
 *    quotePrefix="1"; LibreOffice writes none). Per writer: zip parts byte-identical (uncompressed), changed,
 *    vanished, added; the chart's series ranges; untouched cells of the written sheet with their XML as it was;
 *    the quote prefixes; the VBA project; whether LibreOffice reopens the output and keeps chart, image, pivot
 *    table and comments.
 * The LibreOffice workbook is authored once and kept in $TMPDIR/lkjip-bench-writers/ (WRITERS_INPUT=FILE.xlsx
 * takes another). WRITERS_ONLY=speed or WRITERS_ONLY=parts runs one part.
 *
 *   npm run bench:writers
 *   WRITERS_ROWS=10000 RUNS=1 npm run bench:writers
 */
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { authoredXlsx, withVbaProject } from "../tests/adapters/exceljs/lo-author";
import { openAsUser, readValues } from "../tests/support/libreoffice";

const ROOT = path.join(__dirname, "..");
const CHILD = path.join(__dirname, "writers-child.js");
const SIZES = (process.env.WRITERS_ROWS ?? "10000,100000").split(",").map(Number);
const RUNS = Number(process.env.RUNS ?? 3);
const ONLY = process.env.WRITERS_ONLY;

const WRITERS = [
  { id: "patcher", name: "patcher (project)" },
  { id: "populate", name: "xlsx-populate" },
  { id: "exceljs", name: "ExcelJS" },
] as const;
type WriterId = (typeof WRITERS)[number]["id"];

const fmt = (x: number, d = 0) =>
  new Intl.NumberFormat("id-ID", { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface Whole {
  wall: number;
  maxRssKiB: number;
  phases: Record<string, number>;
}

/** bench/writers-child.js MODE ... as its own process; wall time, peak memory and the JSON line it prints. */
function whole(args: string[]): Whole {
  const rssFile = path.join(os.tmpdir(), `lkjip-bench-writers-rss-${process.pid}.json`);
  const t = process.hrtime.bigint();
  const out = execFileSync(process.execPath, ["-r", path.join(__dirname, "rss.js"), CHILD, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const { maxRssKiB } = JSON.parse(readFileSync(rssFile, "utf8")) as { maxRssKiB: number };
  rmSync(rssFile, { force: true });
  return { wall, maxRssKiB, phases: JSON.parse(out.trim().split("\n").pop()!) as Record<string, number> };
}

// ---------------------------------------------------------------- the zip parts

async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

const attr = (el: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1];

/** The part of the worksheet named `sheet` (through workbook.xml and its relationships). */
function sheetPart(p: Map<string, Buffer>, sheet: string): string | null {
  const wb = p.get("xl/workbook.xml")?.toString() ?? "";
  const rels = p.get("xl/_rels/workbook.xml.rels")?.toString() ?? "";
  const el = (wb.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []).find((s) => attr(s, "name") === sheet);
  const id = el && attr(el, "r:id");
  const rel = (rels.match(/<Relationship\s[^>]*>/g) ?? []).find((r) => attr(r, "Id") === id);
  const target = rel && attr(rel, "Target");
  if (!target) return null;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

const cellsOf = (xml: string) => xml.match(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g) ?? [];
const chartRefs = (xml: string) => (xml.match(/<c:f>[^<]*<\/c:f>/g) ?? []).sort().join(" ");
const formulaCount = (xml: string) => (xml.match(/<(?:\w+:)?f[\s>]/g) ?? []).length;

/** Whether the cell `ref` of the sheet keeps a cell format with quotePrefix="1". */
function quotePrefixed(sheetXml: string, stylesXml: string, ref: string): boolean {
  const cell = new RegExp(`<c r="${ref}"[^>]*>`).exec(sheetXml)?.[0];
  const s = Number((cell && attr(cell, "s")) ?? 0);
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  const xf = xfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)?.[s] ?? "";
  return /quotePrefix="(1|true)"/.test(xf);
}

/** An element's text with its attributes sorted, so that two serialisations of the same element compare equal. */
function normal(xml: string): string {
  return xml
    .replace(/>\s+</g, "><")
    .replace(/\saca="(?:false|0)"/g, "")
    .replace(/<([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>/g, (_m, name: string, attrs: string, close: string) => {
      const list = (attrs.match(/[\w:]+="[^"]*"/g) ?? []).sort();
      return close ? `<${name}${list.map((a) => ` ${a}`).join("")}/>` : `<${name}${list.map((a) => ` ${a}`).join("")}>`;
    })
    .replace(/<([\w:]+)([^>]*)><\/\1>/g, "<$1$2/>");
}

/** What a cell means, resolved through the shared strings and the styles: value, formula, cached result, look. */
interface Meaning {
  value: string;
  formula: string;
  cached: string;
  style: string;
}

interface Book {
  strings: string[];
  xfs: string[];
  fonts: string[];
  fills: string[];
  borders: string[];
  numFmts: Map<string, string>;
}

const children = (xml: string, list: string, item: string) => {
  const inner = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml)?.[1] ?? "";
  return inner.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")) ?? [];
};

function bookOf(p: Map<string, Buffer>): Book {
  const styles = p.get("xl/styles.xml")?.toString() ?? "";
  const sst = p.get("xl/sharedStrings.xml")?.toString() ?? "";
  const text = (x: string) => (x.match(/<t\b[^>]*>([^<]*)<\/t>/g) ?? []).map((t) => t.replace(/<[^>]*>/g, "")).join("");
  const numFmts = new Map<string, string>();
  for (const n of children(styles, "numFmts", "numFmt"))
    numFmts.set(attr(n, "numFmtId") ?? "", attr(n, "formatCode") ?? "");
  return {
    strings: (sst.match(/<si\b[\s\S]*?<\/si>/g) ?? []).map(text),
    xfs: children(styles, "cellXfs", "xf"),
    fonts: children(styles, "fonts", "font").map(normal),
    fills: children(styles, "fills", "fill").map(normal),
    borders: children(styles, "borders", "border").map(normal),
    numFmts,
  };
}

function meaning(cell: string, book: Book): Meaning {
  const t = attr(cell.replace(/>[\s\S]*$/, ">"), "t") ?? "n";
  const v = /<v>([^<]*)<\/v>/.exec(cell)?.[1] ?? "";
  const f = /<f\b[^>]*?(?:\/>|>([^<]*)<\/f>)/.exec(cell);
  const value =
    t === "s"
      ? `text:${book.strings[Number(v)]}`
      : t === "inlineStr"
        ? `text:${(/<t\b[^>]*>([^<]*)</.exec(cell) ?? [])[1] ?? ""}`
        : `${t === "n" ? "" : t}:${v}`;
  const xf = book.xfs[Number(attr(cell.replace(/>[\s\S]*$/, ">"), "s") ?? 0)] ?? "";
  const id = (k: string) => attr(xf, k) ?? "0";
  const style = [
    normal(xf.replace(/\s(?:numFmtId|fontId|fillId|borderId)="[^"]*"/g, "")),
    book.numFmts.get(id("numFmtId")) ?? `builtin ${id("numFmtId")}`,
    book.fonts[Number(id("fontId"))],
    book.fills[Number(id("fillId"))],
    book.borders[Number(id("borderId"))],
  ].join("|");
  return f
    ? { value: "", formula: normal(f[0].replace(/>[^<]*<\/f>$/, ">")) + (f[1] ?? ""), cached: `${t}:${v}`, style }
    : { value, formula: "", cached: "", style };
}

/** The addresses whose meaning differs, each with what differs (value, formula, cached result, style). */
function meaningDiff(oldXml: string, newXml: string, a: Book, b: Book, skip: Set<string>): string[] {
  const after = new Map<string, string>();
  for (const c of cellsOf(newXml)) after.set(/r="([A-Z]+\d+)"/.exec(c)![1], c);
  const out: string[] = [];
  for (const c of cellsOf(oldXml)) {
    const ref = /r="([A-Z]+\d+)"/.exec(c)![1];
    if (skip.has(ref)) continue;
    const n = after.get(ref);
    if (!n) {
      out.push(`${ref} (hilang)`);
      continue;
    }
    const x = meaning(c, a);
    const y = meaning(n, b);
    const what = (["value", "formula", "cached", "style"] as const).filter((k) => x[k] !== y[k]);
    const label = { value: "nilai", formula: "rumus", cached: "hasil tersimpan", style: "gaya" };
    if (what.length) out.push(`${ref} (${what.map((k) => label[k]).join(", ")})`);
  }
  return out;
}

type Cells = { sheet: string; row: number; col: number; cells: ({ formula?: string } | null)[][] }[];

const colName = (c: number) => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Addresses written per sheet, and the number of formulas written. */
function writtenOf(ops: Cells): { refs: Map<string, Set<string>>; formulas: number } {
  const refs = new Map<string, Set<string>>();
  let formulas = 0;
  for (const op of ops) {
    const set = refs.get(op.sheet) ?? new Set<string>();
    refs.set(op.sheet, set);
    op.cells.forEach((line, r) =>
      line.forEach((c, k) => {
        if (!c) return;
        set.add(`${colName(op.col + k)}${op.row + r + 1}`);
        if (c.formula !== undefined) formulas++;
      }),
    );
  }
  return { refs, formulas };
}

// ---------------------------------------------------------------- the inputs

const QUOTED: [string, string][] = [
  ["J2", "=1+1"],
  ["J3", "+62 812 3456"],
  ["J4", "@kepala"],
];

/**
 * The .xlsx with what Excel writes and LibreOffice does not: three quote-prefixed text cells in J2:J4 of its first
 * sheet, and in J5 a formula that reads no written cell, with its cached result (=C2+1).
 */
async function withExcelCells(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  let styles = await zip.file("xl/styles.xml")!.async("string");
  const count = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
  styles = styles
    .replace(/<cellXfs count="\d+"/, `<cellXfs count="${count + 1}"`)
    .replace(
      "</cellXfs>",
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyAlignment="1"><alignment/></xf></cellXfs>',
    );
  zip.file("xl/styles.xml", styles);
  let sst = await zip.file("xl/sharedStrings.xml")!.async("string");
  const unique = Number(/uniqueCount="(\d+)"/.exec(sst)![1]);
  sst = sst
    .replace(/count="(\d+)"/, (_m, n: string) => `count="${Number(n) + QUOTED.length}"`)
    .replace(/uniqueCount="\d+"/, `uniqueCount="${unique + QUOTED.length}"`)
    .replace("</sst>", `${QUOTED.map(([, t]) => `<si><t xml:space="preserve">${t}</t></si>`).join("")}</sst>`);
  zip.file("xl/sharedStrings.xml", sst);
  let sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  QUOTED.forEach(([ref], i) => {
    const row = ref.slice(1);
    const re = new RegExp(`(<row r="${row}"[^>]*>[\\s\\S]*?)(</row>)`);
    if (!re.test(sheet)) throw new Error(`no row ${row} in the LibreOffice sheet`);
    sheet = sheet.replace(re, `$1<c r="${ref}" s="${count}" t="s"><v>${unique + i}</v></c>$2`);
  });
  sheet = sheet.replace(/(<row r="5"[^>]*>[\s\S]*?)(<\/row>)/, '$1<c r="J5" s="0"><f>C2+1</f><v>1500000001</v></c>$2');
  sheet = sheet.replace(/<dimension ref="A1:[A-Z]+(\d+)"/, '<dimension ref="A1:J$1"');
  zip.file("xl/worksheets/sheet1.xml", sheet);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The .xlsx whose tab order differs from its part numbering: the tab Grafik moved before Anggaran (the order of
 * <sheets>, each defined name's localSheetId and the active tab change; the part names do not, sheet1.xml is still
 * Anggaran). The project's own writer can make such a package: a new sheet takes the first free part number and
 * goes to the end of the tabs (src/adapters/exceljs/apply.ts, addSheet).
 */
async function withMovedTab(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const moved = wb
    .replace(/(<sheet name="Anggaran"[^>]*\/>)(<sheet name="Grafik"[^>]*\/>)/, "$2$1")
    .replace(/localSheetId="([01])"/g, (_m, n: string) => `localSheetId="${n === "0" ? 1 : 0}"`)
    .replace(/activeTab="0"/, 'activeTab="1"');
  if (moved === wb) throw new Error("the tabs of the LibreOffice workbook are not as expected");
  zip.file("xl/workbook.xml", moved);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function preservationInputs(dir: string): Promise<{ name: string; file: string }[]> {
  let xlsx: Buffer;
  if (process.env.WRITERS_INPUT) xlsx = readFileSync(process.env.WRITERS_INPUT);
  else {
    const cache = path.join(os.tmpdir(), "lkjip-bench-writers");
    const cached = path.join(cache, "kantor.xlsx");
    const helper = path.join(ROOT, "tests", "adapters", "exceljs", "lo-author.ts");
    if (!existsSync(cached) || statSync(cached).mtimeMs < statSync(helper).mtimeMs) {
      mkdirSync(cache, { recursive: true });
      const work = mkdtempSync(path.join(os.tmpdir(), "lkjip-bench-writers-lo-"));
      writeFileSync(cached, await authoredXlsx(work));
      rmSync(work, { recursive: true, force: true });
    }
    xlsx = readFileSync(cached);
  }
  const files = [
    { name: "kantor.xlsx (LibreOffice)", file: path.join(dir, "kantor.xlsx"), bytes: xlsx },
    { name: "kantor.xlsm (+ VBA project)", file: path.join(dir, "kantor.xlsm"), bytes: await withVbaProject(xlsx) },
    {
      name: "kantor-excel.xlsx (+ 3 quote prefixes and a formula with its cached result, as Excel writes them)",
      file: path.join(dir, "kantor-excel.xlsx"),
      bytes: await withExcelCells(xlsx),
    },
    {
      name: "kantor-pindah.xlsx (tab Grafik moved before Anggaran, part names kept)",
      file: path.join(dir, "kantor-pindah.xlsx"),
      bytes: await withMovedTab(xlsx),
    },
  ];
  for (const f of files) writeFileSync(f.file, f.bytes);
  return files;
}

// ---------------------------------------------------------------- 1. speed and memory

async function speed(dir: string): Promise<void> {
  console.log(
    `\n1. Kecepatan dan memori: menulis sel yang ditulis lkjip fill, tiap penulis proses utuh, median dari ${RUNS} kali` +
      ` (beban mesin saat mulai: ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")})`,
  );
  for (const rows of SIZES) {
    const file = path.join(dir, `anggaran-${rows}.xlsx`);
    execFileSync(
      process.execPath,
      [path.join(ROOT, "bin", "run-ts.js"), path.join(__dirname, "child.ts"), "generate", String(rows), file],
      {
        stdio: "ignore",
      },
    );
    const cellsFile = path.join(dir, `cells-${rows}.json`);
    const planned = whole(["plan", file, cellsFile]).phases.cells;
    const { refs, formulas } = writtenOf(JSON.parse(readFileSync(cellsFile, "utf8")) as Cells);
    const [sheet] = [...refs.keys()];
    console.log(
      `\n${fmt(rows)} baris anggaran (${fmt(statSync(file).size / 1024)} KB), ${fmt(planned)} sel ditulis (${fmt(formulas)} rumus):`,
    );
    const runs = new Map<WriterId, Whole[]>(WRITERS.map((w) => [w.id, []]));
    const sizes = new Map<WriterId, number>();
    for (let i = 0; i < RUNS; i++)
      for (const w of WRITERS) {
        const out = path.join(dir, `out-${w.id}-${rows}.xlsx`);
        runs.get(w.id)!.push(whole([w.id, file, out, cellsFile]));
        sizes.set(w.id, statSync(out).size);
      }
    const loads: string[] = [];
    const base = median(runs.get("exceljs")!.map((r) => r.wall));
    for (const w of WRITERS) {
      const rs = runs.get(w.id)!;
      const m = (k: string) => median(rs.map((r) => r.phases[k]));
      const wall = median(rs.map((r) => r.wall));
      console.log(
        `  ${w.name.padEnd(18)} ${fmt(wall / 1000, 2).padStart(6)} s (${(wall / base).toFixed(2).replace(".", ",")} × ExcelJS), ` +
          `memori puncak ${fmt(median(rs.map((r) => r.maxRssKiB)) / 1024).padStart(5)} MB; ` +
          `buka ${fmt(m("load"))}, isi sel ${fmt(m("set"))}, simpan ${fmt(m("save"))} ms; ` +
          `berkas ${fmt(sizes.get(w.id)! / 1024)} KB; semua: ${rs.map((r) => fmt(r.wall / 1000, 2)).join(" / ")} s`,
      );
    }
    // Each output holds the formulas written (the input has none): a writer that skipped cells would show here.
    for (const w of WRITERS) {
      const out = readFileSync(path.join(dir, `out-${w.id}-${rows}.xlsx`));
      loads.push(`${w.name} ${fmt(await formulaOut(out, sheet))}`);
    }
    console.log(`  rumus di lembar ${sheet} keluaran: ${loads.join(", ")} (direncanakan ${fmt(formulas)})`);
    console.log(
      `  beban mesin sesudahnya: ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")}`,
    );
  }
}

async function formulaOut(bytes: Buffer, sheet: string): Promise<number> {
  const p = await parts(bytes);
  const part = sheetPart(p, sheet);
  return part && p.has(part) ? formulaCount(p.get(part)!.toString()) : -1;
}

// ---------------------------------------------------------------- 2. correctness

/** Sisa of the row fill writes F3 in (anggaran 500,000,000 less realisasi 480,000,000). */
const SISA = 20_000_000;

const LO_KEEPS: [string, RegExp][] = [
  ["grafik", /^xl\/charts\/chart\d+\.xml$/],
  ["gambar", /^xl\/media\//],
  ["pivot", /^xl\/pivotTables\//],
  ["komentar", /^xl\/comments/],
];

async function correctness(dir: string): Promise<void> {
  console.log("\n2. Kebenaran pada buku kerja uji pelestarian (dibuat LibreOffice), sel yang ditulis lkjip fill:");
  const inputs = await preservationInputs(dir);
  const table: string[][] = [];
  for (const input of inputs) {
    const cellsFile = `${input.file}.cells.json`;
    whole(["plan", input.file, cellsFile]);
    const ops = JSON.parse(readFileSync(cellsFile, "utf8")) as Cells;
    const { refs, formulas } = writtenOf(ops);
    const before = await parts(readFileSync(input.file));
    const ext = path.extname(input.file);
    console.log(
      `\n${input.name}: ${before.size} bagian zip; ${[...refs].map(([s, r]) => `${r.size} sel di ${s}`).join(", ")} (${formulas} rumus)`,
    );
    const rows: string[][] = [];
    for (const w of WRITERS) {
      const out = path.join(dir, `${path.basename(input.file, ext)}-${w.id}${ext}`);
      let after: Map<string, Buffer>;
      try {
        whole([w.id, input.file, out, cellsFile]);
        after = await parts(readFileSync(out));
      } catch (e) {
        rows.push([w.name, `gagal: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`]);
        table.push([input.file.replace(/^.*\//, ""), w.name, "gagal"]);
        continue;
      }
      const same: string[] = [];
      const changed: string[] = [];
      const vanished: string[] = [];
      for (const [name, bytes] of before) {
        const b = after.get(name);
        if (!b) vanished.push(name);
        else if (bytes.equals(b)) same.push(name);
        else changed.push(name);
      }
      const added = [...after.keys()].filter((n) => !before.has(n));
      const sum: Record<string, string> = {
        parts: `${same.length} / ${changed.length} / ${vanished.length} / ${added.length}`,
        quote: "-",
        vba: "-",
      };
      const line = [w.name, `sama ${same.length}`, `berubah ${changed.length}: ${changed.join(", ") || "-"}`];
      line.push(
        `hilang ${vanished.length}: ${vanished.join(", ") || "-"}`,
        `baru ${added.length}: ${added.join(", ") || "-"}`,
      );
      // The chart's series ranges.
      const charts = [...before.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
      const chartState = charts.map((n) => {
        if (!after.has(n)) return `${n} hilang`;
        return chartRefs(after.get(n)!.toString()) === chartRefs(before.get(n)!.toString())
          ? `${n}: seri sama (${chartRefs(before.get(n)!.toString())})`
          : `${n}: seri BERBEDA (${chartRefs(after.get(n)!.toString())})`;
      });
      line.push(`grafik: ${chartState.join("; ") || "-"}`);
      sum.chart = charts.every(
        (n) => after.has(n) && chartRefs(after.get(n)!.toString()) === chartRefs(before.get(n)!.toString()),
      )
        ? "sama"
        : charts.some((n) => !after.has(n))
          ? "hilang"
          : "BERBEDA";
      // Untouched cells of every sheet (the written one and the others): the same XML text, or at least the
      // same meaning (value, formula, cached result, look through styles.xml); and everything outside the rows.
      const ba = bookOf(before);
      const bb = bookOf(after);
      const wbXml = before.get("xl/workbook.xml")?.toString() ?? "";
      const sheetNames = (wbXml.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []).map((e) => attr(e, "name")!);
      for (const sheet of sheetNames) {
        const written = refs.get(sheet) ?? new Set<string>();
        const pa = sheetPart(before, sheet);
        const pb = sheetPart(after, sheet);
        if (!pa || !pb || !after.has(pb)) {
          line.push(`lembar ${sheet}: tidak ditemukan di keluaran`);
          continue;
        }
        const oldXml = before.get(pa)!.toString();
        const newXml = after.get(pb)!.toString();
        const untouched = cellsOf(oldXml).filter((c) => !written.has(/r="([A-Z]+\d+)"/.exec(c)![1]));
        const sameXml = untouched.filter((c) => newXml.includes(c)).length;
        const differ = meaningDiff(oldXml, newXml, ba, bb, written);
        const outside = (x: string) =>
          normal(
            x
              .replace(/<sheetData>[\s\S]*<\/sheetData>/, "")
              .replace(/<dimension[^>]*\/>/, "")
              .replace(/<cols>[\s\S]*?<\/cols>/, ""),
          );
        const outsideState =
          outside(oldXml) === outside(newXml)
            ? "sama"
            : normal(oldXml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "")) ===
                normal(newXml.replace(/<sheetData>[\s\S]*<\/sheetData>/, ""))
              ? "sama setelah urutan atribut disamakan"
              : "BERBEDA";
        line.push(
          `${written.size ? "lembar ditulis" : "lembar lain"} ${sheet} (${pa}${before.get(pa)!.equals(after.get(pb)!) ? ", byte sama" : ""}): ` +
            `sel tak ditulis ${untouched.length}, XML sama ${sameXml}, makna sama ${untouched.length - differ.length}` +
            (differ.length ? ` (berbeda: ${differ.join(" ")})` : "") +
            `; di luar baris (tanpa dimension, cols): ${outsideState}` +
            (written.size ? `; rumus ${formulaCount(oldXml)} -> ${formulaCount(newXml)}` : ""),
        );
        if (written.size) sum.cells = `${sameXml} / ${untouched.length - differ.length} / ${untouched.length}`;
        if (written.size && input.file.endsWith("-excel.xlsx")) {
          const styles = after.get("xl/styles.xml")?.toString() ?? "";
          const kept = QUOTED.filter(([ref]) => quotePrefixed(newXml, styles, ref)).length;
          sum.quote = `${kept}/${QUOTED.length}`;
          line.push(`awalan kutip (${QUOTED.map(([r]) => r).join(" ")}): ${kept}/${QUOTED.length} tetap`);
        }
      }
      if (before.has("xl/vbaProject.bin")) {
        const kept = after.get("xl/vbaProject.bin")?.equals(before.get("xl/vbaProject.bin")!) ?? false;
        const macro = /macroEnabled/.test(after.get("[Content_Types].xml")?.toString() ?? "");
        line.push(`proyek VBA: ${kept ? "sama" : "HILANG"}; tipe konten macroEnabled: ${macro ? "ya" : "tidak"}`);
        sum.vba = kept && macro ? "tetap" : "HILANG";
      }
      // LibreOffice opens it as a user would (its defaults: "never recalculate" for .xlsx, so only formulas without
      // a cached result are computed) and saves it again: which of the parts this is about are still there, and
      // what it shows in the written F3 and in the formulas that read it (same sheet, another, through another).
      try {
        const re = await openAsUser(readFileSync(out), ext === ".xlsm" ? "xlsm" : "xlsx");
        const reParts = await parts(re);
        const names = [...reParts.keys()];
        const chart = names.find((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
        line.push(
          `LibreOffice membuka ulang: ya; ada ${LO_KEEPS.map(([k, rx]) => `${k} ${names.some((n) => rx.test(n)) ? "ya" : "TIDAK"}`).join(", ")}` +
            (chart ? `; seri grafik ${chartRefs(reParts.get(chart)!.toString())}` : ""),
        );
        const anggaran = await readValues(re, "Anggaran");
        const grafik = await readValues(re, "Grafik");
        const shown: [string, unknown, number][] = [
          ["F3", anggaran[2]?.[5], SISA],
          ["H3", anggaran[2]?.[7], 2 * SISA],
          ["Grafik!B1", grafik[0]?.[1], SISA],
          ["Grafik!C1", grafik[0]?.[2], 3 * SISA],
        ];
        if (input.file.endsWith("-excel.xlsx")) shown.push(["J5", anggaran[4]?.[9], 1_500_000_001]);
        sum.lo = `ya; ${LO_KEEPS.filter(([, rx]) => names.some((n) => rx.test(n))).length}/${LO_KEEPS.length}`;
        sum.shown = `${shown.filter(([, got, want]) => got === want).length}/${shown.length}`;
        line.push(
          `LibreOffice menampilkan: ${shown
            .map(
              ([ref, got, want]) =>
                `${ref} ${typeof got === "number" ? fmt(got) : JSON.stringify(got)}${got === want ? "" : ` (SALAH, mestinya ${fmt(want)})`}`,
            )
            .join(", ")}`,
        );
      } catch (e) {
        line.push(`LibreOffice membuka ulang: GAGAL (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
        sum.lo = "GAGAL";
        sum.shown = "-";
      }
      rows.push(line);
      table.push([
        input.file.replace(/^.*\//, ""),
        w.name,
        sum.parts,
        sum.chart,
        sum.cells ?? "-",
        sum.quote,
        sum.vba,
        sum.lo,
        sum.shown,
      ]);
    }
    for (const r of rows) {
      console.log(`  ${r[0]}`);
      for (const x of r.slice(1)) console.log(`    ${x}`);
    }
  }
  console.log(
    "\nRingkasan (bagian zip: sama / berubah / hilang / baru; sel tak ditulis di lembar yang ditulis: XML sama / makna sama / semua;" +
      " LibreOffice: membuka ulang; grafik, gambar, pivot, komentar ada; angka yang ditampilkan benar):\n",
  );
  const head = [
    "berkas",
    "penulis",
    "bagian zip",
    "seri grafik",
    "sel tak ditulis",
    "awalan kutip",
    "VBA",
    "LibreOffice",
    "tampil benar",
  ];
  console.log(`| ${head.join(" | ")} |`);
  console.log(`|${head.map(() => "---").join("|")}|`);
  for (const r of table) console.log(`| ${r.join(" | ")} |`);
}

async function main(): Promise<void> {
  // The project's writer as the command line runs it: compiled to lib/ (as `npm ci` does).
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.js")], { stdio: "ignore" });
  const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-bench-writers-"));
  try {
    if (ONLY !== "parts") await speed(dir);
    if (ONLY !== "speed") await correctness(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
