/**
 * The workbook's styles part, read for what the snapshot needs (each cell format's number format code and
 * whether its font is bold) and extended for what a plan writes: a written cell's format is its old one
 * with the plan's changes (number format, font, fill, border, alignment), added once per distinct result
 * at the end of the lists, so every index already used in the workbook keeps meaning what it meant.
 */
import type { CellWrite } from "../../core/workbook/port";
import { attributes, escapeAttr, findAll, findElement, prefixOf, removeAttr, setAttr } from "./xml";

import { BUILTIN_FORMATS } from "./style-defaults";

export { BUILTIN_FORMATS, MINIMAL_STYLES } from "./style-defaults";

/** The lists of the styles part that cell formats point into, and the cell formats (cellXfs) themselves. */
export type StyleList = "fonts" | "fills" | "borders" | "cellXfs";

interface Section {
  local: string;
  items: string[];
  added: number;
}

export class Styles {
  private readonly prefix: string;
  private readonly numFmts = new Map<number, string>();
  private readonly addedNumFmts: string[] = [];
  private readonly fonts: Section;
  private readonly fills: Section;
  private readonly borders: Section;
  private readonly xfs: Section;
  private readonly styleXfs: Section;
  private readonly derived = new Map<string, number>();
  private readonly byFormat = [new Map<number, Map<string, number>>(), new Map<number, Map<string, number>>()];
  private readonly index = new Map<string, number>();
  /** Per cell format: number format code and bold, computed once. */
  private formatCache: string[] | null = null;
  private boldCache: boolean[] | null = null;

  constructor(private readonly xml: string) {
    const root = findElement(xml, "styleSheet");
    this.prefix = root ? prefixOf(root.qname) : "";
    const nf = findElement(xml, "numFmts");
    if (nf) {
      for (const f of findAll(nf.inner, "numFmt")) {
        const a = attributes(f.attrText);
        const id = Number(a.get("numFmtId"));
        if (Number.isInteger(id)) this.numFmts.set(id, a.get("formatCode") ?? "General");
      }
    }
    this.fonts = this.section("fonts", "font");
    this.fills = this.section("fills", "fill");
    this.borders = this.section("borders", "border");
    this.xfs = this.section("cellXfs", "xf");
    this.styleXfs = this.section("cellStyleXfs", "xf");
  }

  private section(local: string, item: string): Section {
    const el = findElement(this.xml, local);
    return { local, items: el ? findAll(el.inner, item).map((f) => el.inner.slice(f.start, f.end)) : [], added: 0 };
  }

  /** The list a part of a cell format lives in. */
  private list(kind: StyleList): Section {
    return kind === "fonts" ? this.fonts : kind === "fills" ? this.fills : kind === "borders" ? this.borders : this.xfs;
  }

  /** The element prefix of the styles part ("" or "x:"). */
  get p(): string {
    return this.prefix;
  }

  /** The styles part as it was read. */
  get source(): string {
    return this.xml;
  }

  /** The XML of item `i` of a list (a font, fill, border or cell format), or null where there is none. */
  item(kind: StyleList, i: number): string | null {
    return this.list(kind).items[i] ?? null;
  }

  count(kind: StyleList): number {
    return this.list(kind).items.length;
  }

  /** The index of an item with exactly this XML, added at the end of its list when there is none. */
  addItem(kind: StyleList, xml: string): number {
    return this.add(this.list(kind), xml);
  }

  get changed(): boolean {
    return this.fonts.added + this.fills.added + this.borders.added + this.xfs.added + this.addedNumFmts.length > 0;
  }

  private formatCode(id: number): string {
    return this.numFmts.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
  }

  private build(): void {
    const formats: string[] = [];
    const bold: boolean[] = [];
    const fontBold = this.fonts.items.map((f) => {
      const b = findElement(f, "b");
      if (!b) return false;
      const v = attributes(b.attrText).get("val");
      return v === undefined || v === "1" || v === "true";
    });
    for (const xf of this.xfs.items) {
      const a = attributes(xf.slice(0, xf.indexOf(">")));
      formats.push(this.formatCode(Number(a.get("numFmtId") ?? 0)));
      bold.push(fontBold[Number(a.get("fontId") ?? 0)] ?? false);
    }
    this.formatCache = formats;
    this.boldCache = bold;
  }

  /** Number format code of cell format `s` ("General" where unknown). */
  numberFormat(s: number): string {
    if (!this.formatCache) this.build();
    return this.formatCache![s] ?? "General";
  }

  bold(s: number): boolean {
    if (!this.boldCache) this.build();
    return this.boldCache![s] ?? false;
  }

  private add(sec: Section, item: string): number {
    const key = `${sec.local}\u0000${item}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const found = sec.items.indexOf(item);
    if (found >= 0) {
      this.index.set(key, found);
      return found;
    }
    sec.items.push(item);
    sec.added++;
    this.index.set(key, sec.items.length - 1);
    return sec.items.length - 1;
  }

  /** The id of number format `code`, added to the part's custom formats when it has none. */
  numFmtId(code: string): number {
    for (const [id, c] of this.numFmts) if (c === code) return id;
    for (const [id, c] of Object.entries(BUILTIN_FORMATS)) if (c === code) return Number(id);
    let next = 164;
    for (const id of this.numFmts.keys()) if (id >= next) next = id + 1;
    this.numFmts.set(next, code);
    this.addedNumFmts.push(`<${this.prefix}numFmt numFmtId="${next}" formatCode="${escapeAttr(code)}"/>`);
    return next;
  }

  /**
   * The cell format for a cell that had format `base` and is written with `w`; `quote` marks text that
   * must stay text when the user edits it (quotePrefix). Returns `base` when nothing changes.
   */
  derive(base: number, w: CellWrite, quote: boolean): number {
    const s = w.style;
    if (w.numberFormat === undefined && !s && !quote) return base;
    if (s) return this.deriveKeyed(base, w, quote);
    // A number format alone (the fill's 200,000 cells): looked up by base and code, no key string built per cell.
    const byBase = this.byFormat[quote ? 1 : 0];
    let line = byBase.get(base);
    if (!line) byBase.set(base, (line = new Map()));
    const code = w.numberFormat ?? "";
    let v = line.get(code);
    if (v === undefined) line.set(code, (v = this.deriveKeyed(base, w, quote)));
    return v;
  }

  /** derive() for any write, remembered by a key of all it depends on. */
  private deriveKeyed(base: number, w: CellWrite, quote: boolean): number {
    const s = w.style;
    const key = `${base}|${w.numberFormat ?? ""}|${s ? JSON.stringify(s) : ""}|${quote ? 1 : 0}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    let xf =
      this.xfs.items[base] ?? this.xfs.items[0] ?? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const tagEnd = xf.indexOf(">");
    const selfClosing = xf[tagEnd - 1] === "/";
    const nameEnd = xf.search(/[\s/>]/);
    let attrText = xf.slice(nameEnd, selfClosing ? tagEnd - 1 : tagEnd);
    let inner = selfClosing ? "" : xf.slice(tagEnd + 1, xf.lastIndexOf("<"));
    const a = attributes(attrText);
    if (w.numberFormat !== undefined) {
      attrText = setAttr(attrText, "numFmtId", String(this.numFmtId(w.numberFormat)));
      attrText = setAttr(attrText, "applyNumberFormat", "1");
    }
    if (quote) attrText = setAttr(attrText, "quotePrefix", "1");
    if (s) {
      if (s.bold !== undefined || s.italic !== undefined || s.fontName !== undefined || s.fontSize !== undefined) {
        const font = this.fonts.items[Number(a.get("fontId") ?? 0)] ?? `<${p}font></${p}font>`;
        attrText = setAttr(attrText, "fontId", String(this.add(this.fonts, this.changeFont(font, w))));
        attrText = setAttr(attrText, "applyFont", "1");
      }
      if (s.fill !== undefined) {
        const fill =
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${s.fill.toUpperCase()}"/>` +
          `</${p}patternFill></${p}fill>`;
        attrText = setAttr(attrText, "fillId", String(this.add(this.fills, fill)));
        attrText = setAttr(attrText, "applyFill", "1");
      }
      if (s.border !== undefined) {
        const side = (n: string) => (s.border ? `<${p}${n} style="thin"/>` : `<${p}${n}/>`);
        const border = `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
        attrText = setAttr(attrText, "borderId", String(this.add(this.borders, border)));
        attrText = setAttr(attrText, "applyBorder", "1");
      }
      if (s.hAlign !== undefined || s.vAlign !== undefined || s.wrap !== undefined) {
        const al = findElement(inner, "alignment");
        let alAttrs = al ? al.attrText : "";
        if (s.hAlign !== undefined) alAttrs = setAttr(alAttrs, "horizontal", s.hAlign);
        if (s.vAlign !== undefined) alAttrs = setAttr(alAttrs, "vertical", s.vAlign === "middle" ? "center" : s.vAlign);
        if (s.wrap !== undefined)
          alAttrs = s.wrap ? setAttr(alAttrs, "wrapText", "1") : removeAttr(alAttrs, "wrapText");
        const el = `<${p}alignment${alAttrs}/>`;
        inner = al ? inner.slice(0, al.start) + el + inner.slice(al.end) : el + inner;
        attrText = setAttr(attrText, "applyAlignment", "1");
      }
    }
    const qn = xf.slice(1, nameEnd);
    const make = (at: string) => (inner === "" ? `<${qn}${at}/>` : `<${qn}${at}>${inner}</${qn}>`);
    xf = make(attrText);
    // A number format put back (Batalkan) finds the format the cell had, which may lack the apply flag: where
    // the cell's style has that number format too, the flag changes nothing, so that format is the same.
    let id = this.xfs.items.indexOf(xf);
    if (id < 0 && w.numberFormat !== undefined) {
      const parent = this.styleXfs.items[Number(a.get("xfId") ?? 0)] ?? "";
      const own = attributes(attrText).get("numFmtId") ?? "0";
      if ((attributes(parent.slice(0, parent.indexOf(">"))).get("numFmtId") ?? "0") === own)
        id = this.xfs.items.indexOf(make(removeAttr(attrText, "applyNumberFormat")));
    }
    if (id < 0) id = this.add(this.xfs, xf);
    this.derived.set(key, id);
    return id;
  }

  /**
   * The cell format of a cell that had format `base` and takes the look (font, fill, borders, alignment) of
   * format `src` ("style like this cell"): the number format and quote prefix stay the target's own.
   */
  lookLike(base: number, src: number): number {
    const key = `look|${base}|${src}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const fallback = `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const target = this.xfs.items[base] ?? this.xfs.items[0] ?? fallback;
    const source = this.xfs.items[src] ?? this.xfs.items[0] ?? fallback;
    const ta = attributes(target.slice(0, target.indexOf(">")));
    const srcEnd = source.indexOf(">");
    const selfClosing = source[srcEnd - 1] === "/";
    const nameEnd = source.search(/[\s/>]/);
    let attrText = source.slice(nameEnd, selfClosing ? srcEnd - 1 : srcEnd);
    const inner = selfClosing ? "" : source.slice(srcEnd + 1, source.lastIndexOf("<"));
    attrText = setAttr(attrText, "numFmtId", ta.get("numFmtId") ?? "0");
    attrText = ta.get("applyNumberFormat")
      ? setAttr(attrText, "applyNumberFormat", ta.get("applyNumberFormat")!)
      : removeAttr(attrText, "applyNumberFormat");
    attrText = ta.get("quotePrefix")
      ? setAttr(attrText, "quotePrefix", ta.get("quotePrefix")!)
      : removeAttr(attrText, "quotePrefix");
    // Protection belongs to the target cell, not to the look.
    const keptInner = inner.replace(/<([\w.-]+:)?protection\b[^>]*\/>/g, "");
    const qn = source.slice(1, nameEnd);
    const xf = keptInner === "" ? `<${qn}${attrText}/>` : `<${qn}${attrText}>${keptInner}</${qn}>`;
    const id = this.add(this.xfs, xf);
    this.derived.set(key, id);
    return id;
  }

  /** Whether format `s` has a look of its own (a font, fill or border other than the first, or an alignment). */
  hasLook(s: number): boolean {
    const xf = this.xfs.items[s];
    if (!xf) return false;
    const a = attributes(xf.slice(0, xf.indexOf(">")));
    const nonZero = (k: string) => Number(a.get(k) ?? 0) !== 0;
    return nonZero("fontId") || nonZero("fillId") || nonZero("borderId") || /alignment/.test(xf);
  }

  private changeFont(font: string, w: CellWrite): string {
    const s = w.style!;
    const p = this.prefix;
    const open = font.slice(0, font.indexOf(">") + 1);
    const selfClosing = open.endsWith("/>");
    const qn = open.slice(1).split(/[\s/>]/)[0];
    let inner = selfClosing ? "" : font.slice(open.length, font.lastIndexOf("<"));
    const drop = (local: string) => {
      for (;;) {
        const f = findElement(inner, local);
        if (!f) return;
        inner = inner.slice(0, f.start) + inner.slice(f.end);
      }
    };
    if (s.bold !== undefined) {
      drop("b");
      if (s.bold) inner = `<${p}b/>` + inner;
    }
    if (s.italic !== undefined) {
      drop("i");
      if (s.italic) inner = `<${p}i/>` + inner;
    }
    if (s.fontSize !== undefined) {
      drop("sz");
      inner += `<${p}sz val="${s.fontSize}"/>`;
    }
    if (s.fontName !== undefined) {
      drop("name");
      // A theme font ignores its name in some readers: a named font is a plain font.
      drop("scheme");
      inner += `<${p}name val="${escapeAttr(s.fontName)}"/>`;
    }
    const head = selfClosing ? open.slice(0, -2) + ">" : open;
    return `${head}${inner}</${qn}>`;
  }

  /** The styles part with the additions, or the part as it was when nothing was added. */
  toXml(): string {
    let xml = this.xml;
    const p = this.prefix;
    const replaceSection = (sec: Section, after: string[]) => {
      if (sec.added === 0) return;
      const el = findElement(xml, sec.local);
      const body = sec.items.join("");
      if (el) {
        let attrs = setAttr(el.attrText, "count", String(sec.items.length));
        attrs = attrs.replace(/\s+$/, "");
        xml = xml.slice(0, el.start) + `<${el.qname}${attrs}>${body}</${el.qname}>` + xml.slice(el.end);
      } else {
        xml = insertChild(xml, `<${p}${sec.local} count="${sec.items.length}">${body}</${p}${sec.local}>`, after);
      }
    };
    if (this.addedNumFmts.length > 0) {
      const el = findElement(xml, "numFmts");
      if (el) {
        const count = findAll(el.inner, "numFmt").length + this.addedNumFmts.length;
        const body = el.inner + this.addedNumFmts.join("");
        xml =
          xml.slice(0, el.start) +
          `<${el.qname}${setAttr(el.attrText, "count", String(count))}>${body}</${el.qname}>` +
          xml.slice(el.end);
      } else {
        xml = insertChild(
          xml,
          `<${p}numFmts count="${this.addedNumFmts.length}">${this.addedNumFmts.join("")}</${p}numFmts>`,
          [],
        );
      }
    }
    replaceSection(this.fonts, ["numFmts"]);
    replaceSection(this.fills, ["fonts", "numFmts"]);
    replaceSection(this.borders, ["fills", "fonts", "numFmts"]);
    replaceSection(this.xfs, ["cellStyleXfs", "borders", "fills", "fonts", "numFmts"]);
    return xml;
  }
}

/** Inserts a child of the root after the last of `after` that exists, else as the root's first child. */
function insertChild(xml: string, child: string, after: string[]): string {
  for (const local of after) {
    const el = findElement(xml, local);
    if (el) return xml.slice(0, el.end) + child + xml.slice(el.end);
  }
  const root = findElement(xml, "styleSheet");
  if (!root) return xml;
  if (root.selfClosing)
    return xml.slice(0, root.start) + `<${root.qname}${root.attrText}>${child}</${root.qname}>` + xml.slice(root.end);
  return xml.slice(0, root.innerStart) + child + xml.slice(root.innerStart);
}
