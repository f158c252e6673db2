/**
 * The little XML the package writer needs, over plain strings: finding elements by local name (any
 * namespace prefix, or none), reading and setting attributes, escaping and unescaping text, and the
 * OOXML `_xHHHH_` escape for characters XML cannot hold. Elements the package parts repeat (sheet, rel,
 * Override, xf, font, row, c) never nest in themselves, which is what lets a scan find an element's end
 * with one search. Browser-safe; no DOM.
 */

/** One element found in a text: where it starts and ends, its start tag and its content. */
export interface Found {
  /** Index of "<". */
  start: number;
  /** Index just past the element's end (past "/>" or past its end tag). */
  end: number;
  /** The qualified name as written ("x:c" or "c"). */
  qname: string;
  /** The start tag's attribute text (between the name and ">" or "/>"). */
  attrText: string;
  /** Content between start and end tag ("" for an empty element). */
  inner: string;
  /** Index of the content's first character (== end for an empty element). */
  innerStart: number;
  selfClosing: boolean;
}

const NAME_END = /[\s/>]/;

/**
 * The next element with this local name at or after `from` (before `limit`), or null. Comments,
 * processing instructions and CDATA are not expected in package parts and are not treated specially.
 */
export function findElement(xml: string, local: string, from = 0, limit = xml.length): Found | null {
  let i = from;
  while (i < limit) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= limit) return null;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 33 /* ! */) {
      i = lt + 2;
      continue;
    }
    // the qualified name
    let j = lt + 1;
    while (j < xml.length && !NAME_END.test(xml[j])) j++;
    const qname = xml.slice(lt + 1, j);
    const colon = qname.indexOf(":");
    const name = colon < 0 ? qname : qname.slice(colon + 1);
    if (name !== local) {
      i = j;
      continue;
    }
    const gt = tagEnd(xml, j);
    if (gt < 0) return null;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const attrText = xml.slice(j, selfClosing ? gt - 1 : gt);
    if (selfClosing) {
      return { start: lt, end: gt + 1, qname, attrText, inner: "", innerStart: gt + 1, selfClosing };
    }
    const close = `</${qname}`;
    let k = xml.indexOf(close, gt + 1);
    while (k >= 0 && !/[\s>]/.test(xml[k + close.length] ?? ">")) k = xml.indexOf(close, k + 1);
    if (k < 0) return null;
    const endGt = xml.indexOf(">", k);
    return {
      start: lt,
      end: endGt + 1,
      qname,
      attrText,
      inner: xml.slice(gt + 1, k),
      innerStart: gt + 1,
      selfClosing: false,
    };
  }
  return null;
}

/** Every element with this local name in [from, limit). */
export function findAll(xml: string, local: string, from = 0, limit = xml.length): Found[] {
  const out: Found[] = [];
  let at = from;
  for (;;) {
    const f = findElement(xml, local, at, limit);
    if (!f) return out;
    out.push(f);
    at = f.end;
  }
}

/** Index of the ">" that ends the tag whose name ended at `from`, skipping quoted attribute values. */
export function tagEnd(xml: string, from: number): number {
  let i = from;
  while (i < xml.length) {
    const ch = xml.charCodeAt(i);
    if (ch === 62) return i;
    if (ch === 34 || ch === 39) {
      const q = xml.indexOf(ch === 34 ? '"' : "'", i + 1);
      if (q < 0) return -1;
      i = q + 1;
      continue;
    }
    i++;
  }
  return -1;
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's attribute text, by qualified name, values unescaped. */
export function attributes(attrText: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(attrText); m; m = ATTR.exec(attrText)) out.set(m[1], unescapeXml(m[2] ?? m[3] ?? ""));
  return out;
}

/** An attribute by local name (any prefix, or none); the unprefixed one wins. */
export function attr(attrs: Map<string, string>, local: string): string | undefined {
  const plain = attrs.get(local);
  if (plain !== undefined) return plain;
  for (const [k, v] of attrs) {
    const colon = k.indexOf(":");
    if (colon >= 0 && k.slice(colon + 1) === local && !k.startsWith("xmlns")) return v;
  }
  return undefined;
}

/** The attribute text with `name` set to `value` (replaced where present, appended otherwise). */
export function setAttr(attrText: string, name: string, value: string): string {
  const re = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const text = ` ${name}="${escapeAttr(value)}"`;
  if (re.test(attrText)) return attrText.replace(re, (_m, space: string) => `${space}${text.slice(1)}`);
  return attrText.replace(/\s*$/, "") + text;
}

/** removeAttr's expression per attribute name (no flags, so one object serves every call). */
const REMOVE_ATTR = new Map<string, RegExp>();

/** The attribute text without `name`. */
export function removeAttr(attrText: string, name: string): string {
  let re = REMOVE_ATTR.get(name);
  if (!re) REMOVE_ATTR.set(name, (re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`)));
  return attrText.replace(re, "");
}

/** The prefix ("x:" or "") a start tag's qualified name uses. */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon + 1);
}

const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_m, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** OOXML's escape for characters XML 1.0 cannot carry ("_x0001_"), undone on reading text. */
export function unescapeOoxml(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const BAD_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** Any character escapeText changes (most formulas and labels have none). */
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

/** Text for element content: &, <, > escaped, characters XML cannot hold as _xHHHH_. */
export function escapeText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  let out = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  if (BAD_XML_CHARS.test(out)) {
    BAD_XML_CHARS.lastIndex = 0;
    out = out.replace(BAD_XML_CHARS, (ch) =>
      ch === "_" ? "_x005F_" : `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
  }
  BAD_XML_CHARS.lastIndex = 0;
  return out;
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\r?\n/g, "&#10;");
}

/** The text of every <t> inside (a shared string item or an inline string), phonetic runs left out. */
export function textOf(inner: string): string {
  if (inner.indexOf("rPh") >= 0) inner = inner.replace(/<(\w+:)?rPh[\s>][\s\S]*?<\/(\w+:)?rPh>/g, "");
  let out = "";
  let at = 0;
  for (;;) {
    const f = findElement(inner, "t", at);
    if (!f) break;
    out += f.inner;
    at = f.end;
  }
  return unescapeOoxml(unescapeXml(out));
}
