/**
 * Reading a cell format (xf) of the styles part as the port's CellLook, for Batalkan (./looks.ts): the font,
 * the solid fill, the border edges and the alignment, colours as RGB (indexed ones through the palette, the
 * text colour of the theme as automatic); a part that a CellLook cannot hold (another theme colour, a pattern,
 * a diagonal, a struck-through font) makes the look "opaque", never taken for a recorded one.
 */
import type { BorderEdge, CellLook } from "../../core/workbook/port";
import type { Styles } from "./styles";
import { attributes, findAll, findElement } from "./xml";

export const EDGES = ["left", "right", "top", "bottom"] as const;

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

export function knownOf(styles: Styles): Known {
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

export function paletteOf(styles: Styles): string[] {
  return knownOf(styles).palette;
}

export function colourOf(attrText: string | undefined, palette: string[], text: boolean): Colour {
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

export function fontLook(font: string, palette: string[]): { font?: NonNullable<CellLook["font"]>; opaque: boolean } {
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

export function fillLook(fill: string, palette: string[]): { fill?: string; opaque: boolean } {
  const pf = findElement(fill, "patternFill");
  if (!pf) return { opaque: findElement(fill, "gradientFill") !== null };
  const type = attributes(pf.attrText).get("patternType") ?? "none";
  if (type === "none") return { opaque: false };
  if (type !== "solid") return { opaque: true };
  const colour = childColour(pf.inner, "fgColor", palette, false);
  if (colour === null) return { opaque: true };
  return { fill: colour === "auto" ? "000000" : colour, opaque: false };
}

export function bordersLook(border: string, palette: string[]): { borders?: CellLook["borders"]; opaque: boolean } {
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

export function attrsOf(xf: string): Map<string, string> {
  return attributes(xf.slice(0, xf.indexOf(">")));
}

export function readLook(styles: Styles, s: number, palette: string[]): Read {
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

export function quoteOf(styles: Styles, s: number): boolean {
  const xf = styles.item("cellXfs", s);
  const q = xf ? attrsOf(xf).get("quotePrefix") : undefined;
  return q === "1" || q === "true";
}

/** The look's parts that matter for matching (the record's own index left out). */
export function lookKey(look: CellLook): string {
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
