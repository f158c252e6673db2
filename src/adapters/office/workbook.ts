/**
 * The workbook port on Office.js: an Excel.RequestContext (one Excel.run) seen as a WorkbookPort.
 * Use it through runExcelAction (./run.ts), which gives one Excel.run per user action and Indonesian errors.
 */
import type { ApplyResult, ProgressFn, WorkbookPort, WorkbookSnapshot, WritePlan } from "../../core/workbook/port";
import { officeText } from "../../core/i18n/office";
import { OfficeActionError } from "./errors";
import { readWorkbook } from "./read";
import { apiSupport, type ApiSupport } from "./support";
import { applyPlan } from "./write";

export interface OfficeWorkbookOptions {
  /** The host's API support; by default asked from Office.context.requirements. */
  support?: ApiSupport;
  /** Largest number of cells in one read block (default 200,000). */
  readBlockCells?: number;
  /** Largest number of rows in one read block (default 20,000). */
  readBlockRows?: number;
  /** Response bytes allowed per sync when reading (default 4,000,000; the web refuses 5 MB). */
  readBudgetBytes?: number;
  /** Estimated request payload allowed per sync when writing (default 4,000,000 bytes; the web refuses 5 MB). */
  writeBudgetBytes?: number;
}

export class OfficeWorkbook implements WorkbookPort {
  readonly context: Excel.RequestContext;
  readonly support: ApiSupport;
  private readonly options: Required<Omit<OfficeWorkbookOptions, "support">>;

  constructor(context: Excel.RequestContext, options: OfficeWorkbookOptions = {}) {
    this.context = context;
    this.support = options.support ?? apiSupport();
    this.options = {
      readBlockCells: options.readBlockCells ?? 200_000,
      readBlockRows: options.readBlockRows ?? 20_000,
      readBudgetBytes: options.readBudgetBytes ?? 4_000_000,
      writeBudgetBytes: options.writeBudgetBytes ?? 4_000_000,
    };
  }

  private requireReadable(): void {
    if (!this.support.nullObjects) throw new OfficeActionError("ApiNotFound", officeText.apiNotSupported("1.4"));
  }

  async read(): Promise<WorkbookSnapshot> {
    this.requireReadable();
    return readWorkbook(this.context, {
      support: this.support,
      blockCells: this.options.readBlockCells,
      blockRows: this.options.readBlockRows,
      budgetBytes: this.options.readBudgetBytes,
    });
  }

  async apply(plan: WritePlan, onProgress?: ProgressFn): Promise<ApplyResult> {
    this.requireReadable();
    return applyPlan(
      this.context,
      plan,
      { support: this.support, budgetBytes: this.options.writeBudgetBytes },
      onProgress,
    );
  }
}
