/**
 * Looks as Batalkan records and puts them back in the package writer. A look is read from a cell format (xf)
 * of the styles part (./look-read.ts) as the port's host-neutral CellLook (font name, size, bold, italic,
 * underline and colour; solid fill; border edges with style and colour; alignment and wrap), so that Excel can
 * take back a fill made here, and it carries the cell format index itself with a fingerprint of what that index
 * meant (its xf, font, fill, border and number format). The styles part only grows under this writer, so in the
 * same file the index still means what it meant and is put back as it was, byte for byte; when another program
 * rewrote the styles (or the look was recorded by Excel) the look is built from its parts, reusing an existing
 * format where one gives exactly that look.
 */
import type { CellLook, CellWrite } from "../../core/workbook/port";
import type { Styles } from "./styles";
import { attributes, escapeAttr, findElement, removeAttr, setAttr } from "./xml";
import {
  attrsOf,
  bordersLook,
  colourOf,
  EDGES,
  fillLook,
  fontLook,
  knownOf,
  lookKey,
  paletteOf,
  quoteOf,
  readLook,
} from "./look-read";

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

const RGB = /^[0-9A-Fa-f]{6}$/;

/** A look as stored in a workbook's state, with only the parts that are what they should be. */
export function cleanLook(raw: CellLook): CellLook {
  const look: CellLook = {};
  const text = (v: unknown) => (typeof v === "string" && v.length > 0 && v.length <= 64 ? v : undefined);
  const rgb = (v: unknown) => (typeof v === "string" && RGB.test(v) ? v.toUpperCase() : undefined);
  const f = raw.font;
  if (f && typeof f === "object") {
    const font: NonNullable<CellLook["font"]> = {};
    if (text(f.name)) font.name = f.name;
    if (typeof f.size === "number" && Number.isFinite(f.size) && f.size > 0 && f.size <= 409) font.size = f.size;
    if (f.bold === true) font.bold = true;
    if (f.italic === true) font.italic = true;
    if (f.underline === true) font.underline = true;
    if (rgb(f.color)) font.color = rgb(f.color);
    if (Object.keys(font).length > 0) look.font = font;
  }
  if (rgb(raw.fill)) look.fill = rgb(raw.fill);
  if (raw.borders && typeof raw.borders === "object") {
    const borders: NonNullable<CellLook["borders"]> = {};
    for (const e of EDGES) {
      const b = raw.borders[e];
      if (!b || typeof b !== "object" || !/^[A-Za-z]{1,20}$/.test(String(b.style))) continue;
      borders[e] = rgb(b.color) ? { style: b.style, color: rgb(b.color) } : { style: b.style };
    }
    if (Object.keys(borders).length > 0) look.borders = borders;
  }
  const align = (v: unknown) => (typeof v === "string" && /^[A-Za-z]{1,20}$/.test(v) ? v : undefined);
  if (align(raw.hAlign)) look.hAlign = raw.hAlign;
  if (align(raw.vAlign)) look.vAlign = raw.vAlign;
  if (raw.wrap === true) look.wrap = true;
  const x = raw.xlsxStyle;
  if (x && typeof x === "object" && Number.isInteger(x.index) && x.index >= 0 && typeof x.key === "string")
    look.xlsxStyle = { index: x.index, key: x.key };
  return look;
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
