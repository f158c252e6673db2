/**
 * Edits of the workbook-level parts when a plan adds or removes sheets or asks for recalculation: the
 * workbook part (<sheets>, <definedNames>, <bookViews>, <calcPr>), a part's relationships and the content
 * types. Each edit touches only the element concerned and keeps the prefixes the part already uses.
 */
import { NS_REL_BASE } from "./package";
import { attributes, escapeAttr, escapeText, findAll, findElement, prefixOf, removeAttr, setAttr } from "./xml";

/** CT_Workbook's children, in schema order. */
const WB_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "appMgmt",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

function rootOf(xml: string, local: string) {
  const el = findElement(xml, local);
  if (!el) throw new Error(`no ${local}`);
  return el;
}

/** Inserts a workbook child where the schema order puts it. */
function insertWbChild(xml: string, local: string, child: string): string {
  const rank = WB_ORDER.indexOf(local);
  for (const later of WB_ORDER.slice(rank + 1)) {
    const el = findElement(xml, later);
    if (el) return xml.slice(0, el.start) + child + xml.slice(el.start);
  }
  const root = rootOf(xml, "workbook");
  const close = xml.lastIndexOf(`</${root.qname}`);
  return xml.slice(0, close) + child + xml.slice(close);
}

const mainPrefix = (xml: string) => prefixOf(rootOf(xml, "workbook").qname);

/** The prefix bound to the relationships namespace on the root, or null. */
function relPrefix(xml: string): string | null {
  const root = findElement(xml, "workbook")!;
  for (const [k, v] of attributes(root.attrText)) if (k.startsWith("xmlns:") && v === NS_REL_BASE) return k.slice(6);
  return null;
}

export function addSheetEntry(xml: string, name: string, sheetId: number, relId: string, state?: string): string {
  const p = mainPrefix(xml);
  const rp = relPrefix(xml);
  const idAttr = rp ? `${rp}:id="${relId}"` : `xmlns:r="${NS_REL_BASE}" r:id="${relId}"`;
  const st = state && state !== "visible" ? ` state="${state}"` : "";
  const el = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${st} ${idAttr}/>`;
  const sheets = findElement(xml, "sheets");
  if (!sheets) return insertWbChild(xml, "sheets", `<${p}sheets>${el}</${p}sheets>`);
  if (sheets.selfClosing)
    return (
      xml.slice(0, sheets.start) + `<${sheets.qname}${sheets.attrText}>${el}</${sheets.qname}>` + xml.slice(sheets.end)
    );
  const close = sheets.end - `</${sheets.qname}>`.length;
  return xml.slice(0, close) + el + xml.slice(close);
}

/** Removes the index-th <sheet> and renumbers what points at sheets by position. */
export function removeSheetEntry(xml: string, index: number): string {
  const sheets = findElement(xml, "sheets")!;
  const list = findAll(xml, "sheet", sheets.innerStart, sheets.end);
  const el = list[index];
  let out = xml.slice(0, el.start) + xml.slice(el.end);
  const remaining = list.length - 1;
  // Defined names local to a sheet carry its position.
  const dn = findElement(out, "definedNames");
  if (dn) {
    let inner = "";
    let at = 0;
    for (const d of findAll(dn.inner, "definedName")) {
      inner += dn.inner.slice(at, d.start);
      at = d.end;
      const local = attributes(d.attrText).get("localSheetId");
      if (local === undefined) {
        inner += dn.inner.slice(d.start, d.end);
        continue;
      }
      const n = Number(local);
      if (n === index) continue;
      const attrs = n > index ? setAttr(d.attrText, "localSheetId", String(n - 1)) : d.attrText;
      inner += `<${d.qname}${attrs}>${d.inner}</${d.qname}>`;
    }
    inner += dn.inner.slice(at);
    const body = findAll(inner, "definedName").length === 0 ? "" : `<${dn.qname}${dn.attrText}>${inner}</${dn.qname}>`;
    out = out.slice(0, dn.start) + body + out.slice(dn.end);
  }
  const bv = findElement(out, "bookViews");
  if (bv) {
    let inner = bv.inner;
    for (const v of findAll(bv.inner, "workbookView").reverse()) {
      const a = attributes(v.attrText);
      let attrs = v.attrText;
      for (const key of ["activeTab", "firstSheet"]) {
        const n = Number(a.get(key) ?? 0);
        if (a.get(key) === undefined) continue;
        const fixed = n > index ? n - 1 : Math.min(n, Math.max(0, remaining - 1));
        attrs = fixed === 0 && key === "firstSheet" ? removeAttr(attrs, key) : setAttr(attrs, key, String(fixed));
      }
      const el2 = v.selfClosing ? `<${v.qname}${attrs}/>` : `<${v.qname}${attrs}>${v.inner}</${v.qname}>`;
      inner = inner.slice(0, v.start) + el2 + inner.slice(v.end);
    }
    out = out.slice(0, bv.innerStart) + inner + out.slice(bv.innerStart + bv.inner.length);
  }
  return out;
}

/** Points the active tab at a visible sheet when it points at a hidden one. */
export function fixActiveTab(xml: string, visible: boolean[]): string {
  const bv = findElement(xml, "bookViews");
  if (!bv) return xml;
  const v = findElement(bv.inner, "workbookView");
  if (!v) return xml;
  const a = attributes(v.attrText);
  const active = Number(a.get("activeTab") ?? 0);
  if (visible[active]) return xml;
  const first = Math.max(0, visible.indexOf(true));
  const attrs = setAttr(v.attrText, "activeTab", String(first));
  const el = v.selfClosing ? `<${v.qname}${attrs}/>` : `<${v.qname}${attrs}>${v.inner}</${v.qname}>`;
  const at = bv.innerStart + v.start;
  return xml.slice(0, at) + el + xml.slice(at + (v.end - v.start));
}

export function setSheetState(xml: string, index: number, state: "visible" | "hidden" | "veryHidden"): string {
  const sheets = findElement(xml, "sheets")!;
  const el = findAll(xml, "sheet", sheets.innerStart, sheets.end)[index];
  const attrs = state === "visible" ? removeAttr(el.attrText, "state") : setAttr(el.attrText, "state", state);
  return xml.slice(0, el.start) + `<${el.qname}${attrs.replace(/\s+$/, "")}/>` + xml.slice(el.end);
}

/** Asks the host to recalculate every formula when the workbook is opened (calcPr fullCalcOnLoad). */
export function setFullCalcOnLoad(xml: string): string {
  const el = findElement(xml, "calcPr");
  if (el) {
    if (attributes(el.attrText).get("fullCalcOnLoad") === "1") return xml;
    const attrs = setAttr(el.attrText, "fullCalcOnLoad", "1").replace(/\s+$/, "");
    const tag = el.selfClosing ? `<${el.qname}${attrs}/>` : `<${el.qname}${attrs}>${el.inner}</${el.qname}>`;
    return xml.slice(0, el.start) + tag + xml.slice(el.end);
  }
  return insertWbChild(xml, "calcPr", `<${mainPrefix(xml)}calcPr fullCalcOnLoad="1"/>`);
}

/** Sets (or replaces) the print titles of the sheet at `index`: rows `from`..`to`, 0-based. */
export function setPrintTitles(
  xml: string,
  index: number,
  sheetName: string,
  rows: [number, number] | undefined,
): string {
  const p = mainPrefix(xml);
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const el = rows
    ? `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(`${quoted}!$${rows[0] + 1}:$${rows[1] + 1}`)}</${p}definedName>`
    : "";
  const dn = findElement(xml, "definedNames");
  if (!dn) return el ? insertWbChild(xml, "definedNames", `<${p}definedNames>${el}</${p}definedNames>`) : xml;
  let inner = dn.inner;
  for (const d of findAll(inner, "definedName").reverse()) {
    const a = attributes(d.attrText);
    if (a.get("name") === "_xlnm.Print_Titles" && a.get("localSheetId") === String(index))
      inner = inner.slice(0, d.start) + inner.slice(d.end);
  }
  return xml.slice(0, dn.start) + `<${dn.qname}${dn.attrText}>${inner}${el}</${dn.qname}>` + xml.slice(dn.end);
}

// --- relationships and content types -----------------------------------------------------------

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export function addRel(xml: string, id: string, type: string, target: string): string {
  const root = rootOf(xml, "Relationships");
  const p = prefixOf(root.qname);
  const el = `<${p}Relationship Id="${escapeAttr(id)}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  if (root.selfClosing)
    return xml.slice(0, root.start) + `<${root.qname}${root.attrText}>${el}</${root.qname}>` + xml.slice(root.end);
  const close = xml.lastIndexOf(`</${root.qname}`);
  return xml.slice(0, close) + el + xml.slice(close);
}

export function removeRel(xml: string, id: string): string {
  for (const r of findAll(xml, "Relationship"))
    if (attributes(r.attrText).get("Id") === id) return xml.slice(0, r.start) + xml.slice(r.end);
  return xml;
}

/** A relationship id not used in the part yet ("rId7"). */
export function freeRelId(xml: string): string {
  const used = new Set(findAll(xml, "Relationship").map((r) => attributes(r.attrText).get("Id")));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function addOverride(xml: string, part: string, type: string): string {
  const root = rootOf(xml, "Types");
  const p = prefixOf(root.qname);
  const el = `<${p}Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>`;
  const close = xml.lastIndexOf(`</${root.qname}`);
  return xml.slice(0, close) + el + xml.slice(close);
}

export function removeOverride(xml: string, part: string): string {
  const want = `/${part}`.toLowerCase();
  for (const o of findAll(xml, "Override"))
    if ((attributes(o.attrText).get("PartName") ?? "").toLowerCase() === want)
      return xml.slice(0, o.start) + xml.slice(o.end);
  return xml;
}
