/**
 * The pane's state and its user actions, without React: read -> understand -> compute -> plan -> write, each
 * action in exactly one `session.run` (one runExcelAction in Excel). Views subscribe with
 * useSyncExternalStore (./use-pane.ts).
 *
 * Over 400 lines because it is the pane's one state machine (every action: open, fill, convert, undo, report,
 * settings) over one session; each action is short, and splitting them would scatter the shared busy/message rules.
 */
import * as realEngine from "../../core/engine";
import type { FillOptions, LeftAlone, TextInput } from "../../core/engine";
import { fillSummary, type SummaryLine } from "../../core/fill/summary";
import { teksIsi } from "../../core/i18n/fill";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import type { Analysis, Temuan } from "../../core/model";
import type { MadeTable, SkippedTable } from "../../core/report";
import { formatAngka } from "../../core/numbers/format";
import { DEFAULT_SETTINGS, overridesSchema, type Overrides, type Settings } from "../../core/settings/settings";
import type { WorkbookPort, WorkbookSnapshot, WritePlan } from "../../core/workbook/port";
import { describeError } from "../errors/errors";
import { StateStore } from "./state-store";
import { isFileSession, UserError, type Session } from "../session/session";

export type EngineApi = Pick<
  typeof realEngine,
  | "effectiveSettings"
  | "resolveSettings"
  | "analyze"
  | "planFill"
  | "planUndo"
  | "planSaveState"
  | "planConvertText"
  | "textInputs"
>;

/** What "Buat tabel laporan" made and left out (the Laporan view lists them). */
export interface ReportSummary {
  made: MadeTable[];
  skipped: SkippedTable[];
  /** Standalone: the tables are in the file to download, not in an open workbook. */
  inFile: boolean;
}

/** Report tables, wired to the engine's planReport. */
export interface ReportApi {
  /** Plan the report sheets for this workbook, with the tables made and skipped. */
  planReport?: (
    snapshot: WorkbookSnapshot,
    analysis: Analysis,
    settings: Settings,
  ) => { plan: WritePlan; made: MadeTable[]; skipped: SkippedTable[] };
  /** The report as a .docx file. */
  buildDocx?: (analysis: Analysis, settings: Settings) => Promise<Uint8Array>;
}

export interface Loaded {
  snapshot: WorkbookSnapshot;
  settings: Settings;
  analysis: Analysis | null;
  /** Why analysis failed (Indonesian), when it did. */
  analysisError: string | null;
  /** The user's corrections stored in the workbook. */
  overrides: Overrides;
  /** How many ops the last fill can take back (0: nothing to undo). */
  undoSize: number;
  /**
   * Input numbers stored as text, when computed where the whole analysis lives (the standalone page's worker,
   * whose page gets an analysis without budget rows); otherwise computed from `analysis` on demand.
   */
  textInputs?: TextInput[];
}

export interface FillSummary {
  mode: FillOptions["mode"];
  force: boolean;
  cellsWritten: number;
  /** What happened, in the sentences the command line prints too (core/fill/summary.ts). */
  lines: SummaryLine[];
  leftAlone: LeftAlone[];
  skipped: string[];
}

export interface UndoSummary {
  cellsWritten: number;
  skipped: string[];
}

export type MessageIntent = "error" | "warning" | "success" | "info";

export interface PaneState {
  busy: { label: string; done: number | null; total: number | null } | null;
  message: { intent: MessageIntent; text: string } | null;
  loaded: Loaded | null;
  lastFill: FillSummary | null;
  lastUndo: UndoSummary | null;
  /** The last "Buat tabel laporan" of this workbook. */
  lastReport: ReportSummary | null;
  /** Standalone: the open file's name. */
  fileName: string | null;
  /** Increases each time the workbook is read again, so views can reset their drafts. */
  revision: number;
  /** Standalone page: the file has changes not yet downloaded. */
  unsaved?: boolean;
}

const INITIAL: PaneState = {
  busy: null,
  message: null,
  loaded: null,
  lastFill: null,
  lastUndo: null,
  lastReport: null,
  fileName: null,
  revision: 0,
};

function count(n: number): string {
  return formatAngka(n, 0);
}

export class PaneController {
  private readonly store = new StateStore<PaneState>(INITIAL);
  private get state(): PaneState {
    return this.store.get();
  }
  constructor(
    readonly session: Session,
    private readonly engine: EngineApi = realEngine,
    readonly report: ReportApi = {},
  ) {
    if (isFileSession(session)) this.store.set({ fileName: session.fileName() });
  }

  getState = (): PaneState => this.store.get();

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  private set(patch: Partial<PaneState>): void {
    this.store.set(patch);
  }

  dismissMessage(): void {
    this.set({ message: null });
  }

  /** Show a message that does not come from an action (e.g. a window error). */
  showMessage(intent: MessageIntent, text: string): void {
    this.set({ message: { intent, text } });
  }

  isBusy(): boolean {
    return this.state.busy !== null;
  }

  /** Understand and compute a snapshot; an engine failure is reported, not thrown. */
  private understand(snapshot: WorkbookSnapshot): Loaded {
    const stored = snapshot.state?.overrides;
    const parsed = overridesSchema.safeParse(stored ?? {});
    const undoSize = snapshot.state?.undo?.length ?? 0;
    let settings: Settings;
    let settingsError: string | null = null;
    try {
      // Stored settings the engine refuses: work with the defaults and say so, naming each wrong value.
      const r = this.engine.resolveSettings(snapshot);
      if (!r.ok) settingsError = T.storedSettingsInvalid(r.errors.join(" "));
      settings = this.engine.effectiveSettings(snapshot);
    } catch (e) {
      settings = DEFAULT_SETTINGS;
      settingsError = T.storedSettingsInvalid(describeError(e, false));
    }
    const overrides: Overrides = parsed.success ? parsed.data : (settings.overrides ?? {});
    try {
      const analysis = this.engine.analyze(snapshot, settings);
      return { snapshot, settings, analysis, analysisError: settingsError, overrides, undoSize };
    } catch (e) {
      const why = T.analysisFailed(describeError(e, false));
      return {
        snapshot,
        settings,
        analysis: null,
        analysisError: settingsError ? `${settingsError} ${why}` : why,
        overrides,
        undoSize,
      };
    }
  }

  /**
   * Run one user action: busy while it runs, errors shown in Indonesian, the workbook re-read at the end
   * (in the same run) so every view shows what the workbook now holds.
   */
  private async act<R>(
    label: string,
    work: (port: WorkbookPort) => Promise<R>,
    after?: (r: R) => Partial<PaneState>,
  ): Promise<boolean> {
    if (this.state.busy) return false;
    this.set({ busy: { label, done: null, total: null }, message: null });
    try {
      const { result, loaded } = await this.session.run(async (port) => {
        const result = await work(port);
        this.set({ busy: { label: T.reading, done: null, total: null } });
        const snapshot = await port.read();
        return { result, loaded: this.understand(snapshot) };
      });
      const patch = after ? after(result) : {};
      this.set({
        busy: null,
        loaded,
        revision: this.state.revision + 1,
        fileName: isFileSession(this.session) ? this.session.fileName() : this.state.fileName,
        message: patch.message ?? (loaded.analysisError ? { intent: "warning", text: loaded.analysisError } : null),
        ...patch,
      });
      return true;
    } catch (e) {
      this.set({ busy: null, message: { intent: "error", text: describeError(e) } });
      return false;
    }
  }

  private progress = (label: string) => (done: number, total: number) => {
    this.set({ busy: { label, done, total } });
  };

  /** Read the workbook again and recompute everything. */
  refresh(): Promise<boolean> {
    return this.act(T.reading, async () => undefined);
  }

  /** Standalone: open an .xlsx file, then read it. */
  async openFile(name: string, data: ArrayBuffer): Promise<boolean> {
    const session = this.session;
    if (!isFileSession(session) || this.state.busy) return false;
    this.set({ busy: { label: T.loadingFile(name), done: null, total: null }, message: null });
    try {
      await session.open(name, data);
    } catch (e) {
      this.set({ busy: null, message: { intent: "error", text: describeError(e) } });
      return false;
    }
    this.set({
      busy: null,
      fileName: session.fileName(),
      lastFill: null,
      lastUndo: null,
      lastReport: null,
      loaded: null,
    });
    return this.refresh();
  }

  /** Standalone: the current workbook as .xlsx bytes and a file name for the download. */
  async exportFile(): Promise<{ name: string; bytes: Uint8Array } | null> {
    const session = this.session;
    if (!isFileSession(session) || this.state.busy) return null;
    try {
      const bytes = await session.save();
      const name = T.downloadName(session.fileName() ?? "buku-kerja.xlsx");
      this.set({ message: { intent: "success", text: T.downloadDone(name) } });
      return { name, bytes };
    } catch (e) {
      this.set({ message: { intent: "error", text: describeError(e) } });
      return null;
    }
  }

  /** Save settings (everything but overrides) in the workbook and recompute. */
  saveSettings(settings: Record<string, unknown>): Promise<boolean> {
    const { overrides: _ignored, ...rest } = settings;
    return this.act(
      T.saving,
      async (port) => {
        const snapshot = await port.read();
        await port.apply(this.engine.planSaveState(snapshot, { settings: rest }));
      },
      () => ({ message: { intent: "success", text: T.pengaturan.saved } }),
    ).then((ok) => this.remember(ok));
  }

  private async remember(ok: boolean): Promise<boolean> {
    if (ok && this.session.rememberPane) await this.session.rememberPane();
    return ok;
  }

  /** Save the user's corrections (Lembar view) in the workbook and recompute. */
  saveOverrides(overrides: Overrides): Promise<boolean> {
    return this.act(
      T.saving,
      async (port) => {
        const snapshot = await port.read();
        await port.apply(this.engine.planSaveState(snapshot, { overrides: overrides as Record<string, unknown> }));
      },
      () => ({ message: { intent: "success", text: T.lembar.saved } }),
    ).then((ok) => this.remember(ok));
  }

  /** Fill the computed columns (one action: read, compute, plan, write, read again). */
  fill(opts: FillOptions): Promise<boolean> {
    return this.act(
      T.filling,
      async (port) => {
        const snapshot = await port.read();
        const settings = this.engine.effectiveSettings(snapshot);
        const analysis = this.engine.analyze(snapshot, settings);
        const res = this.engine.planFill(snapshot, analysis, settings, opts);
        const applied = await port.apply(res.plan, this.progress(T.filling));
        const summary: FillSummary = {
          mode: opts.mode,
          force: opts.force,
          cellsWritten: applied.cellsWritten,
          lines: fillSummary(res, "pane"),
          leftAlone: res.leftAlone,
          skipped: applied.skipped ?? [],
        };
        return summary;
      },
      (summary) => ({ lastFill: summary, lastUndo: null }),
    );
  }

  /** Input numbers stored as text in the workbook as last read (for the notice in Periksa and Hitung). */
  textInputs(): TextInput[] {
    const loaded = this.state.loaded;
    if (loaded?.textInputs) return loaded.textInputs;
    return loaded?.analysis ? this.engine.textInputs(loaded.analysis) : [];
  }

  /** Turn input numbers stored as text into numbers (one action, recorded for Batalkan). */
  convertText(): Promise<boolean> {
    return this.act(
      T.converting,
      async (port) => {
        const snapshot = await port.read();
        const settings = this.engine.effectiveSettings(snapshot);
        const analysis = this.engine.analyze(snapshot, settings);
        const res = this.engine.planConvertText(snapshot, analysis);
        if (res.plan.ops.length > 0) await port.apply(res.plan, this.progress(T.converting));
        return res.converted.length;
      },
      (n) => ({
        lastFill: null,
        message: { intent: "success", text: teksIsi.ubahTeks.selesai(formatAngka(n, 0)) },
      }),
    );
  }

  /** Take back the add-in's last fill. */
  undo(): Promise<boolean> {
    return this.act(
      T.undoing,
      async (port) => {
        const snapshot = await port.read();
        const plan = this.engine.planUndo(snapshot);
        if (!plan) return null;
        const applied = await port.apply(plan, this.progress(T.undoing));
        return { cellsWritten: applied.cellsWritten, skipped: applied.skipped ?? [] } satisfies UndoSummary;
      },
      (summary) =>
        summary
          ? {
              lastUndo: summary,
              lastFill: null,
              message: { intent: "success", text: T.batalkan.done(count(summary.cellsWritten)) },
            }
          : { message: { intent: "info", text: T.batalkan.nothing } },
    );
  }

  /** Report tables into the workbook (issue 4), when available. */
  buildReport(): Promise<boolean> {
    const planReport = this.report.planReport;
    if (!planReport) return Promise.resolve(false);
    return this.act(
      T.laporan.building,
      async (port) => {
        const snapshot = await port.read();
        const settings = this.engine.effectiveSettings(snapshot);
        const analysis = this.engine.analyze(snapshot, settings);
        const { plan, made, skipped } = planReport(snapshot, analysis, settings);
        await port.apply(plan, this.progress(T.laporan.building));
        return { made, skipped, inFile: isFileSession(this.session) } satisfies ReportSummary;
      },
      (summary) => ({
        lastReport: summary,
        message: {
          intent: "success",
          text: summary.inFile
            ? T.laporan.builtInFile(count(summary.made.length))
            : T.laporan.built(count(summary.made.length)),
        },
      }),
    );
  }

  /** The report as .docx bytes, when available (the workbook read again in one run, then rendered). */
  async reportDocx(): Promise<{ name: string; bytes: Uint8Array } | null> {
    const buildDocx = this.report.buildDocx;
    if (!buildDocx || this.state.busy) return null;
    this.set({ busy: { label: T.laporan.building, done: null, total: null }, message: null });
    try {
      const loaded = await this.session.run(async (port) => this.understand(await port.read()));
      if (!loaded.analysis) throw new UserError(loaded.analysisError ?? T.noWorkbookYet);
      const bytes = await buildDocx(loaded.analysis, loaded.settings);
      const base = (this.state.fileName ?? "LKjIP.xlsx").replace(/\.xlsx$/i, "");
      const name = `${base}-tabel.docx`;
      this.set({ busy: null, message: { intent: "success", text: T.laporan.docxDone(name) } });
      return { name, bytes };
    } catch (e) {
      this.set({ busy: null, message: { intent: "error", text: describeError(e) } });
      return null;
    }
  }

  /** Show a finding's cell: selected in Excel, or its address told in standalone mode. */
  async select(t: Pick<Temuan, "sheet" | "cell">): Promise<void> {
    const ref = `${t.sheet}!${t.cell}`;
    try {
      const shown = await this.session.selectCell(t.sheet, t.cell);
      this.set({ message: { intent: "info", text: shown ? T.periksa.selected(ref) : T.periksa.whereStandalone(ref) } });
    } catch (e) {
      this.set({ message: { intent: "error", text: describeError(e) } });
    }
  }
}
