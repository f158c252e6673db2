/**
 * Looks as Batalkan records and puts them back in the package writer. A look is read from a cell format (xf)
 * of the styles part as the port's host-neutral CellLook (font name, size, bold, italic, underline and colour;
 * solid fill; border edges with style and colour; alignment and wrap), so that Excel can take back a fill made
 * here, and it carries the cell format index itself with a fingerprint of what that index meant (its xf, font,
 * fill, border and number format). The styles part only grows under this writer, so in the same file the index
 * still means what it meant and is put back as it was, byte for byte; when another program rewrote the styles
 * (or the look was recorded by Excel) the look is built from its parts, reusing an existing format where one
 * gives exactly that look.
 */
import type { BorderEdge, CellLook, CellWrite } from "../../core/workbook/port";
import type { Styles } from "./styles";
import { attributes, escapeAttr, findAll, findElement, removeAttr, setAttr } from "./xml";

const EDGES = ["left", "right", "top", "bottom"] as const;

/** Excel's default palette (indexed colours 0-63), as a file without <indexedColors> means it. */
const PALETTE = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333"
).split(" ");

/** A colour as RGB hex; "auto" for automatic (black text, the default); null when it cannot be told (a theme). */
type Colour = string | "auto" | null;

/**
 * Per styles part: its palette, the fingerprints of its cell formats and the formats found for looks. A cell
 * format only ever gets added at the end of its list, never changed, so what is known of an index stays true.
 */
interface Known {
  palette: string[];
  keys: Map<number, string | null>;
  found: Map<string, number>;
}
const known = new WeakMap<Styles, Known>();

function knownOf(styles: Styles): Known {
  let k = known.get(styles);
  if (!k) {
    const el = findElement(styles.source, "indexedColors");
    const custom = el
      ? findAll(el.inner, "rgbColor").map((c) => (attributes(c.attrText).get("rgb") ?? "").slice(-6))
      : [];
    k = { palette: custom.length > 0 ? custom : PALETTE, keys: new Map(), found: new Map() };
    known.set(styles, k);
  }
  return k;
}

function paletteOf(styles: Styles): string[] {
  return knownOf(styles).palette;
}

function colourOf(attrText: string | undefined, palette: string[], text: boolean): Colour {
  if (attrText === undefined) return "auto";
  const a = attributes(attrText);
  if (a.get("auto") === "1" || a.get("auto") === "true") return "auto";
  const rgb = a.get("rgb");
  if (rgb !== undefined && /^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(rgb)) return rgb.slice(-6).toUpperCase();
  const indexed = a.get("indexed");
  if (indexed !== undefined) {
    const i = Number(indexed);
    if (i === 64 || i === 65) return "auto"; // the system's text / background colour
    return palette[i] ?? null;
  }
  // Theme colour 1 (text 1, "dark 1") without a tint is the automatic text colour of every standard theme.
  if (text && a.get("theme") === "1" && !a.has("tint")) return "auto";
  return null;
}

/** A look and whether some part of it could not be told (a theme colour): such a look is never matched. */
interface Read {
  look: CellLook;
  opaque: boolean;
}

function childColour(xml: string, local: string, palette: string[], text: boolean): Colour {
  const el = findElement(xml, local);
  return colourOf(el ? el.attrText : undefined, palette, text);
}

function fontLook(font: string, palette: string[]): { font?: NonNullable<CellLook["font"]>; opaque: boolean } {
  const out: NonNullable<CellLook["font"]> = {};
  const on = (local: string) => {
    const el = findElement(font, local);
    if (!el) return false;
    const v = attributes(el.attrText).get("val");
    return v === undefined || v === "1" || v === "true";
  };
  const name = findElement(font, "name");
  const n = name ? attributes(name.attrText).get("val") : undefined;
  if (n !== undefined && n !== "Calibri") out.name = n;
  const sz = findElement(font, "sz");
  const size = sz ? Number(attributes(sz.attrText).get("val")) : NaN;
  if (Number.isFinite(size) && size !== 11) out.size = size;
  if (on("b")) out.bold = true;
  if (on("i")) out.italic = true;
  const u = findElement(font, "u");
  if (u && attributes(u.attrText).get("val") !== "none") out.underline = true;
  const colour = childColour(font, "color", palette, true);
  if (colour !== null && colour !== "auto" && colour !== "000000") out.color = colour;
  // Effects a CellLook cannot hold make a font that is never taken for a look.
  const va = findElement(font, "vertAlign");
  const shifted = va !== null && (attributes(va.attrText).get("val") ?? "baseline") !== "baseline";
  const effects = shifted || ["strike", "outline", "shadow"].some((x) => on(x));
  return { ...(Object.keys(out).length > 0 ? { font: out } : {}), opaque: colour === null || effects };
}

function fillLook(fill: string, palette: string[]): { fill?: string; opaque: boolean } {
  const pf = findElement(fill, "patternFill");
  if (!pf) return { opaque: findElement(fill, "gradientFill") !== null };
  const type = attributes(pf.attrText).get("patternType") ?? "none";
  if (type === "none") return { opaque: false };
  if (type !== "solid") return { opaque: true };
  const colour = childColour(pf.inner, "fgColor", palette, false);
  if (colour === null) return { opaque: true };
  return { fill: colour === "auto" ? "000000" : colour, opaque: false };
}

function bordersLook(border: string, palette: string[]): { borders?: CellLook["borders"]; opaque: boolean } {
  const out: NonNullable<CellLook["borders"]> = {};
  let opaque = false;
  for (const e of EDGES) {
    const el = findElement(border, e) ?? findElement(border, e === "left" ? "start" : e === "right" ? "end" : e);
    if (!el) continue;
    const style = attributes(el.attrText).get("style");
    if (!style || style === "none") continue;
    const edge: BorderEdge = { style };
    const colour = childColour(el.inner, "color", palette, true);
    if (colour === null) opaque = true;
    else if (colour !== "auto" && colour !== "000000") edge.color = colour;
    out[e] = edge;
  }
  const diagonal = findElement(border, "diagonal");
  if (diagonal && (attributes(diagonal.attrText).get("style") ?? "none") !== "none") opaque = true;
  return { ...(Object.keys(out).length > 0 ? { borders: out } : {}), opaque };
}

function attrsOf(xf: string): Map<string, string> {
  return attributes(xf.slice(0, xf.indexOf(">")));
}

function readLook(styles: Styles, s: number, palette: string[]): Read {
  const xf = styles.item("cellXfs", s) ?? styles.item("cellXfs", 0);
  if (!xf) return { look: {}, opaque: false };
  const a = attrsOf(xf);
  const part = (kind: "fonts" | "fills" | "borders", key: string) => styles.item(kind, Number(a.get(key) ?? 0)) ?? "";
  const font = fontLook(part("fonts", "fontId"), palette);
  const fill = fillLook(part("fills", "fillId"), palette);
  const borders = bordersLook(part("borders", "borderId"), palette);
  const look: CellLook = {};
  if (font.font) look.font = font.font;
  if (fill.fill) look.fill = fill.fill;
  if (borders.borders) look.borders = borders.borders;
  const al = findElement(xf, "alignment");
  if (al) {
    const aa = attributes(al.attrText);
    const h = aa.get("horizontal");
    if (h && h !== "general") look.hAlign = h;
    const v = aa.get("vertical");
    if (v && v !== "bottom") look.vAlign = v;
    const w = aa.get("wrapText");
    if (w === "1" || w === "true") look.wrap = true;
  }
  return { look, opaque: font.opaque || fill.opaque || borders.opaque };
}

/** FNV-1a of a text, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** What cell format `s` means: its xf, font, fill, border and number format, as one fingerprint. */
function fingerprint(styles: Styles, s: number): string | null {
  const keys = knownOf(styles).keys;
  if (!keys.has(s)) keys.set(s, fingerprintOf(styles, s));
  return keys.get(s)!;
}

function fingerprintOf(styles: Styles, s: number): string | null {
  const xf = Number.isInteger(s) && s >= 0 ? styles.item("cellXfs", s) : null;
  if (xf === null) return null;
  const a = attrsOf(xf);
  const part = (kind: "fonts" | "fills" | "borders", key: string) => styles.item(kind, Number(a.get(key) ?? 0)) ?? "";
  return hash(
    [xf, part("fonts", "fontId"), part("fills", "fillId"), part("borders", "borderId"), styles.numberFormat(s)].join(
      "\u0000",
    ),
  );
}

/**
 * The look of cell format `s` as recorded for Batalkan: every part a CellLook holds (the defaults left out, as
 * Excel records them), and the index with its fingerprint for this writer.
 */
export function lookOfIndex(styles: Styles, s: number): CellLook {
  const { look } = readLook(styles, s, paletteOf(styles));
  const key = fingerprint(styles, s);
  return key === null ? look : { ...look, xlsxStyle: { index: s, key } };
}

function quoteOf(styles: Styles, s: number): boolean {
  const xf = styles.item("cellXfs", s);
  const q = xf ? attrsOf(xf).get("quotePrefix") : undefined;
  return q === "1" || q === "true";
}

/** The look's parts that matter for matching (the record's own index left out). */
function lookKey(look: CellLook): string {
  const f = look.font ?? {};
  const b = look.borders ?? {};
  return JSON.stringify([
    f.name ?? null,
    f.size ?? null,
    !!f.bold,
    !!f.italic,
    !!f.underline,
    f.color ?? null,
    look.fill ?? null,
    EDGES.map((e) => (b[e] ? [b[e]!.style, b[e]!.color ?? null] : null)),
    look.hAlign ?? null,
    look.vAlign ?? null,
    !!look.wrap,
  ]);
}

/**
 * The cell format that gives a cell `look` over its format `base`, with number format `numFmt` and the quote
 * prefix `quote`: the recorded index when it still means what it meant and has that number format and quote
 * prefix; else an existing format with exactly that look, number format, quote prefix and protection; else a
 * new one made of the look's parts.
 */
export function formatOfLook(styles: Styles, base: number, look: CellLook, numFmt: string, quote: boolean): number {
  const rec = look.xlsxStyle && Number.isInteger(look.xlsxStyle.index) ? look.xlsxStyle : undefined;
  if (
    rec &&
    fingerprint(styles, rec.index) === rec.key &&
    styles.numberFormat(rec.index) === numFmt &&
    quoteOf(styles, rec.index) === quote
  )
    return rec.index;
  const key = lookKey(look);
  const protection = protectionOf(styles.item("cellXfs", base) ?? "");
  const memo = `${key}\u0000${numFmt}\u0000${quote}\u0000${protection}\u0000${rec?.index ?? ""}`;
  const found = knownOf(styles).found;
  let id = found.get(memo);
  if (id === undefined) {
    id = findOrMake(styles, look, key, numFmt, quote, protection, rec?.index);
    found.set(memo, id);
  }
  return id;
}

function findOrMake(
  styles: Styles,
  look: CellLook,
  key: string,
  numFmt: string,
  quote: boolean,
  protection: string,
  recorded: number | undefined,
): number {
  const palette = paletteOf(styles);
  const fits = (i: number) => {
    const xf = styles.item("cellXfs", i)!;
    if (styles.numberFormat(i) !== numFmt || quoteOf(styles, i) !== quote || protectionOf(xf) !== protection)
      return false;
    const r = readLook(styles, i, palette);
    return !r.opaque && lookKey(r.look) === key && !/\b(indent|textRotation|shrinkToFit)=/.test(xf);
  };
  if (recorded !== undefined && recorded >= 0 && recorded < styles.count("cellXfs") && fits(recorded)) return recorded;
  for (let i = 0; i < styles.count("cellXfs"); i++) if (fits(i)) return i;
  return styles.addItem("cellXfs", buildXf(styles, look, numFmt, quote, protection, palette));
}

function protectionOf(xf: string): string {
  const el = findElement(xf, "protection");
  return el ? xf.slice(el.start, el.end) : "";
}

/** The index of an item of `kind` whose look is `want` (the first such, `prefer` first), or -1. */
function findItem(styles: Styles, kind: "fonts" | "fills" | "borders", want: string, prefer: number): number {
  const palette = paletteOf(styles);
  const keyOf = (i: number): string | null => {
    const xml = styles.item(kind, i) ?? "";
    const r =
      kind === "fonts" ? fontLook(xml, palette) : kind === "fills" ? fillLook(xml, palette) : bordersLook(xml, palette);
    if (r.opaque) return null;
    const look: CellLook = {};
    if ("font" in r && r.font) look.font = r.font;
    if ("fill" in r && r.fill) look.fill = r.fill;
    if ("borders" in r && r.borders) look.borders = r.borders;
    return lookKey(look);
  };
  if (prefer < styles.count(kind) && keyOf(prefer) === want) return prefer;
  for (let i = 0; i < styles.count(kind); i++) if (keyOf(i) === want) return i;
  return -1;
}

function buildXf(
  styles: Styles,
  look: CellLook,
  numFmt: string,
  quote: boolean,
  protection: string,
  palette: string[],
): string {
  const p = styles.p;
  const xf0 = styles.item("cellXfs", 0) ?? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
  const a0 = attrsOf(xf0);
  const nameEnd = xf0.search(/[\s/>]/);
  const qn = xf0.slice(1, nameEnd);
  const tagEnd = xf0.indexOf(">");
  let attrText = xf0.slice(nameEnd, xf0[tagEnd - 1] === "/" ? tagEnd - 1 : tagEnd);
  const fmt = styles.numFmtId(numFmt);
  attrText = setAttr(attrText, "numFmtId", String(fmt));
  attrText = fmt !== 0 ? setAttr(attrText, "applyNumberFormat", "1") : removeAttr(attrText, "applyNumberFormat");
  attrText = quote ? setAttr(attrText, "quotePrefix", "1") : removeAttr(attrText, "quotePrefix");

  const part = (kind: "fonts" | "fills" | "borders", id: string, apply: string, sub: CellLook, make: () => string) => {
    const want = lookKey(sub);
    let i = findItem(styles, kind, want, Number(a0.get(id) ?? 0));
    if (i < 0) i = styles.addItem(kind, make());
    attrText = setAttr(attrText, id, String(i));
    attrText = i !== 0 ? setAttr(attrText, apply, "1") : removeAttr(attrText, apply);
  };
  const font0 = styles.item("fonts", Number(a0.get("fontId") ?? 0)) ?? `<${p}font/>`;
  part("fonts", "fontId", "applyFont", look.font ? { font: look.font } : {}, () => makeFont(p, font0, look, palette));
  part("fills", "fillId", "applyFill", look.fill ? { fill: look.fill } : {}, () => makeFill(p, look.fill!));
  part("borders", "borderId", "applyBorder", look.borders ? { borders: look.borders } : {}, () =>
    makeBorder(p, look.borders ?? {}),
  );

  let inner = "";
  if (look.hAlign !== undefined || look.vAlign !== undefined || look.wrap) {
    let al = "";
    if (look.hAlign !== undefined) al += ` horizontal="${escapeAttr(look.hAlign)}"`;
    if (look.vAlign !== undefined) al += ` vertical="${escapeAttr(look.vAlign === "middle" ? "center" : look.vAlign)}"`;
    if (look.wrap) al += ` wrapText="1"`;
    inner += `<${p}alignment${al}/>`;
    attrText = setAttr(attrText, "applyAlignment", "1");
  } else attrText = removeAttr(attrText, "applyAlignment");
  inner += protection;
  return inner === "" ? `<${qn}${attrText}/>` : `<${qn}${attrText}>${inner}</${qn}>`;
}

/** A font: the workbook's default font (its family, and its scheme when the name stays) with the look's parts. */
function makeFont(p: string, font0: string, look: CellLook, palette: string[]): string {
  const f = look.font ?? {};
  const open = font0.slice(0, font0.indexOf(">") + 1);
  const selfClosing = open.endsWith("/>");
  const qn = open.slice(1).split(/[\s/>]/)[0];
  let inner = selfClosing ? "" : font0.slice(open.length, font0.lastIndexOf("<"));
  const name0 = findElement(inner, "name");
  const sameName = (name0 ? attributes(name0.attrText).get("val") : undefined) === (f.name ?? "Calibri");
  const colour0 = findElement(inner, "color");
  const keptColour = colour0 && !f.color && colourOf(colour0.attrText, palette, true) === "auto" ? colour0 : null;
  let colour = keptColour ? inner.slice(keptColour.start, keptColour.end) : "";
  if (f.color) colour = `<${p}color rgb="FF${f.color.toUpperCase()}"/>`;
  const drop = ["b", "i", "u", "strike", "outline", "shadow", "vertAlign", "sz", "color", "name"];
  if (!sameName) drop.push("scheme");
  for (const local of drop)
    for (let el = findElement(inner, local); el; el = findElement(inner, local))
      inner = inner.slice(0, el.start) + inner.slice(el.end);
  const parts =
    (f.bold ? `<${p}b/>` : "") +
    (f.italic ? `<${p}i/>` : "") +
    (f.underline ? `<${p}u/>` : "") +
    `<${p}sz val="${f.size ?? 11}"/>` +
    colour +
    `<${p}name val="${escapeAttr(f.name ?? "Calibri")}"/>`;
  return `${selfClosing ? open.slice(0, -2) + ">" : open}${parts}${inner}</${qn}>`;
}

function makeFill(p: string, rgb: string): string {
  return (
    `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb.toUpperCase()}"/>` +
    `<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
  );
}

function makeBorder(p: string, borders: NonNullable<CellLook["borders"]>): string {
  const side = (e: (typeof EDGES)[number]) => {
    const b = borders[e];
    if (!b) return `<${p}${e}/>`;
    const colour = b.color ? `<${p}color rgb="FF${b.color.toUpperCase()}"/>` : `<${p}color indexed="64"/>`;
    return `<${p}${e} style="${escapeAttr(b.style)}">${colour}</${p}${e}>`;
  };
  return `<${p}border>${EDGES.map(side).join("")}<${p}diagonal/></${p}border>`;
}

/**
 * The cell format of a cell that had format `base` and is written with `w`, a look recorded for Batalkan
 * (`w.restore`) under the write's number format (else the cell's own) and its quote prefix (else the cell's own).
 */
export function restoredFormat(
  styles: Styles,
  base: number,
  w: CellWrite & { restore?: CellLook },
  quote: boolean,
): number {
  const content = w.value !== undefined || w.formula !== undefined;
  const numFmt = w.numberFormat ?? styles.numberFormat(base);
  const s = formatOfLook(styles, base, w.restore ?? {}, numFmt, content ? quote : quoteOf(styles, base));
  return w.style ? styles.derive(s, { style: w.style }, false) : s;
}
