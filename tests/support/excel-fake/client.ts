/**
 * The client side of the Excel fake: proxy objects shaped like Office.js's (Excel.Worksheet, Excel.Range,
 * ...), a request context with a command queue, and sync.
 *
 * Strict like Excel: a property can be read only after `load` and `context.sync()` (else PropertyNotLoaded);
 * `isNullObject` only after a sync; a ClientResult's `value` only after a sync. Writes and method calls are
 * queued and carried out in order at sync, against the in-memory FakeBook. Each sync's request payload is
 * estimated as the JSON length of every queued call's arguments plus a fixed overhead, and its response
 * payload as the JSON length of everything loaded; over a limit the sync throws
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded and nothing of it takes effect (the
 * request is refused whole; for the response, the writes happened but nothing is loaded).
 * An API above the host's ExcelApi version throws ApiNotFound at sync.
 *
 * Shapes of `values`, `formulas` and `numberFormat`: a 2-D array of exactly the range's rows and columns
 * (null leaves a cell alone). `numberFormat` also takes a 1x1 array for a whole bounded range, applied to
 * every cell: the documented way (the "Fundamental programming concepts" sample sets a four-cell range with
 * `[["$0.00"]]`; the reference once said "if the argument is a single value, it will be applied to all
 * cells", office-js-docs-reference #578, and numberFormat is the property reported to honour it). A 1x1
 * array on a bigger range is refused for `values` and `formulas` (reported not to work there, #578), and a
 * bare value that is not an array is refused everywhere (the typings say any[][]): the fake is stricter
 * than Excel where the documentation is unsure.
 */
import type { RangeBox } from "../../../src/core/workbook/port";
import { boxA1, columnIndex, columnLetter } from "../../../src/core/workbook/address";
import { FakeBook, FakeSheet, MAX_COLS, MAX_ROWS, type FakeCell } from "./model";

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, location?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export function propertyNotLoaded(type: string, prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );
}

/** Per-sync record. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  suspendCalculation: number;
  suspendScreenUpdating: number;
  error: string | null;
  /** The queued calls, in order ("Range.values", "Range.setCellProperties", ...). */
  names: string[];
}

/** What the context needs from the FakeExcel that owns it. */
export interface FakeHost {
  book: FakeBook;
  apiVersion: string;
  requestLimitBytes: number;
  responseLimitBytes: number;
  /** Throws the simulated error for this sync, if any (cell-edit mode, a queued failure). */
  beforeSync(names: string[]): void;
  record(r: SyncRecord): void;
}

export function versionAtLeast(have: string, need: string): boolean {
  const [ha, hb] = have.split(".").map(Number);
  const [na, nb] = need.split(".").map(Number);
  return ha > na || (ha === na && hb >= nb);
}

interface Action {
  size: number;
  api: string;
  name: string;
  /** Runs against the book; returns a commit for loaded data (applied only when the response is accepted). */
  run(run: SyncRun): void;
}

/** State of one sync while its actions run. */
export interface SyncRun {
  responseBytes: number;
  commits: (() => void)[];
  suspendCalculation: number;
  suspendScreenUpdating: number;
}

const OVERHEAD = 60;

function size(args: unknown): number {
  return OVERHEAD + (args === undefined ? 0 : JSON.stringify(args).length);
}

export class FakeRequestContext {
  readonly host: FakeHost;
  readonly workbook: FakeWorkbook;
  private queue: Action[] = [];
  private closed = false;

  constructor(host: FakeHost) {
    this.host = host;
    this.workbook = new FakeWorkbook(this);
  }

  get book(): FakeBook {
    return this.host.book;
  }

  checkOpen(): void {
    if (this.closed) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        "The object path is not valid: the request context of this object has ended (Excel.run is over).",
      );
    }
  }

  close(): void {
    this.closed = true;
  }

  enqueue(name: string, api: string, args: unknown, run: (r: SyncRun) => void): void {
    this.checkOpen();
    this.queue.push({ name, api, size: size(args), run });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.checkOpen();
    const actions = this.queue;
    this.queue = [];
    const rec: SyncRecord = {
      requestBytes: 0,
      responseBytes: 0,
      actions: actions.length,
      suspendCalculation: 0,
      suspendScreenUpdating: 0,
      error: null,
      names: actions.map((a) => a.name),
    };
    rec.requestBytes = actions.reduce((s, a) => s + a.size, 0);
    const fail = (e: FakeOfficeError): never => {
      rec.error = e.code;
      this.host.record(rec);
      throw e;
    };
    await Promise.resolve();
    try {
      this.host.beforeSync(rec.names);
    } catch (e) {
      fail(e as FakeOfficeError);
    }
    if (rec.requestBytes > this.host.requestLimitBytes) {
      fail(
        new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${rec.requestBytes}) has exceeded the limit.`,
        ),
      );
    }
    const run: SyncRun = { responseBytes: 0, commits: [], suspendCalculation: 0, suspendScreenUpdating: 0 };
    for (const a of actions) {
      if (!versionAtLeast(this.host.apiVersion, a.api)) {
        fail(
          new FakeOfficeError(
            "ApiNotFound",
            `The API you are trying to use could not be found (${a.name}, ExcelApi ${a.api}).`,
            a.name,
          ),
        );
      }
      try {
        a.run(run);
      } catch (e) {
        if (e instanceof FakeOfficeError) fail(e);
        throw e;
      }
    }
    rec.responseBytes = run.responseBytes;
    rec.suspendCalculation = run.suspendCalculation;
    rec.suspendScreenUpdating = run.suspendScreenUpdating;
    if (run.responseBytes > this.host.responseLimitBytes) {
      fail(
        new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${run.responseBytes}) has exceeded the limit.`,
        ),
      );
    }
    for (const c of run.commits) c();
    this.host.record(rec);
  }
}

/** Parses a load spec ("a, b/c", ["a"], {select}) into property paths. */
function loadPaths(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec === "object" && spec !== null) {
    const sel = (spec as { select?: unknown }).select;
    if (sel !== undefined) return loadPaths(sel);
  }
  throw new FakeOfficeError("InvalidArgument", `fake: unsupported load spec ${JSON.stringify(spec)}`);
}

/** Base of every proxy: loaded values, strict reads, null-object state. */
abstract class ClientObject {
  protected readonly ctx: FakeRequestContext;
  protected readonly typeName: string;
  private readonly loadedProps = new Map<string, unknown>();
  private nullState: boolean | undefined;
  protected readonly nullable: boolean;

  constructor(ctx: FakeRequestContext, typeName: string, nullable = false) {
    this.ctx = ctx;
    this.typeName = typeName;
    this.nullable = nullable;
    if (nullable) {
      ctx.enqueue(`${typeName}.isNullObject`, "1.4", undefined, (run) => {
        const isNull = this.resolveOrNull() === null;
        run.commits.push(() => {
          this.nullState = isNull;
        });
      });
    }
  }

  /** The target in the book, or null for a null object. Throws ItemNotFound for a missing non-null one. */
  protected abstract resolveOrNull(): unknown;
  /** The names load() with no argument fetches, and how to read each from the target. */
  protected abstract scalar(target: unknown, prop: string): unknown;
  protected abstract scalarNames(): string[];

  get isNullObject(): boolean {
    this.ctx.checkOpen();
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  protected read<T>(prop: string): T {
    this.ctx.checkOpen();
    if (this.nullState === true) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        `fake: reading '${prop}' of a null object (${this.typeName}); check isNullObject first.`,
      );
    }
    if (!this.loadedProps.has(prop)) throw propertyNotLoaded(this.typeName, prop);
    return this.loadedProps.get(prop) as T;
  }

  /** Marks loaded values (used by collections for their items). */
  setLoaded(prop: string, value: unknown): void {
    this.loadedProps.set(prop, value);
  }

  load(spec?: unknown): this {
    const paths = spec === undefined ? this.scalarNames() : loadPaths(spec);
    for (const p of paths) {
      if (!this.scalarNames().includes(p)) {
        throw new FakeOfficeError("InvalidArgument", `fake: ${this.typeName} has no loadable property '${p}'`);
      }
    }
    this.ctx.enqueue(`${this.typeName}.load`, "1.1", paths, (run) => {
      const target = this.resolveOrNull();
      if (target === null) return;
      const got: Record<string, unknown> = {};
      for (const p of paths) got[p] = this.scalar(target, p);
      run.responseBytes += JSON.stringify(got).length;
      run.commits.push(() => {
        for (const p of paths) this.loadedProps.set(p, got[p]);
      });
    });
    return this;
  }

  protected call(name: string, api: string, args: unknown, fn: (target: unknown, run: SyncRun) => void): void {
    this.ctx.enqueue(`${this.typeName}.${name}`, api, args, (run) => {
      const target = this.resolveOrNull();
      if (target === null)
        throw new FakeOfficeError("InvalidObjectPath", `fake: ${this.typeName}.${name} on a null object`);
      fn(target, run);
    });
  }
}

export class FakeClientResult<T> {
  private loaded = false;
  private data: T | undefined;
  private readonly ctx: FakeRequestContext;
  constructor(ctx: FakeRequestContext) {
    this.ctx = ctx;
  }
  get value(): T {
    this.ctx.checkOpen();
    if (!this.loaded) throw propertyNotLoaded("ClientResult", "value");
    return this.data as T;
  }
  /** @internal */
  settle(run: SyncRun, v: T): void {
    run.responseBytes += JSON.stringify(v).length;
    run.commits.push(() => {
      this.data = v;
      this.loaded = true;
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Workbook, worksheets, application

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.application = new FakeApplication(ctx);
  }
}

export class FakeApplication {
  private readonly ctx: FakeRequestContext;
  constructor(ctx: FakeRequestContext) {
    this.ctx = ctx;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("Application.suspendApiCalculationUntilNextSync", "1.6", undefined, (run) => {
      run.suspendCalculation++;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue("Application.suspendScreenUpdatingUntilNextSync", "1.9", undefined, (run) => {
      run.suspendScreenUpdating++;
    });
  }
}

const BAD_NAME = /[/\\?*:[\]]/;

export class FakeWorksheetCollection {
  private readonly ctx: FakeRequestContext;
  private itemsLoaded: FakeWorksheet[] | null = null;
  constructor(ctx: FakeRequestContext) {
    this.ctx = ctx;
  }

  get items(): FakeWorksheet[] {
    this.ctx.checkOpen();
    if (!this.itemsLoaded) throw propertyNotLoaded("WorksheetCollection", "items");
    return this.itemsLoaded;
  }

  load(spec?: unknown): this {
    const paths = spec === undefined ? ["items"] : loadPaths(spec);
    const itemProps: string[] = [];
    for (const p of paths) {
      if (p === "items") itemProps.push(...WORKSHEET_PROPS);
      else if (p.startsWith("items/")) itemProps.push(p.slice(6));
      else throw new FakeOfficeError("InvalidArgument", `fake: WorksheetCollection has no loadable property '${p}'`);
    }
    for (const p of itemProps) {
      if (!WORKSHEET_PROPS.includes(p))
        throw new FakeOfficeError("InvalidArgument", `fake: Worksheet has no loadable property '${p}'`);
    }
    this.ctx.enqueue("WorksheetCollection.load", "1.1", paths, (run) => {
      const sheets = [...this.ctx.book.sheets];
      const got = sheets.map((s) =>
        Object.fromEntries(itemProps.map((p) => [p, worksheetScalar(this.ctx.book, s, p)])),
      );
      run.responseBytes += JSON.stringify(got).length;
      run.commits.push(() => {
        this.itemsLoaded = sheets.map((s, i) => {
          const ws = new FakeWorksheet(this.ctx, () => s, false, s);
          for (const p of itemProps) ws.setLoaded(p, got[i][p]);
          return ws;
        });
      });
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.book.sheet(name);
      if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (worksheet '${name}').`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const name = this.ctx.book.activeSheet;
      const s = name ? this.ctx.book.sheet(name) : undefined;
      if (!s) throw new FakeOfficeError("ItemNotFound", "fake: no active worksheet");
      return s;
    });
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.enqueue("WorksheetCollection.add", "1.1", [name], () => {
      const book = this.ctx.book;
      let n = name;
      if (n === undefined) {
        let i = book.sheets.length + 1;
        while (book.sheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (n.length === 0 || n.length > 31 || BAD_NAME.test(n) || n.startsWith("'") || n.endsWith("'")) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format (sheet name '${n}').`,
        );
      }
      if (book.sheet(n))
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists (worksheet '${n}').`,
        );
      created = book.addSheet(n);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "fake: worksheet used before it was added");
      if (!this.ctx.book.sheets.includes(created))
        throw new FakeOfficeError("ItemNotFound", "fake: worksheet was deleted");
      return created;
    });
  }
}

const WORKSHEET_PROPS = ["name", "visibility", "position", "id"];

function worksheetScalar(book: FakeBook, s: FakeSheet, prop: string): unknown {
  switch (prop) {
    case "name":
      return s.name;
    case "visibility":
      return s.visibility;
    case "position":
      return book.sheets.indexOf(s);
    case "id":
      return `{fake-${s.name}}`;
  }
  throw new Error(prop);
}

export class FakeWorksheet extends ClientObject {
  private readonly resolver: () => FakeSheet | null;
  readonly charts: FakeChartCollection;
  readonly pageLayout: FakePageLayout;

  constructor(ctx: FakeRequestContext, resolver: () => FakeSheet | null, nullable = false, _known?: FakeSheet) {
    super(ctx, "Worksheet", nullable);
    this.resolver = resolver;
    this.charts = new FakeChartCollection(ctx, () => this.sheet());
    this.pageLayout = new FakePageLayout(ctx, () => this.sheet());
  }

  protected resolveOrNull(): unknown {
    return this.resolver();
  }

  /** @internal The sheet at sync time (throws for a null or missing one). */
  sheet(): FakeSheet {
    const s = this.resolver();
    if (!s) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist (null worksheet).");
    if (!this.ctx.book.sheets.includes(s))
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist (worksheet '${s.name}' was deleted).`,
      );
    return s;
  }

  protected scalarNames(): string[] {
    return WORKSHEET_PROPS;
  }
  protected scalar(target: unknown, prop: string): unknown {
    return worksheetScalar(this.ctx.book, target as FakeSheet, prop);
  }

  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.call("visibility", "1.1", v, (t) => {
      const s = t as FakeSheet;
      if (!["Visible", "Hidden", "VeryHidden"].includes(v))
        throw new FakeOfficeError("InvalidArgument", `fake: visibility ${v}`);
      if (v !== "Visible" && this.ctx.book.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new FakeOfficeError("InvalidOperation", "fake: a workbook must keep at least one visible sheet");
      }
      s.visibility = v as FakeSheet["visibility"];
    });
  }
  get position(): number {
    return this.read("position");
  }

  activate(): void {
    this.call("activate", "1.1", undefined, (t) => {
      const s = t as FakeSheet;
      if (s.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", `fake: cannot activate hidden sheet '${s.name}'`);
      this.ctx.book.activeSheet = s.name;
    });
  }

  delete(): void {
    this.call("delete", "1.1", undefined, (t) => {
      const s = t as FakeSheet;
      const book = this.ctx.book;
      if (book.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new FakeOfficeError("InvalidOperation", "fake: cannot delete the only visible sheet");
      }
      book.sheets.splice(book.sheets.indexOf(s), 1);
      if (book.activeSheet?.toLowerCase() === s.name.toLowerCase())
        book.activeSheet = book.sheets.find((x) => x.visibility === "Visible")?.name ?? null;
    });
  }

  getRange(address?: string): FakeRange {
    if (address !== undefined && address.length > 8192)
      throw new FakeOfficeError("InvalidArgument", "fake: address longer than 8192 characters");
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      return { sheet: s, ...parseAddress(address ?? "A1:XFD1048576") };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.ctx.enqueue("Worksheet.getRangeByIndexes", "1.7", undefined, () => undefined);
    return new FakeRange(this.ctx, () => ({
      sheet: this.sheet(),
      box: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 },
      unbounded: false,
    }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      const box = s.usedBox(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 };
      return { sheet: s, box, unbounded: false };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.resolver();
        if (!s) return null;
        const box = s.usedBox(valuesOnly === true);
        return box ? { sheet: s, box, unbounded: false } : null;
      },
      true,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: FakeSheet;
  box: RangeBox;
  /** Whole rows or whole columns ("A:C", "1:3"). */
  unbounded: boolean;
}

function parseAddress(address: string): { box: RangeBox; unbounded: boolean } {
  let a = address.trim();
  const bang = a.lastIndexOf("!");
  if (bang >= 0) a = a.slice(bang + 1);
  a = a.replace(/\$/g, "");
  let m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(a);
  if (m) {
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1]);
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    const right = m[3] ? columnIndex(m[3]) : left;
    const box = {
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    };
    if (box.bottom >= MAX_ROWS || box.right >= MAX_COLS || box.top < 0)
      throw new FakeOfficeError("InvalidArgument", `fake: bad address ${address}`);
    return { box, unbounded: box.top === 0 && box.bottom === MAX_ROWS - 1 };
  }
  m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
  if (m) {
    const l = columnIndex(m[1]);
    const r = columnIndex(m[2]);
    return { box: { top: 0, bottom: MAX_ROWS - 1, left: Math.min(l, r), right: Math.max(l, r) }, unbounded: true };
  }
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) {
    const t = Number(m[1]) - 1;
    const b = Number(m[2]) - 1;
    return { box: { top: Math.min(t, b), bottom: Math.max(t, b), left: 0, right: MAX_COLS - 1 }, unbounded: true };
  }
  throw new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format (address '${address}').`,
  );
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rangeAddress(t: RangeTarget): string {
  const b = t.box;
  let local: string;
  if (t.unbounded && b.top === 0 && b.bottom === MAX_ROWS - 1)
    local = `${columnLetter(b.left)}:${columnLetter(b.right)}`;
  else if (t.unbounded) local = `${b.top + 1}:${b.bottom + 1}`;
  else local = boxA1(b);
  return `${quoteSheet(t.sheet.name)}!${local}`;
}

const RANGE_PROPS = [
  "address",
  "values",
  "formulas",
  "numberFormat",
  "valueTypes",
  "text",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "cellCount",
];

function cellValueOut(c: FakeCell | undefined): unknown {
  if (!c || c.value === null) return "";
  if (typeof c.value === "object") return c.value.error;
  return c.value;
}

function valueType(c: FakeCell | undefined): string {
  if (!c || c.value === null) return "Empty";
  if (typeof c.value === "object") return "Error";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return "String";
}

function grid<T>(t: RangeTarget, fn: (c: FakeCell | undefined, r: number, k: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = t.box.top; r <= t.box.bottom; r++) {
    const row: T[] = [];
    const src = t.sheet.rows[r];
    for (let k = t.box.left; k <= t.box.right; k++) row.push(fn(src?.[k], r, k));
    out.push(row);
  }
  return out;
}

function rangeScalar(t: RangeTarget, prop: string): unknown {
  const rows = t.box.bottom - t.box.top + 1;
  const cols = t.box.right - t.box.left + 1;
  switch (prop) {
    case "address":
      return rangeAddress(t);
    case "rowCount":
      return rows;
    case "columnCount":
      return cols;
    case "rowIndex":
      return t.box.top;
    case "columnIndex":
      return t.box.left;
    case "cellCount":
      return rows * cols;
  }
  if (t.unbounded) return null; // Excel: unbounded ranges give null for cell properties
  switch (prop) {
    case "values":
      return grid(t, cellValueOut);
    case "formulas":
      return grid(t, (c) => (c && c.formula !== null ? `=${c.formula}` : cellValueOut(c)));
    case "numberFormat":
      return grid(t, (c) => c?.numberFormat ?? "General");
    case "valueTypes":
      return grid(t, valueType);
    case "text":
      return grid(t, (c) => String(cellValueOut(c)));
  }
  throw new Error(prop);
}

function checkShape(t: RangeTarget, data: unknown, what: string): unknown[][] {
  if (t.unbounded)
    throw new FakeOfficeError("InvalidArgument", `fake: cannot set ${what} of an unbounded range ${rangeAddress(t)}`);
  const rows = t.box.bottom - t.box.top + 1;
  const cols = t.box.right - t.box.left + 1;
  if (!Array.isArray(data) || data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}, ${rangeAddress(t)} is ${rows}x${cols}).`,
    );
  }
  return data as unknown[][];
}

const EDGES = ["top", "bottom", "left", "right"] as const;
const EDGE_NAMES: Record<string, (typeof EDGES)[number]> = {
  EdgeTop: "top",
  EdgeBottom: "bottom",
  EdgeLeft: "left",
  EdgeRight: "right",
};

/** getCellProperties: only what the load options ask for. */
function cellProps(c: FakeCell | undefined, opts: Record<string, unknown>, address: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (opts.address) out.address = address;
  const fo = opts.format as Record<string, unknown> | boolean | undefined;
  if (fo) {
    const want = (k: string) => fo === true || (typeof fo === "object" && fo[k] !== undefined && fo[k] !== false);
    const sub = (k: string) => (fo === true ? true : (fo as Record<string, unknown>)[k]);
    const format: Record<string, unknown> = {};
    if (want("font")) {
      const f = sub("font");
      const wf = (k: string) =>
        f === true || (typeof f === "object" && f !== null && (f as Record<string, unknown>)[k] === true);
      const font: Record<string, unknown> = {};
      if (wf("bold")) font.bold = c?.bold ?? false;
      if (wf("italic")) font.italic = c?.italic ?? false;
      if (wf("name")) font.name = c?.fontName ?? "Calibri";
      if (wf("size")) font.size = c?.fontSize ?? 11;
      if (wf("color")) font.color = c?.fontColor ?? "#000000";
      format.font = font;
    }
    if (want("fill")) {
      const f = sub("fill");
      if (f === true || (typeof f === "object" && f !== null && (f as Record<string, unknown>).color))
        format.fill = { color: c?.fill ?? "#FFFFFF" };
    }
    if (want("wrapText")) format.wrapText = c?.wrap ?? false;
    if (want("horizontalAlignment")) format.horizontalAlignment = c?.hAlign ?? "General";
    if (want("verticalAlignment")) format.verticalAlignment = c?.vAlign ?? "Bottom";
    if (want("borders")) {
      const borders: Record<string, unknown> = {};
      for (const e of EDGES) {
        const b = c?.borders[e];
        borders[e] = { style: b?.style ?? "None", weight: b?.weight ?? "Thin", color: b?.color ?? "#000000" };
      }
      format.borders = borders;
    }
    out.format = format;
  }
  return out;
}

function applyProps(c: FakeCell, p: unknown): void {
  if (p === null || p === undefined) return;
  if (typeof p !== "object") throw new FakeOfficeError("InvalidArgument", "fake: cell properties must be objects");
  const fmt = (p as { format?: Record<string, unknown> }).format;
  if (!fmt) return;
  const font = fmt.font as Record<string, unknown> | undefined;
  if (font) {
    if (font.bold !== undefined) c.bold = Boolean(font.bold);
    if (font.italic !== undefined) c.italic = Boolean(font.italic);
    if (font.name !== undefined) c.fontName = String(font.name);
    if (font.size !== undefined) c.fontSize = Number(font.size);
    if (font.color !== undefined) c.fontColor = String(font.color);
  }
  const fill = fmt.fill as Record<string, unknown> | undefined;
  if (fill && fill.color !== undefined) {
    const color = String(fill.color);
    if (!/^#[0-9A-Fa-f]{6}$/.test(color))
      throw new FakeOfficeError("InvalidArgument", `fake: bad fill colour ${color}`);
    c.fill = color.toUpperCase();
  }
  if (fmt.wrapText !== undefined) c.wrap = Boolean(fmt.wrapText);
  if (fmt.horizontalAlignment !== undefined) {
    const h = String(fmt.horizontalAlignment);
    if (
      !["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(h)
    ) {
      throw new FakeOfficeError("InvalidArgument", `fake: bad horizontalAlignment ${h}`);
    }
    c.hAlign = h;
  }
  if (fmt.verticalAlignment !== undefined) {
    const v = String(fmt.verticalAlignment);
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v))
      throw new FakeOfficeError("InvalidArgument", `fake: bad verticalAlignment ${v}`);
    c.vAlign = v;
  }
  const borders = fmt.borders as Record<string, Record<string, unknown>> | undefined;
  if (borders) {
    for (const [k, b] of Object.entries(borders)) {
      const edge = (EDGES as readonly string[]).includes(k) ? (k as (typeof EDGES)[number]) : undefined;
      if (!edge) continue; // diagonals, inside edges: not modelled
      if (b.style === "None") c.borders[edge] = null;
      else
        c.borders[edge] = {
          style: String(b.style ?? "Continuous"),
          weight: String(b.weight ?? "Thin"),
          color: String(b.color ?? "#000000"),
        };
    }
  }
}

export class FakeRange extends ClientObject {
  private readonly resolver: () => RangeTarget | null;
  readonly format: FakeRangeFormat;

  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null, nullable = false) {
    super(ctx, "Range", nullable);
    this.resolver = resolver;
    this.format = new FakeRangeFormat(ctx, () => this.target());
  }

  protected resolveOrNull(): unknown {
    return this.resolver();
  }
  /** @internal */
  target(): RangeTarget {
    const t = this.resolver();
    if (!t) throw new FakeOfficeError("InvalidObjectPath", "fake: used a null range");
    return t;
  }
  protected scalarNames(): string[] {
    return RANGE_PROPS;
  }
  protected scalar(target: unknown, prop: string): unknown {
    return rangeScalar(target as RangeTarget, prop);
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get text(): string[][] {
    return this.read("text");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(data: unknown[][]) {
    this.call("values", "1.1", data, (t) => {
      const target = t as RangeTarget;
      const rows = checkShape(target, data, "values");
      this.enterAll(target, rows);
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(data: unknown[][]) {
    this.call("formulas", "1.1", data, (t) => {
      const target = t as RangeTarget;
      const rows = checkShape(target, data, "formulas");
      this.enterAll(target, rows);
    });
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  /**
   * A 2-D array of the range's shape, or a 1x1 array `[[code]]` that applies to every cell of a bounded range
   * (the documented sample in "Fundamental programming concepts", office-js-docs-pr, sets E3:E6 with
   * `[["$0.00"]]`; office-js-docs-reference #578). Any other shape (a row or column of a bigger range, a bare
   * string) is refused, as for values and formulas: see the file header.
   */
  set numberFormat(data: unknown[][]) {
    this.call("numberFormat", "1.1", data, (t) => {
      const target = t as RangeTarget;
      const one = Array.isArray(data) && data.length === 1 && Array.isArray(data[0]) && data[0].length === 1;
      if (one && !target.unbounded) {
        const nf = data[0][0];
        if (nf === null || nf === undefined) return;
        if (typeof nf !== "string")
          throw new FakeOfficeError("InvalidArgument", "fake: numberFormat entries must be strings");
        for (let r = target.box.top; r <= target.box.bottom; r++)
          for (let k = target.box.left; k <= target.box.right; k++)
            target.sheet.ensure(r, k).numberFormat = nf === "" ? "General" : nf;
        return;
      }
      const rows = checkShape(target, data, "numberFormat");
      rows.forEach((row, r) =>
        row.forEach((nf, k) => {
          if (nf === null || nf === undefined) return;
          if (typeof nf !== "string")
            throw new FakeOfficeError("InvalidArgument", "fake: numberFormat entries must be strings");
          target.sheet.ensure(target.box.top + r, target.box.left + k).numberFormat = nf === "" ? "General" : nf;
        }),
      );
    });
  }

  private enterAll(target: RangeTarget, rows: unknown[][]): void {
    const merges = target.sheet.merges;
    rows.forEach((row, r) =>
      row.forEach((v, k) => {
        if (v === null || v === undefined) return;
        const rr = target.box.top + r;
        const kk = target.box.left + k;
        // Excel keeps content only in the top-left cell of a merged area; a write elsewhere is lost
        if (
          merges.some(
            (m) => rr >= m.top && rr <= m.bottom && kk >= m.left && kk <= m.right && (rr !== m.top || kk !== m.left),
          )
        )
          return;
        const cell = target.sheet.ensure(rr, kk);
        try {
          FakeBook.enter(cell, v);
        } catch (e) {
          throw new FakeOfficeError("InvalidArgument", (e as Error).message);
        }
      }),
    );
  }

  getCellProperties(loadOptions: Record<string, unknown>): FakeClientResult<Record<string, unknown>[][]> {
    const result = new FakeClientResult<Record<string, unknown>[][]>(this.ctx);
    this.call("getCellProperties", "1.9", loadOptions, (t, run) => {
      const target = t as RangeTarget;
      if (target.unbounded)
        throw new FakeOfficeError("InvalidArgument", "fake: getCellProperties on an unbounded range");
      result.settle(
        run,
        grid(target, (c, r, k) =>
          cellProps(c, loadOptions, `${quoteSheet(target.sheet.name)}!${columnLetter(k)}${r + 1}`),
        ),
      );
    });
    return result;
  }

  setCellProperties(data: unknown[][]): void {
    this.call("setCellProperties", "1.9", data, (t) => {
      const target = t as RangeTarget;
      const rows = checkShape(target, data, "cell properties");
      rows.forEach((row, r) =>
        row.forEach((p, k) => {
          if (p === null || p === undefined || (typeof p === "object" && Object.keys(p as object).length === 0)) return;
          applyProps(target.sheet.ensure(target.box.top + r, target.box.left + k), p);
        }),
      );
    });
  }

  getRowProperties(loadOptions: Record<string, unknown>): FakeClientResult<Record<string, unknown>[]> {
    const result = new FakeClientResult<Record<string, unknown>[]>(this.ctx);
    this.call("getRowProperties", "1.9", loadOptions, (t, run) => {
      const target = t as RangeTarget;
      const out: Record<string, unknown>[] = [];
      for (let r = target.box.top; r <= target.box.bottom; r++) {
        const p: Record<string, unknown> = {};
        if (loadOptions.rowIndex) p.rowIndex = r;
        if (loadOptions.rowHidden) p.rowHidden = target.sheet.hiddenRows.has(r);
        out.push(p);
      }
      result.settle(run, out);
    });
    return result;
  }

  getColumnProperties(loadOptions: Record<string, unknown>): FakeClientResult<Record<string, unknown>[]> {
    const result = new FakeClientResult<Record<string, unknown>[]>(this.ctx);
    this.call("getColumnProperties", "1.9", loadOptions, (t, run) => {
      const target = t as RangeTarget;
      const out: Record<string, unknown>[] = [];
      for (let k = target.box.left; k <= target.box.right; k++) {
        const p: Record<string, unknown> = {};
        if (loadOptions.columnIndex) p.columnIndex = k;
        if (loadOptions.columnHidden) p.columnHidden = target.sheet.hiddenCols.has(k);
        if (loadOptions.format && (loadOptions.format as Record<string, unknown>).columnWidth)
          p.format = { columnWidth: target.sheet.columnWidth(k) };
        out.push(p);
      }
      result.settle(run, out);
    });
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.enqueue("Range.getMergedAreasOrNullObject", "1.13", undefined, () => undefined);
    return new FakeRangeAreas(this.ctx, () => {
      const t = this.target();
      const b = t.box;
      const hits = t.sheet.merges.filter(
        (m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left,
      );
      return hits.length ? { sheet: t.sheet, boxes: hits } : null;
    });
  }

  merge(across?: boolean): void {
    this.call("merge", "1.2", [across ?? false], (t) => {
      const target = t as RangeTarget;
      const boxes: RangeBox[] = [];
      if (across)
        for (let r = target.box.top; r <= target.box.bottom; r++) boxes.push({ ...target.box, top: r, bottom: r });
      else boxes.push({ ...target.box });
      for (const box of boxes) {
        if (box.top === box.bottom && box.left === box.right) continue;
        const s = target.sheet;
        const overlapping = s.merges.filter(
          (m) => m.top <= box.bottom && m.bottom >= box.top && m.left <= box.right && m.right >= box.left,
        );
        for (const m of overlapping) {
          if (m.top < box.top || m.bottom > box.bottom || m.left < box.left || m.right > box.right) {
            throw new FakeOfficeError(
              "InvalidOperation",
              `fake: merge ${boxA1(box)} overlaps merged area ${boxA1(m)} partly`,
            );
          }
        }
        s.merges = s.merges.filter((m) => !overlapping.includes(m));
        s.merges.push(box);
        // like Excel: only the upper-left cell keeps its content
        for (let r = box.top; r <= box.bottom; r++) {
          for (let k = box.left; k <= box.right; k++) {
            if (r === box.top && k === box.left) continue;
            const c = s.get(r, k);
            if (c) {
              c.value = null;
              c.formula = null;
              c.quotePrefix = false;
            }
          }
        }
      }
    });
  }

  unmerge(): void {
    this.call("unmerge", "1.2", undefined, (t) => {
      const target = t as RangeTarget;
      const b = target.box;
      target.sheet.merges = target.sheet.merges.filter(
        (m) => !(m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left),
      );
    });
  }

  clear(applyTo?: string): void {
    this.call("clear", "1.1", [applyTo ?? "All"], (t) => {
      const target = t as RangeTarget;
      const what = applyTo ?? "All";
      const s = target.sheet;
      const b = target.box;
      s.forEach((c, r, k) => {
        if (r < b.top || r > b.bottom || k < b.left || k > b.right) return;
        if (what === "All" || what === "Contents") {
          c.value = null;
          c.formula = null;
          c.quotePrefix = false;
        }
        if (what === "All" || what === "Formats") {
          const keep = { value: c.value, formula: c.formula, quotePrefix: c.quotePrefix };
          Object.assign(c, {
            numberFormat: "General",
            bold: false,
            italic: false,
            fontName: "Calibri",
            fontSize: 11,
            fontColor: "#000000",
            fill: null,
            borders: { top: null, bottom: null, left: null, right: null },
            hAlign: "General",
            vAlign: "Bottom",
            wrap: false,
            ...keep,
          });
        }
      });
    });
  }

  select(): void {
    this.call("select", "1.1", undefined, (t) => {
      const target = t as RangeTarget;
      if (this.ctx.book.activeSheet?.toLowerCase() !== target.sheet.name.toLowerCase()) {
        throw new FakeOfficeError(
          "InvalidSelection",
          `fake: cannot select on a sheet that is not active (${target.sheet.name})`,
        );
      }
      this.ctx.book.selection = { sheet: target.sheet.name, address: boxA1(target.box) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      return {
        sheet: t.sheet,
        box: { top: t.box.top + row, left: t.box.left + column, bottom: t.box.top + row, right: t.box.left + column },
        unbounded: false,
      };
    });
  }
}

/**
 * Range.getMergedAreasOrNullObject(). Its `address` gives only the top-left cell of each area, as Excel
 * was reported to do (office-js #1590); the full areas come from `areas` (a RangeCollection).
 */
export class FakeRangeAreas extends ClientObject {
  private readonly resolver: () => { sheet: FakeSheet; boxes: RangeBox[] } | null;
  readonly areas: FakeRangeCollection;
  constructor(ctx: FakeRequestContext, resolver: () => { sheet: FakeSheet; boxes: RangeBox[] } | null) {
    super(ctx, "RangeAreas", true);
    this.resolver = resolver;
    this.areas = new FakeRangeCollection(ctx, () => {
      const t = this.resolver();
      return t ? t.boxes.map((box) => ({ sheet: t.sheet, box, unbounded: false })) : null;
    });
  }
  protected resolveOrNull(): unknown {
    return this.resolver();
  }
  protected scalarNames(): string[] {
    return ["address", "areaCount", "cellCount"];
  }
  protected scalar(target: unknown, prop: string): unknown {
    const t = target as { sheet: FakeSheet; boxes: RangeBox[] };
    if (prop === "address")
      return t.boxes.map((b) => `${quoteSheet(t.sheet.name)}!${columnLetter(b.left)}${b.top + 1}`).join(", ");
    if (prop === "areaCount") return t.boxes.length;
    return t.boxes.reduce((s, b) => s + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0);
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}

/** A RangeCollection (RangeAreas.areas): `items` after load("items/...") and a sync. */
export class FakeRangeCollection {
  private readonly ctx: FakeRequestContext;
  private readonly resolver: () => RangeTarget[] | null;
  private itemsLoaded: FakeRange[] | null = null;
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget[] | null) {
    this.ctx = ctx;
    this.resolver = resolver;
  }
  get items(): FakeRange[] {
    this.ctx.checkOpen();
    if (!this.itemsLoaded) throw propertyNotLoaded("RangeCollection", "items");
    return this.itemsLoaded;
  }
  load(spec?: unknown): this {
    const paths = spec === undefined ? ["items"] : loadPaths(spec);
    const props: string[] = [];
    for (const p of paths) {
      if (p === "items") props.push("address", "rowIndex", "columnIndex", "rowCount", "columnCount");
      else if (p.startsWith("items/") && RANGE_PROPS.includes(p.slice(6))) props.push(p.slice(6));
      else throw new FakeOfficeError("InvalidArgument", `fake: RangeCollection has no loadable property '${p}'`);
    }
    this.ctx.enqueue("RangeCollection.load", "1.9", paths, (run) => {
      const targets = this.resolver();
      // Strict: whether Excel lets a child of a null object be loaded is not documented; refuse it.
      if (targets === null)
        throw new FakeOfficeError(
          "InvalidObjectPath",
          "fake: loading areas of a null RangeAreas (check isNullObject after a sync first)",
        );
      const got = targets.map((t) => Object.fromEntries(props.map((p) => [p, rangeScalar(t, p)])));
      run.responseBytes += JSON.stringify(got).length;
      run.commits.push(() => {
        this.itemsLoaded = targets.map((t, i) => {
          const r = new FakeRange(this.ctx, () => t);
          for (const p of props) r.setLoaded(p, got[i][p]);
          return r;
        });
      });
    });
    return this;
  }
}

/** range.format: column width, and the (1.1) per-range setters. */
export class FakeRangeFormat {
  private readonly ctx: FakeRequestContext;
  private readonly target: () => RangeTarget;
  private loaded: Map<string, unknown> = new Map();
  readonly font: { bold: boolean; italic: boolean; name: string; size: number; color: string };
  readonly fill: { color: string; clear(): void };
  readonly borders: { getItem(edge: string): { style: string; weight: string; color: string } };

  constructor(ctx: FakeRequestContext, target: () => RangeTarget) {
    this.ctx = ctx;
    this.target = target;
    const setter = (key: string, apply: (c: FakeCell, v: unknown) => void) => (v: unknown) =>
      this.ctx.enqueue(`RangeFormat.${key}`, "1.1", v, () => {
        const t = this.target();
        if (t.unbounded)
          throw new FakeOfficeError("InvalidArgument", `fake: ${key} on an unbounded range is not modelled`);
        for (let r = t.box.top; r <= t.box.bottom; r++)
          for (let k = t.box.left; k <= t.box.right; k++) apply(t.sheet.ensure(r, k), v);
      });
    const font = {} as FakeRangeFormat["font"];
    const defs: [keyof FakeRangeFormat["font"], (c: FakeCell, v: unknown) => void][] = [
      ["bold", (c, v) => (c.bold = Boolean(v))],
      ["italic", (c, v) => (c.italic = Boolean(v))],
      ["name", (c, v) => (c.fontName = String(v))],
      ["size", (c, v) => (c.fontSize = Number(v))],
      ["color", (c, v) => (c.fontColor = String(v))],
    ];
    for (const [k, apply] of defs) {
      Object.defineProperty(font, k, {
        get: () => {
          throw propertyNotLoaded("RangeFont", k);
        },
        set: setter(`font.${k}`, apply),
      });
    }
    this.font = font;
    const fill = {} as FakeRangeFormat["fill"];
    Object.defineProperty(fill, "color", {
      get: () => {
        throw propertyNotLoaded("RangeFill", "color");
      },
      set: setter("fill.color", (c, v) => (c.fill = String(v).toUpperCase())),
    });
    // RangeFill.clear(): no fill (used by the adapter's looks, src/adapters/office/look.ts).
    Object.defineProperty(fill, "clear", {
      value: () =>
        this.ctx.enqueue("RangeFill.clear", "1.1", undefined, () => {
          const t = this.target();
          for (let r = t.box.top; r <= t.box.bottom; r++)
            for (let k = t.box.left; k <= t.box.right; k++) t.sheet.ensure(r, k).fill = null;
        }),
    });
    this.fill = fill;
    this.borders = {
      getItem: (edge: string) => {
        const side = EDGE_NAMES[edge];
        if (!side) throw new FakeOfficeError("InvalidArgument", `fake: border ${edge} is not modelled`);
        const border = {} as { style: string; weight: string; color: string };
        for (const key of ["style", "weight", "color"] as const) {
          Object.defineProperty(border, key, {
            get: () => {
              throw propertyNotLoaded("RangeBorder", key);
            },
            set: setter(`borders.${edge}.${key}`, (c, v) => {
              const b = c.borders[side] ?? { style: "Continuous", weight: "Thin", color: "#000000" };
              const next = { ...b, [key]: String(v) };
              c.borders[side] = next.style === "None" ? null : next;
            }),
          });
        }
        return border;
      },
    };
  }

  get columnWidth(): number {
    this.ctx.checkOpen();
    if (!this.loaded.has("columnWidth")) throw propertyNotLoaded("RangeFormat", "columnWidth");
    return this.loaded.get("columnWidth") as number;
  }
  set columnWidth(points: number) {
    this.ctx.enqueue("RangeFormat.columnWidth", "1.2", points, () => {
      const t = this.target();
      if (!(points >= 0) || points > 255 * 7.5)
        throw new FakeOfficeError("InvalidArgument", `fake: bad column width ${points}`);
      for (let k = t.box.left; k <= t.box.right; k++) t.sheet.columnWidths.set(k, points);
    });
  }
  set rowHeight(points: number) {
    this.ctx.enqueue("RangeFormat.rowHeight", "1.2", points, () => {
      const t = this.target();
      if (!(points >= 0) || points > 409)
        throw new FakeOfficeError("InvalidArgument", `fake: bad row height ${points}`);
      for (let r = t.box.top; r <= t.box.bottom; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  set wrapText(v: boolean) {
    this.ctx.enqueue("RangeFormat.wrapText", "1.1", v, () => {
      const t = this.target();
      for (let r = t.box.top; r <= t.box.bottom; r++)
        for (let k = t.box.left; k <= t.box.right; k++) t.sheet.ensure(r, k).wrap = v;
    });
  }

  load(spec?: unknown): this {
    const paths = spec === undefined ? ["columnWidth"] : loadPaths(spec);
    for (const p of paths)
      if (p !== "columnWidth") throw new FakeOfficeError("InvalidArgument", `fake: RangeFormat.${p} is not modelled`);
    this.ctx.enqueue("RangeFormat.load", "1.1", paths, (run) => {
      const t = this.target();
      const w = t.sheet.columnWidth(t.box.left);
      run.responseBytes += 20;
      run.commits.push(() => this.loaded.set("columnWidth", w));
    });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------
// Page layout and charts

export class FakePageLayout {
  private readonly ctx: FakeRequestContext;
  private readonly sheet: () => FakeSheet;
  constructor(ctx: FakeRequestContext, sheet: () => FakeSheet) {
    this.ctx = ctx;
    this.sheet = sheet;
  }
  private set(name: string, v: unknown, apply: (s: FakeSheet) => void): void {
    this.ctx.enqueue(`PageLayout.${name}`, "1.9", v, () => apply(this.sheet()));
  }
  set paperSize(v: string) {
    this.set("paperSize", v, (s) => {
      if (!["A4", "Folio", "Legal", "Letter", "A3", "A5"].includes(v))
        throw new FakeOfficeError("InvalidArgument", `fake: paper ${v}`);
      s.pageLayout.paperSize = v;
    });
  }
  get paperSize(): string {
    throw propertyNotLoaded("PageLayout", "paperSize");
  }
  set orientation(v: string) {
    this.set("orientation", v, (s) => {
      if (v !== "Portrait" && v !== "Landscape") throw new FakeOfficeError("InvalidArgument", `fake: orientation ${v}`);
      s.pageLayout.orientation = v;
    });
  }
  get orientation(): string {
    throw propertyNotLoaded("PageLayout", "orientation");
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.set("zoom", v, (s) => {
      s.pageLayout.zoom = { ...v };
    });
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    throw propertyNotLoaded("PageLayout", "zoom");
  }
  setPrintTitleRows(rows: string | FakeRange): void {
    if (typeof rows !== "string")
      throw new FakeOfficeError("InvalidArgument", "fake: setPrintTitleRows takes an address string here");
    this.set("setPrintTitleRows", rows, (s) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", `fake: print title rows ${rows}`);
      s.pageLayout.printTitleRows = rows;
    });
  }
}

const CHART_TYPES = ["ColumnClustered", "BarClustered", "Line", "Pie", "ColumnStacked", "BarStacked", "LineMarkers"];

export class FakeChartCollection {
  private readonly ctx: FakeRequestContext;
  private readonly sheet: () => FakeSheet;
  constructor(ctx: FakeRequestContext, sheet: () => FakeSheet) {
    this.ctx = ctx;
    this.sheet = sheet;
  }
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    let chart: import("./model").FakeChart | null = null;
    this.ctx.enqueue("ChartCollection.add", "1.1", [type, seriesBy], () => {
      if (!CHART_TYPES.includes(type)) throw new FakeOfficeError("InvalidArgument", `fake: chart type ${type}`);
      const s = this.sheet();
      const src = sourceData.target();
      if (src.sheet !== s) throw new FakeOfficeError("InvalidArgument", "fake: chart source on another sheet");
      const by = seriesBy ?? "Auto";
      const b = src.box;
      const byColumns = by === "Columns" || (by === "Auto" && b.bottom - b.top >= b.right - b.left);
      const series: import("./model").FakeChart["series"] = [];
      if (byColumns)
        for (let k = b.left; k <= b.right; k++)
          series.push({ name: "", values: boxA1({ ...b, left: k, right: k }), xAxis: null });
      else
        for (let r = b.top; r <= b.bottom; r++)
          series.push({ name: "", values: boxA1({ ...b, top: r, bottom: r }), xAxis: null });
      chart = { type, source: boxA1(b), seriesBy: by, title: null, position: null, series };
      s.charts.push(chart);
    });
    return new FakeChart(
      this.ctx,
      () => {
        if (!chart) throw new FakeOfficeError("InvalidObjectPath", "fake: chart used before it was added");
        return chart;
      },
      this.sheet,
    );
  }
}

export class FakeChart {
  private readonly ctx: FakeRequestContext;
  private readonly chart: () => import("./model").FakeChart;
  private readonly sheet: () => FakeSheet;
  readonly title: { text: string };
  readonly series: FakeChartSeriesCollection;
  constructor(ctx: FakeRequestContext, chart: () => import("./model").FakeChart, sheet: () => FakeSheet) {
    this.ctx = ctx;
    this.chart = chart;
    this.sheet = sheet;
    const title = {} as { text: string };
    Object.defineProperty(title, "text", {
      get: () => {
        throw propertyNotLoaded("ChartTitle", "text");
      },
      set: (v: string) => this.ctx.enqueue("ChartTitle.text", "1.1", v, () => void (this.chart().title = v)),
    });
    this.title = title;
    this.series = new FakeChartSeriesCollection(ctx, chart, sheet);
  }
  setPosition(startCell: string, endCell?: string): void {
    this.ctx.enqueue("Chart.setPosition", "1.1", [startCell, endCell], () => {
      parseAddress(startCell);
      if (endCell) parseAddress(endCell);
      this.chart().position = { start: startCell, end: endCell ?? null };
    });
  }
}

export class FakeChartSeriesCollection {
  private readonly ctx: FakeRequestContext;
  private readonly chart: () => import("./model").FakeChart;
  private readonly sheet: () => FakeSheet;
  constructor(ctx: FakeRequestContext, chart: () => import("./model").FakeChart, sheet: () => FakeSheet) {
    this.ctx = ctx;
    this.chart = chart;
    this.sheet = sheet;
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(
      this.ctx,
      () => {
        const s = this.chart().series[index];
        if (!s) throw new FakeOfficeError("ItemNotFound", `fake: no series ${index}`);
        return s;
      },
      this.sheet,
    );
  }
  add(name?: string): FakeChartSeries {
    let created: import("./model").FakeChart["series"][number] | null = null;
    this.ctx.enqueue("ChartSeriesCollection.add", "1.7", [name], () => {
      created = { name: name ?? "", values: null, xAxis: null };
      this.chart().series.push(created);
    });
    return new FakeChartSeries(
      this.ctx,
      () => {
        if (!created) throw new FakeOfficeError("InvalidObjectPath", "fake: series used before it was added");
        return created;
      },
      this.sheet,
    );
  }
}

export class FakeChartSeries {
  private readonly ctx: FakeRequestContext;
  private readonly series: () => import("./model").FakeChart["series"][number];
  private readonly sheet: () => FakeSheet;
  constructor(
    ctx: FakeRequestContext,
    series: () => import("./model").FakeChart["series"][number],
    sheet: () => FakeSheet,
  ) {
    this.ctx = ctx;
    this.series = series;
    this.sheet = sheet;
  }
  set name(v: string) {
    this.ctx.enqueue("ChartSeries.name", "1.1", v, () => void (this.series().name = v));
  }
  get name(): string {
    throw propertyNotLoaded("ChartSeries", "name");
  }
  setValues(range: FakeRange): void {
    this.ctx.enqueue("ChartSeries.setValues", "1.7", undefined, () => {
      const t = range.target();
      if (t.sheet !== this.sheet())
        throw new FakeOfficeError("InvalidArgument", "fake: series values on another sheet");
      this.series().values = boxA1(t.box);
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.ctx.enqueue("ChartSeries.setXAxisValues", "1.7", undefined, () => {
      const t = range.target();
      if (t.sheet !== this.sheet()) throw new FakeOfficeError("InvalidArgument", "fake: axis values on another sheet");
      this.series().xAxis = boxA1(t.box);
    });
  }
}
