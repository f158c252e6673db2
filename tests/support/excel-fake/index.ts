/**
 * A strict fake of the Excel JavaScript API for tests of the Office.js adapter.
 *
 *   const excel = new FakeExcel(FakeBook.fromSnapshot(snapshot), { apiVersion: "1.17" });
 *   excel.install();            // globalThis.Excel and globalThis.Office
 *   ... code under test calls Excel.run ...
 *   excel.stats.syncs, excel.stats.largestRequestBytes, excel.book (inspect the cells)
 *   excel.uninstall();
 *
 * See ./client.ts for what is strict (PropertyNotLoaded, null objects, payload limits, ApiNotFound).
 */
import type { WorkbookSnapshot } from "../../../src/core/workbook/port";
import { FakeOfficeError, FakeRequestContext, versionAtLeast, type FakeHost, type SyncRecord } from "./client";
import { FakeBook } from "./model";

export { FakeBook, FakeSheet, defaultCell, type FakeCell, type FakeChart } from "./model";
export { FakeOfficeError, FakeRequestContext, type SyncRecord } from "./client";

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** Highest ExcelApi version the host supports (default "1.17", Office 2024). */
  apiVersion?: string;
  /** Request payload limit per sync in bytes (default 5 MB, as Excel on the web). */
  requestLimitBytes?: number;
  /** Response payload limit per sync (default: none, as Excel desktop; the web has 5 MB). */
  responseLimitBytes?: number;
}

export class FakeExcelStats {
  records: SyncRecord[] = [];
  get syncs(): number {
    return this.records.length;
  }
  get failedSyncs(): number {
    return this.records.filter((r) => r.error !== null).length;
  }
  /** Largest request payload of a sync that Excel accepted. */
  get largestRequestBytes(): number {
    return this.records.filter((r) => r.error === null).reduce((m, r) => Math.max(m, r.requestBytes), 0);
  }
  get largestResponseBytes(): number {
    return this.records.filter((r) => r.error === null).reduce((m, r) => Math.max(m, r.responseBytes), 0);
  }
  reset(): void {
    this.records = [];
  }
}

export class FakeExcel implements FakeHost {
  book: FakeBook;
  apiVersion: string;
  requestLimitBytes: number;
  responseLimitBytes: number;
  readonly stats = new FakeExcelStats();
  /** While true, every sync fails with InvalidOperationInCellEditMode (the user is typing in a cell). */
  cellEditMode = false;
  /** What the next syncs do, one entry each: an error code to throw before doing anything, or null to pass. */
  failNext: (string | null)[] = [];
  /**
   * Fails chosen syncs: called with each sync's queued call names and its index (0-based over the fake's
   * life); an error code fails that sync before anything happens, null lets it pass.
   */
  failWhere: ((names: string[], index: number) => string | null) | null = null;
  /** Excel.run calls made. */
  runs = 0;
  private saved: { Excel: unknown; Office: unknown } | null = null;

  constructor(book: FakeBook | WorkbookSnapshot = new FakeBook(), options: FakeExcelOptions = {}) {
    this.book = book instanceof FakeBook ? book : FakeBook.fromSnapshot(book);
    this.apiVersion = options.apiVersion ?? "1.17";
    this.requestLimitBytes = options.requestLimitBytes ?? WEB_PAYLOAD_LIMIT;
    this.responseLimitBytes = options.responseLimitBytes ?? Number.POSITIVE_INFINITY;
  }

  beforeSync(names: string[]): void {
    if (this.cellEditMode) {
      throw new FakeOfficeError(
        "InvalidOperationInCellEditMode",
        "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the ENTER or TAB keys, or by selecting another cell, and then try again.",
      );
    }
    const code = this.failNext.shift() ?? this.failWhere?.(names, this.stats.records.length) ?? null;
    if (code) throw new FakeOfficeError(code, `fake: simulated ${code}`);
  }

  record(r: SyncRecord): void {
    this.stats.records.push(r);
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== "ExcelApi") return false;
    return versionAtLeast(this.apiVersion, version ?? "1.1");
  }

  /** Excel.run(batch): one request context; pending calls are synced when the batch resolves. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    if (typeof batch !== "function")
      throw new FakeOfficeError("InvalidArgument", "fake: only Excel.run(batch) is modelled");
    this.runs++;
    const ctx = new FakeRequestContext(this);
    try {
      const result = await batch(ctx);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.close();
    }
  }

  /** The objects that stand for the globals `Excel` and `Office`. */
  globals(): { Excel: unknown; Office: unknown } {
    return {
      Excel: { run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => this.run(batch) },
      Office: {
        context: {
          requirements: { isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version) },
        },
        onReady: async () => ({ host: "Excel", platform: "PC" }),
        HostType: { Excel: "Excel" },
      },
    };
  }

  install(): this {
    const g = globalThis as Record<string, unknown>;
    this.saved = { Excel: g.Excel, Office: g.Office };
    const globals = this.globals();
    g.Excel = globals.Excel;
    g.Office = globals.Office;
    return this;
  }

  uninstall(): void {
    const g = globalThis as Record<string, unknown>;
    if (!this.saved) return;
    if (this.saved.Excel === undefined) delete g.Excel;
    else g.Excel = this.saved.Excel;
    if (this.saved.Office === undefined) delete g.Office;
    else g.Office = this.saved.Office;
    this.saved = null;
  }
}
