/**
 * manifest.xml: the Office schema (xmllint against the shared XSD), then what the schema cannot check: resource
 * ids, https, URLs from the one configured place, icons and their pixel sizes, the declared requirement set, and
 * the production manifest that webpack derives from it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DEV_URL, EXCEL_API_FLOOR, PRODUCTION_URL } from "../../src/config";
import {
  NS,
  ROOT,
  allUrls,
  elements,
  iconProblems,
  one,
  parseXml,
  pngSize,
  residProblems,
  resourceDefs,
  urlProblems,
  validateWithSchema,
  validateXmlText,
} from "./manifest-checks";

interface WebpackConfigModule {
  manifestFor(xml: string, targetUrl: string): string;
  productionUrl(env?: Record<string, string | undefined>): string;
  appConfig: { DEV_URL: string; PRODUCTION_URL: string };
}
const webpackConfig = require("../../webpack.config.js") as WebpackConfigModule;

const MANIFEST = path.join(ROOT, "manifest.xml");
const source = fs.readFileSync(MANIFEST, "utf8");
const doc = parseXml(source);
/** Links to pages that are not part of the add-in (none at present). */
const EXTERNAL: string[] = [];

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-manifest-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** An add-in URL under `base` -> the file in assets/ it names (null for anything else). */
const assetFile = (base: string) => (url: string) =>
  url.startsWith(base + "assets/") ? path.join(ROOT, "assets", url.slice((base + "assets/").length)) : null;

describe("manifest.xml against the Office add-in manifest schema", () => {
  test("validates with xmllint against OfficeAppManifestV1_1.xsd", () => {
    const result = validateWithSchema(MANIFEST);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  test("the schema check rejects a manifest with a ribbon group without its label", () => {
    const broken = source.replace('<Label resid="LKjIP.Group.Label"/>', "");
    expect(broken).not.toBe(source);
    const result = validateXmlText(broken, tmp, "no-label.xml");
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/Label/);
  });
});

describe("identity and requirements", () => {
  test("Id is a fixed GUID of its own and Version follows package.json", () => {
    const id = one(doc, NS.app, "Id").textContent ?? "";
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(id).toBe("510bfde6-657d-4a7f-9957-e180df2be340");
    expect(id).not.toBe("05c2e1c9-3e1d-406e-9a91-e9ac64854143"); // the yo office template's
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(one(doc, NS.app, "Version").textContent).toBe(`${pkg.version}.0`);
  });

  test("Indonesian by default with an en-US override", () => {
    expect(one(doc, NS.app, "DefaultLocale").textContent).toBe("id-ID");
    const name = one(doc, NS.app, "DisplayName");
    expect(name.getAttribute("DefaultValue")).toBe("Asisten LKjIP");
    const description = one(doc, NS.app, "Description");
    expect(description.getAttribute("DefaultValue")).toMatch(/capaian.*predikat.*penyerapan anggaran/);
    for (const el of [name, description]) {
      const overrides = elements(el, NS.app, "Override").map((o) => o.getAttribute("Locale"));
      expect(overrides).toEqual(["en-US"]);
    }
    expect(elements(description, NS.app, "Override")[0].getAttribute("Value")).toMatch(/^Computes performance/);
  });

  test("Excel only, ExcelApi floor as in src/config.ts, read/write permission", () => {
    expect(elements(one(doc, NS.app, "Hosts"), NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual([
      "Workbook",
    ]);
    const sets = elements(one(doc, NS.app, "Requirements"), NS.app, "Set").map((s) => [
      s.getAttribute("Name"),
      s.getAttribute("MinVersion"),
    ]);
    expect(sets).toEqual([["ExcelApi", EXCEL_API_FLOOR]]);
    expect(EXCEL_API_FLOOR).toBe("1.9");
    expect(one(doc, NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
  });
});

describe("ribbon command", () => {
  const defs = new Map(resourceDefs(doc).map((d) => [d.id, d]));
  const value = (el: Element) => defs.get(el.getAttribute("resid") ?? "")?.defaultValue;

  test("a button in its own group on the Home tab shows the task pane", () => {
    const tab = one(doc, NS.ov, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = one(tab, NS.ov, "Group");
    expect(group.getAttribute("id")).toBe("LKjIP.Group");
    const control = one(group, NS.ov, "Control");
    expect(control.getAttributeNS(NS.xsi, "type")).toBe("Button");
    const action = one(control, NS.ov, "Action");
    expect(action.getAttributeNS(NS.xsi, "type")).toBe("ShowTaskpane");
    expect(value(one(action, NS.ov, "SourceLocation"))).toBe(`${DEV_URL}taskpane.html`);
    expect(value(one(control, NS.ov, "Label"))).toBe("Asisten LKjIP");
    expect(value(elements(control, NS.ov, "Description")[0])).toMatch(/^Hitung capaian/);
  });

  test("the task pane page and the function file", () => {
    const sourceLocation = one(one(doc, NS.app, "DefaultSettings"), NS.app, "SourceLocation");
    expect(sourceLocation.getAttribute("DefaultValue")).toBe(`${DEV_URL}taskpane.html`);
    expect(value(one(doc, NS.ov, "FunctionFile"))).toBe(`${DEV_URL}commands.html`);
  });

  test("every string resource has an Indonesian default and an en-US override", () => {
    const strings = resourceDefs(doc).filter((d) => d.kind === "ShortStrings" || d.kind === "LongStrings");
    expect(strings.length).toBe(6);
    for (const s of strings) {
      expect(s.defaultValue.length).toBeGreaterThan(0);
      expect(s.overrides.map((o) => o.locale)).toEqual(["en-US"]);
    }
  });
});

describe("what the schema cannot check", () => {
  test("every resid used is defined under Resources, in the right table, and every definition is used", () => {
    expect(residProblems(doc)).toEqual([]);
    expect(resourceDefs(doc).length).toBe(12);
  });

  test("the resid check finds an undefined and an unused id", () => {
    const mutated = parseXml(source.replace('<Label resid="LKjIP.Group.Label"/>', '<Label resid="LKjIP.Nope"/>'));
    expect(residProblems(mutated)).toEqual([
      '<Label resid="LKjIP.Nope"> has no definition under <Resources>',
      'resid "LKjIP.Group.Label" is defined but never used',
    ]);
  });

  test("every URL is https and comes from the dev URL of src/config.ts", () => {
    const urls = allUrls(doc);
    expect(urls.length).toBe(11); // IconUrl, HighResolutionIconUrl, SupportUrl, AppDomain, SourceLocation, 3 images, 3 urls
    expect(urlProblems(doc, DEV_URL, EXTERNAL)).toEqual([]);
    expect(urls).toContain("https://localhost:3000"); // AppDomains
  });

  test("the URL check finds plain http", () => {
    const mutated = parseXml(
      source.replace(
        `${DEV_URL}bantuan.html"/>\n  <AppDomains>`,
        `http://localhost:3000/bantuan.html"/>\n  <AppDomains>`,
      ),
    );
    expect(urlProblems(mutated, DEV_URL, EXTERNAL)).toEqual(["http://localhost:3000/bantuan.html is not https"]);
  });

  test("every icon referenced exists in assets/ with the pixel size Office expects", () => {
    expect(iconProblems(doc, assetFile(DEV_URL))).toEqual([]);
  });

  test("the icon check finds a wrong size", () => {
    const mutated = parseXml(source.replace(`${DEV_URL}assets/icon-80.png`, `${DEV_URL}assets/icon-64.png`));
    expect(iconProblems(mutated, assetFile(DEV_URL))).toEqual([
      "bt:Image LKjIP.Icon.80: icon-64.png is 64x64, expected 80x80",
    ]);
  });
});

describe("assets", () => {
  test.each([16, 32, 64, 80, 128])("icon-%i.png is a square PNG of that size with an alpha channel", (size) => {
    const png = pngSize(path.join(ROOT, "assets", `icon-${size}.png`));
    expect([png.width, png.height]).toEqual([size, size]);
    expect(png.colorType).toBe(6); // RGBA
  });

  test("the logo exists as SVG and as a 300 px PNG", () => {
    expect(pngSize(path.join(ROOT, "assets", "logo.png"))).toMatchObject({ width: 300, height: 300 });
    expect(fs.readFileSync(path.join(ROOT, "assets", "logo.svg"), "utf8")).toMatch(/^<svg [^>]*viewBox="0 0 128 128"/);
  });
});

describe("production manifest (what webpack writes to dist/manifest.xml)", () => {
  const production = webpackConfig.manifestFor(source, webpackConfig.productionUrl({}));
  const prodDoc = parseXml(production);

  test("src/config.ts is what webpack.config.js reads", () => {
    expect(webpackConfig.appConfig.DEV_URL).toBe(DEV_URL);
    expect(webpackConfig.appConfig.PRODUCTION_URL).toBe(PRODUCTION_URL);
    expect(PRODUCTION_URL).toBe("https://asisten-lkjip.github.io/addin/");
  });

  test("validates, carries the production URL everywhere and no localhost", () => {
    const result = validateXmlText(production, tmp, "production.xml");
    expect(result.output).toContain("validates");
    expect(production).not.toMatch(/localhost/);
    expect(urlProblems(prodDoc, PRODUCTION_URL, EXTERNAL)).toEqual([]);
    const sourceLocation = one(one(prodDoc, NS.app, "DefaultSettings"), NS.app, "SourceLocation");
    expect(sourceLocation.getAttribute("DefaultValue")).toBe("https://asisten-lkjip.github.io/addin/taskpane.html");
    expect(one(prodDoc, NS.app, "AppDomain").textContent).toBe("https://asisten-lkjip.github.io");
    expect(iconProblems(prodDoc, assetFile(PRODUCTION_URL))).toEqual([]);
    // Only URLs changed: the same structure and ids.
    expect(residProblems(prodDoc)).toEqual([]);
    expect(
      production
        .replaceAll(PRODUCTION_URL, DEV_URL)
        .replace("https://asisten-lkjip.github.io<", "https://localhost:3000<"),
    ).toBe(source);
  });

  test("LKJIP_PRODUCTION_URL overrides the constant; https only; a trailing slash is added", () => {
    expect(webpackConfig.productionUrl({ LKJIP_PRODUCTION_URL: "https://bappeda.example.go.id/lkjip" })).toBe(
      "https://bappeda.example.go.id/lkjip/",
    );
    expect(() => webpackConfig.productionUrl({ LKJIP_PRODUCTION_URL: "http://bappeda.example.go.id/" })).toThrow(
      /https/,
    );
    expect(() => webpackConfig.productionUrl({ LKJIP_PRODUCTION_URL: "not a url" })).toThrow(/not a URL/);
    const custom = webpackConfig.manifestFor(source, "https://bappeda.example.go.id/lkjip/");
    expect(one(parseXml(custom), NS.app, "IconUrl").getAttribute("DefaultValue")).toBe(
      "https://bappeda.example.go.id/lkjip/assets/icon-32.png",
    );
    expect(one(parseXml(custom), NS.app, "AppDomain").textContent).toBe("https://bappeda.example.go.id");
  });
});
