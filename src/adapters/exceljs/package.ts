/**
 * An OOXML package (.xlsx / .xlsm) as the writer sees it: the zip's parts, the content types, the
 * relationships, and the workbook's sheets found by following them the way the OPC rules say (targets
 * relative to the source part's folder or absolute from the package root, any part names, any namespace
 * prefix), never by assuming one writer's file names. Parts are decompressed only when asked for, and a
 * part nobody changes is written back as the bytes it came in (see ./zip.ts).
 */
import { pesanXlsx as t } from "../../core/i18n/xlsx";
import { WorkbookFileError } from "./errors";
import { attr, attributes, findAll, findElement } from "./xml";
import { entryData, readZip, writeZip, ZipFormatError, type OutPart, type ZipEntry } from "./zip";
import { pushAll } from "../../core/arrays";

export const NS_REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT = "http://purl.oclc.org/ooxml/";
export const REL_WORKSHEET = `${NS_REL_BASE}/worksheet`;
export const REL_STYLES = `${NS_REL_BASE}/styles`;
export const REL_SHARED_STRINGS = `${NS_REL_BASE}/sharedStrings`;
export const REL_CALC_CHAIN = `${NS_REL_BASE}/calcChain`;
const REL_OFFICE_DOCUMENT = `${NS_REL_BASE}/officeDocument`;
export const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  /** The resolved part name (no leading "/"), or null for an external target. */
  part: string | null;
}

export interface SheetEntry {
  name: string;
  sheetId: string;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The part (null for a chartsheet or another non-worksheet sheet). */
  part: string | null;
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** The folder of a part name ("xl/worksheets/sheet1.xml" -> "xl/worksheets"). */
function folderOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i);
}

/** Resolves a relationship target against the source part (OPC: relative, or absolute from the root). */
export function resolveTarget(source: string, target: string): string {
  let t0 = target.replace(/\\/g, "/");
  try {
    t0 = decodeURIComponent(t0);
  } catch {
    // keep it as written
  }
  const segs = t0.startsWith("/") ? [] : folderOf(source).split("/").filter(Boolean);
  for (const s of t0.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segs.pop();
    else segs.push(s);
  }
  return segs.join("/");
}

/** The .rels part of a part ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" -> "_rels/.rels"). */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  const base = part.slice(folder.length + (folder ? 1 : 0));
  return `${folder ? `${folder}/` : ""}_rels/${base}.rels`;
}

export class Package {
  /** Entries by lower-cased name (OPC part names compare case-insensitively). */
  private readonly entries = new Map<string, ZipEntry>();
  /** Parts changed or added, by lower-cased name: their new bytes. */
  private readonly changed = new Map<string, { name: string; data: Uint8Array }>();
  private readonly removed = new Set<string>();
  /** The order parts came in (new parts go at the end). */
  private readonly order: string[] = [];

  private constructor(readonly fileName: string) {}

  /** Opens the bytes of an .xlsx / .xlsm. Throws WorkbookFileError (Indonesian, naming the file). */
  static open(bytes: Uint8Array, fileName: string): Package {
    const pkg = new Package(fileName);
    let entries: ZipEntry[];
    try {
      entries = readZip(bytes);
    } catch (cause) {
      const zip64 = cause instanceof ZipFormatError && cause.message === "zip64";
      throw new WorkbookFileError("damaged", fileName, zip64 ? t.zip64(fileName) : t.berkasRusak(fileName), { cause });
    }
    for (const e of entries) {
      const key = e.name.replace(/^\//, "").toLowerCase();
      if (pkg.entries.has(key)) continue;
      pkg.entries.set(key, e);
      pkg.order.push(key);
    }
    if (!pkg.has("[Content_Types].xml")) throw new WorkbookFileError("damaged", fileName, t.berkasRusak(fileName));
    return pkg;
  }

  /** A restore point: calling the result puts every part back as it was at this moment. */
  checkpoint(): () => void {
    const changed = new Map(this.changed);
    const removed = new Set(this.removed);
    const order = [...this.order];
    return () => {
      this.texts.clear();
      this.changed.clear();
      for (const [k, v] of changed) this.changed.set(k, v);
      this.removed.clear();
      for (const k of removed) this.removed.add(k);
      this.order.length = 0;
      pushAll(this.order, order);
    };
  }

  /** Whether the part's bytes are no longer the ones it came with. */
  isChanged(part: string): boolean {
    const k = part.toLowerCase();
    return this.changed.has(k) || this.removed.has(k);
  }

  has(part: string): boolean {
    const k = part.toLowerCase();
    return !this.removed.has(k) && (this.changed.has(k) || this.entries.has(k));
  }

  /** The part's bytes, or null when there is none. */
  bytes(part: string): Uint8Array | null {
    const k = part.toLowerCase();
    if (this.removed.has(k)) return null;
    const c = this.changed.get(k);
    if (c) return c.data;
    const e = this.entries.get(k);
    if (!e) return null;
    try {
      return entryData(e);
    } catch (cause) {
      throw new WorkbookFileError("damaged", this.fileName, t.bagianRusak(this.fileName, e.name), { cause });
    }
  }

  /** Decoded texts of parts already read, so a large sheet is inflated and decoded once. */
  private readonly texts = new Map<string, string>();

  /** The part as text, or null. */
  text(part: string): string | null {
    const k = part.toLowerCase();
    const known = this.texts.get(k);
    if (known !== undefined && !this.removed.has(k)) return known;
    const b = this.bytes(part);
    if (!b) return null;
    let s = decoder.decode(b);
    if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    this.texts.set(k, s);
    return s;
  }

  /** The part's name as stored (its case), for a part that exists. */
  storedName(part: string): string {
    const k = part.toLowerCase();
    return this.changed.get(k)?.name ?? this.entries.get(k)?.name.replace(/^\//, "") ?? part;
  }

  setText(part: string, text: string): void {
    this.setBytes(part, encoder.encode(text));
    this.texts.set(part.toLowerCase(), text);
  }

  /**
   * Sets a part from a patched sheet's pieces: its head and tail as text, its rows already encoded (no string
   * of the whole part is made); the text is decoded again only if someone reads it.
   */
  setPieces(part: string, head: string, rows: Uint8Array, tail: string): void {
    const h = encoder.encode(head);
    const t0 = encoder.encode(tail);
    const out = new Uint8Array(h.length + rows.length + t0.length);
    out.set(h, 0);
    out.set(rows, h.length);
    out.set(t0, h.length + rows.length);
    this.setBytes(part, out);
  }

  setBytes(part: string, data: Uint8Array): void {
    const k = part.toLowerCase();
    this.texts.delete(k);
    const name = this.has(part) ? this.storedName(part) : part;
    this.removed.delete(k);
    if (!this.entries.has(k) && !this.changed.has(k)) this.order.push(k);
    this.changed.set(k, { name, data });
  }

  remove(part: string): void {
    const k = part.toLowerCase();
    this.changed.delete(k);
    this.removed.add(k);
  }

  /** Names of every part there is now. */
  partNames(): string[] {
    return this.order.filter((k) => !this.removed.has(k)).map((k) => this.storedName(k));
  }

  /** The relationships of a part ("" for the package's own). */
  rels(source: string): Relationship[] {
    const xml = this.text(relsPartOf(source));
    if (!xml) return [];
    return findAll(xml, "Relationship").map((f) => {
      const a = attributes(f.attrText);
      const target = a.get("Target") ?? "";
      const external = a.get("TargetMode") === "External";
      return {
        id: a.get("Id") ?? "",
        type: a.get("Type") ?? "",
        target,
        part: external || target === "" ? null : resolveTarget(source, target),
      };
    });
  }

  /** The workbook part: the package's officeDocument relationship. Refuses Strict OOXML clearly. */
  workbookPart(): string {
    const rels = this.rels("");
    const main = rels.find((r) => r.type === REL_OFFICE_DOCUMENT);
    if (!main) {
      if (rels.some((r) => r.type.startsWith(STRICT)))
        throw new WorkbookFileError("damaged", this.fileName, t.strict(this.fileName));
      throw new WorkbookFileError("damaged", this.fileName, t.berkasRusak(this.fileName));
    }
    if (!main.part || !this.has(main.part))
      throw new WorkbookFileError("damaged", this.fileName, t.berkasRusak(this.fileName));
    return main.part;
  }

  /** The sheets listed in the workbook part, in tab order, with their parts resolved and checked. */
  sheets(workbookPart: string, workbookXml: string): SheetEntry[] {
    const rels = this.rels(workbookPart);
    const out: SheetEntry[] = [];
    const sheetsEl = findElement(workbookXml, "sheets");
    if (!sheetsEl) return out;
    for (const f of findAll(sheetsEl.inner, "sheet")) {
      const a = attributes(f.attrText);
      const name = a.get("name") ?? "";
      const relId = attr(a, "id") ?? "";
      const st = a.get("state");
      const state = st === "hidden" || st === "veryHidden" ? st : "visible";
      const rel = rels.find((r) => r.id === relId);
      let part: string | null = null;
      if (rel && rel.type === REL_WORKSHEET) {
        if (!rel.part || !this.has(rel.part))
          throw new WorkbookFileError("damaged", this.fileName, t.lembarHilang(this.fileName, name));
        part = rel.part;
      } else if (!rel) {
        throw new WorkbookFileError("damaged", this.fileName, t.lembarHilang(this.fileName, name));
      }
      out.push({ name, sheetId: a.get("sheetId") ?? "", relId, state, part });
    }
    return out;
  }

  /** The zip bytes: untouched parts copied as they came, changed and new parts compressed. */
  toBytes(): Uint8Array {
    const parts: OutPart[] = [];
    // [Content_Types].xml first, as Office writes it (some readers sniff it there).
    const keys = [
      ...this.order.filter((k) => k === "[content_types].xml"),
      ...this.order.filter((k) => k !== "[content_types].xml"),
    ];
    for (const k of keys) {
      if (this.removed.has(k)) continue;
      const c = this.changed.get(k);
      if (c) parts.push({ name: c.name, data: c.data });
      else {
        const e = this.entries.get(k)!;
        parts.push({ name: e.name.replace(/^\//, ""), copy: e });
      }
    }
    return writeZip(parts);
  }
}
