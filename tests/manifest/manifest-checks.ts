/**
 * Checks of an add-in manifest that the XML schema cannot make, shared by tests/manifest and tests/build:
 * schema validation with xmllint, resource ids, https URLs, icons and their pixel sizes.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");

/**
 * The manifest schema: the project's own copy in tests/manifest/schema (its README says where it comes from and
 * the edits that let xmllint compile it). LKJIP_MANIFEST_XSD may point at another copy of OfficeAppManifestV1_1.xsd.
 */
export const MANIFEST_XSD =
  process.env.LKJIP_MANIFEST_XSD ?? path.resolve(__dirname, "schema", "OfficeAppManifestV1_1.xsd");

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

export interface SchemaResult {
  ok: boolean;
  output: string;
}

/** xmllint --schema on a manifest file. */
export function validateWithSchema(file: string): SchemaResult {
  if (!fs.existsSync(MANIFEST_XSD)) {
    throw new Error(`Manifest schema not found at ${MANIFEST_XSD} (set LKJIP_MANIFEST_XSD).`);
  }
  const run = spawnSync("xmllint", ["--noout", "--schema", MANIFEST_XSD, file], { encoding: "utf8" });
  if (run.error) throw new Error(`xmllint could not run (${run.error.message}); install libxml2-utils.`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/** validateWithSchema for XML text (written to a temporary file next to the OS temp dir). */
export function validateXmlText(xml: string, tmpDir: string, name = "manifest.xml"): SchemaResult {
  const file = path.join(tmpDir, name);
  fs.writeFileSync(file, xml);
  return validateWithSchema(file);
}

type DomParserCtor = new () => { parseFromString(text: string, type: string): Document };

/** An XML DOM parser (jsdom's, which jest-environment-jsdom brings along). */
export function parseXml(xml: string): Document {
  const { JSDOM } = require("jsdom") as { JSDOM: new (html: string) => { window: { DOMParser: DomParserCtor } } };
  const { DOMParser } = new JSDOM("").window;
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent}`);
  return doc;
}

export function elements(doc: Document | Element, ns: string, localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, localName));
}

export function one(doc: Document | Element, ns: string, localName: string): Element {
  const found = elements(doc, ns, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0];
}

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

export interface ResourceUse {
  resid: string;
  kind: ResourceKind;
  /** Local name of the element carrying the resid, e.g. "Label", "Image". */
  element: string;
  /** For <bt:Image size="..." resid="..."> in an <Icon>: the size in pixels. */
  size?: number;
}

/** Which resource table a resid must come from, by the element that uses it (VersionOverrides V1_0). */
const KIND_BY_ELEMENT: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

function hasAncestor(el: Element, ns: string, localName: string): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p.namespaceURI === ns && p.localName === localName) return true;
  }
  return false;
}

/** Every element with a resid attribute outside <Resources>, with the resource table it must point into. */
export function resourceUses(doc: Document): ResourceUse[] {
  const uses: ResourceUse[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    if (!el.hasAttribute("resid")) continue;
    if (hasAncestor(el, NS.ov, "Resources")) continue;
    const kind = KIND_BY_ELEMENT[el.localName];
    if (!kind) throw new Error(`resid on unexpected element <${el.localName}>`);
    const use: ResourceUse = { resid: el.getAttribute("resid") ?? "", kind, element: el.localName };
    if (el.localName === "Image" && el.hasAttribute("size")) use.size = Number(el.getAttribute("size"));
    uses.push(use);
  }
  return uses;
}

export interface ResourceDef {
  id: string;
  kind: ResourceKind;
  defaultValue: string;
  overrides: Array<{ locale: string; value: string }>;
}

/** The definitions under <Resources>: bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
export function resourceDefs(doc: Document): ResourceDef[] {
  const resources = elements(doc, NS.ov, "Resources");
  if (resources.length !== 1) throw new Error(`expected one <Resources>, found ${resources.length}`);
  const defs: ResourceDef[] = [];
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as const) {
    for (const table of elements(resources[0], NS.bt, kind)) {
      for (const item of Array.from(table.children)) {
        defs.push({
          id: item.getAttribute("id") ?? "",
          kind,
          defaultValue: item.getAttribute("DefaultValue") ?? "",
          overrides: elements(item, NS.bt, "Override").map((o) => ({
            locale: o.getAttribute("Locale") ?? "",
            value: o.getAttribute("Value") ?? "",
          })),
        });
      }
    }
  }
  return defs;
}

/** Every absolute URL in the manifest: attribute values and element texts that look like scheme://... */
export function allUrls(doc: Document): string[] {
  const urls: string[] = [];
  const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i;
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith("xmlns")) continue; // namespace names are URIs, never fetched
      if (looksLikeUrl.test(attr.value.trim())) urls.push(attr.value.trim());
    }
    if (el.children.length === 0) {
      const text = (el.textContent ?? "").trim();
      if (looksLikeUrl.test(text)) urls.push(text);
    }
  }
  return urls;
}

/** Pixel size from a PNG's IHDR chunk; throws for anything that is not a PNG. */
export function pngSize(file: string): { width: number; height: number; colorType: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${file}: first chunk is not IHDR`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colorType: bytes.readUInt8(25) };
}

/** The icon references of a manifest: each URL with the pixel size Office expects for it. */
export function iconRequirements(doc: Document): Array<{ url: string; size: number; where: string }> {
  const wanted: Array<{ url: string; size: number; where: string }> = [];
  const top = (name: string, size: number) => {
    for (const el of elements(doc, NS.app, name)) {
      wanted.push({ url: el.getAttribute("DefaultValue") ?? "", size, where: name });
      for (const o of elements(el, NS.app, "Override")) {
        wanted.push({ url: o.getAttribute("Value") ?? "", size, where: `${name} ${o.getAttribute("Locale")}` });
      }
    }
  };
  top("IconUrl", 32);
  top("HighResolutionIconUrl", 64);
  const defs = new Map(
    resourceDefs(doc)
      .filter((d) => d.kind === "Images")
      .map((d) => [d.id, d]),
  );
  for (const use of resourceUses(doc).filter((u) => u.kind === "Images")) {
    const def = defs.get(use.resid);
    if (!def || use.size === undefined) continue; // reported by the resid check
    wanted.push({ url: def.defaultValue, size: use.size, where: `bt:Image ${use.resid}` });
    for (const o of def.overrides)
      wanted.push({ url: o.value, size: use.size, where: `bt:Image ${use.resid} ${o.locale}` });
  }
  // The same image is usually named by the group and by its button: check each (url, size) once.
  const seen = new Set<string>();
  return wanted.filter((w) => {
    const key = `${w.url} ${w.size} ${w.where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Problems with resource ids: used but undefined (or in the wrong table), defined twice, defined but unused. */
export function residProblems(doc: Document): string[] {
  const problems: string[] = [];
  const defs = resourceDefs(doc);
  const byId = new Map<string, ResourceDef>();
  for (const def of defs) {
    if (byId.has(def.id)) problems.push(`resid "${def.id}" is defined twice`);
    byId.set(def.id, def);
  }
  const used = new Set<string>();
  for (const use of resourceUses(doc)) {
    used.add(use.resid);
    const def = byId.get(use.resid);
    if (!def) problems.push(`<${use.element} resid="${use.resid}"> has no definition under <Resources>`);
    else if (def.kind !== use.kind) {
      problems.push(`<${use.element} resid="${use.resid}"> needs a bt:${use.kind} entry, found bt:${def.kind}`);
    }
  }
  for (const def of defs) if (!used.has(def.id)) problems.push(`resid "${def.id}" is defined but never used`);
  return problems;
}

/** URLs that are not https, and add-in URLs that are not under `base` (the one configured place). */
export function urlProblems(doc: Document, base: string, external: readonly string[] = []): string[] {
  const problems: string[] = [];
  const origin = new URL(base).origin;
  for (const url of allUrls(doc)) {
    if (!url.startsWith("https://")) problems.push(`${url} is not https`);
    else if (url !== origin && !url.startsWith(base) && !external.some((e) => url.startsWith(e))) {
      problems.push(`${url} is not under ${base}`);
    }
  }
  return problems;
}

/**
 * Icons that do not exist or have the wrong size. `toFile` maps an icon URL to a local file (or null when the
 * URL is not one of ours).
 */
export function iconProblems(doc: Document, toFile: (url: string) => string | null): string[] {
  const problems: string[] = [];
  for (const icon of iconRequirements(doc)) {
    const file = toFile(icon.url);
    if (!file) {
      problems.push(`${icon.where}: ${icon.url} is not a file of this add-in`);
      continue;
    }
    if (!fs.existsSync(file)) {
      problems.push(`${icon.where}: ${icon.url} -> ${path.relative(ROOT, file)} does not exist`);
      continue;
    }
    const { width, height } = pngSize(file);
    if (width !== icon.size || height !== icon.size) {
      problems.push(`${icon.where}: ${path.basename(file)} is ${width}x${height}, expected ${icon.size}x${icon.size}`);
    }
  }
  return problems;
}
