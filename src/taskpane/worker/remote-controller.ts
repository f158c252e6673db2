/**
 * The standalone page's controller: the PaneController runs in a Web Worker (./engine.worker.ts) and this class
 * mirrors its state for the views, so reading, understanding, computing and writing never block the page.
 *
 * - Cancel: the worker is stopped and a new one opens the file's last whole state (as opened, or after the last
 *   action that finished), so a cancelled action leaves nothing half done.
 * - Unsaved work: after an action that changed the file and until it is downloaded, closing the page asks first.
 * - The .docx is drawn here (charts need a canvas): from the analysis the worker sent, which is the file's.
 */
import { teksKemajuan as K } from "../../core/i18n/kemajuan";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import type { Analysis, Temuan } from "../../core/model";
import type { FillOptions, TextInput } from "../../core/engine";
import type { Overrides, Settings } from "../../core/settings/settings";
import type { MessageIntent, PaneState, ReportApi } from "../state/controller";
import { describeError } from "../errors/errors";
import { StateStore } from "../state/state-store";
import type { PaneApi } from "../state/pane-api";
import type { FromWorker, RemoteMethod, ToWorker } from "./protocol";

const INITIAL: PaneState = {
  busy: null,
  message: null,
  loaded: null,
  lastFill: null,
  lastUndo: null,
  lastReport: null,
  fileName: null,
  revision: 0,
  unsaved: false,
};

/** Actions that change the file when they succeed. */
const WRITES = new Set<RemoteMethod>(["fill", "undo", "saveSettings", "saveOverrides", "buildReport"]);

export interface RemoteOptions {
  createWorker: () => Worker;
  buildDocx?: (analysis: Analysis, settings: Settings) => Promise<Uint8Array>;
  /** Where the "leave the page?" question is asked (window; absent in tests). */
  unloadTarget?: Pick<Window, "addEventListener">;
}

export class RemoteController implements PaneApi {
  readonly session = { mode: "standalone" as const };
  readonly report: ReportApi;
  private readonly store = new StateStore<PaneState>(INITIAL);
  private get state(): PaneState {
    return this.store.get();
  }
  private worker!: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { method: RemoteMethod; resolve: (v: unknown) => void }>();
  private lastGood: { name: string; bytes: ArrayBuffer } | null = null;
  /** Added to the worker's revision, so a new worker's revisions still count up. */
  private revisionBase = 0;

  constructor(private readonly options: RemoteOptions) {
    this.report = {
      planReport: () => ({ plan: { ops: [] }, made: [], skipped: [] }), // present: the worker plans the report sheets itself
      buildDocx: options.buildDocx,
    };
    this.start();
    options.unloadTarget?.addEventListener("beforeunload", (e: BeforeUnloadEvent) => {
      if (!this.state.unsaved) return;
      e.preventDefault();
      e.returnValue = K.belumDiunduh; // older browsers need returnValue set; the text itself is not shown
    });
  }

  private start(): void {
    const w = this.options.createWorker();
    let spoke = false;
    w.addEventListener("message", (e: MessageEvent<FromWorker>) => {
      spoke = true;
      this.receive(e.data);
    });
    w.addEventListener("error", (e: ErrorEvent) => {
      e.preventDefault();
      const why = K.pekerjaGagal(e.message || T.unknownDetail);
      // A worker that fails before it ever answered would fail again: say so instead of starting it again.
      if (spoke) this.restart(why);
      else this.set({ busy: null, message: { intent: "error", text: why } });
    });
    this.worker = w;
  }

  private receive(m: FromWorker): void {
    switch (m.kind) {
      case "state": {
        const patch = { ...m.patch };
        if (patch.revision !== undefined) patch.revision += this.revisionBase;
        this.set(patch);
        return;
      }
      case "phase":
        if (this.state.busy) this.set({ busy: m.busy });
        return;
      case "lastGood":
        this.lastGood = { name: m.name, bytes: m.bytes };
        return;
      case "result": {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.value === true && WRITES.has(p.method)) this.set({ unsaved: true });
        if (p.method === "exportFile" && m.value) this.set({ unsaved: false });
        p.resolve(m.value);
        return;
      }
    }
  }

  private call<R>(method: RemoteMethod, args: unknown[] = [], transfer: Transferable[] = []): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve) => {
      this.pending.set(id, { method, resolve: resolve as (v: unknown) => void });
      this.worker.postMessage({ kind: "call", id, method, args } satisfies ToWorker, transfer);
    });
  }

  /** Stop the worker; a new one returns to the last whole state, and the message says what happened. */
  private restart(message: string): void {
    this.worker.terminate();
    for (const [, p] of this.pending) p.resolve(p.method === "exportFile" ? null : false);
    this.pending.clear();
    this.revisionBase = this.state.revision + 1;
    const unsaved = this.state.unsaved;
    this.start();
    const good = this.lastGood;
    if (!good) {
      this.set({ ...INITIAL, revision: this.revisionBase, message: { intent: "info", text: K.dibatalkanBuka } });
      return;
    }
    this.set({ busy: null, lastFill: null, lastUndo: null });
    const copy = good.bytes.slice(0);
    void this.call<boolean>("openFile", [good.name, copy], [copy]).then(() =>
      this.set({ unsaved, message: { intent: "info", text: message } }),
    );
  }

  cancel = (): void => {
    if (!this.state.busy) return;
    this.restart(K.dibatalkan);
  };

  hasUnsavedChanges = (): boolean => this.state.unsaved === true;

  getState = (): PaneState => this.store.get();

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  private set(patch: Partial<PaneState>): void {
    this.store.set(patch);
  }

  dismissMessage(): void {
    this.set({ message: null });
    void this.call("dismissMessage");
  }

  showMessage(intent: MessageIntent, text: string): void {
    this.set({ message: { intent, text } });
  }

  isBusy(): boolean {
    return this.state.busy !== null;
  }

  refresh(): Promise<boolean> {
    return this.call("refresh");
  }

  async openFile(name: string, data: ArrayBuffer): Promise<boolean> {
    if (this.state.busy) return false;
    // Shown at once; the worker's own state follows.
    this.set({ busy: { label: K.membacaBerkas(name), done: null, total: null }, message: null });
    const ok = await this.call<boolean>("openFile", [name, data], [data]);
    if (ok) this.set({ unsaved: false });
    return ok;
  }

  exportFile(): Promise<{ name: string; bytes: Uint8Array } | null> {
    return this.call("exportFile");
  }

  saveSettings(settings: Record<string, unknown>): Promise<boolean> {
    return this.call("saveSettings", [settings]);
  }

  saveOverrides(overrides: Overrides): Promise<boolean> {
    return this.call("saveOverrides", [overrides]);
  }

  fill(opts: FillOptions): Promise<boolean> {
    return this.call("fill", [opts]);
  }

  /** Input numbers stored as text, as the worker found them in the whole analysis. */
  textInputs(): TextInput[] {
    return this.getState().loaded?.textInputs ?? [];
  }

  convertText(): Promise<boolean> {
    return this.call("convertText");
  }

  undo(): Promise<boolean> {
    return this.call("undo");
  }

  buildReport(): Promise<boolean> {
    return this.call("buildReport");
  }

  async select(t: Pick<Temuan, "sheet" | "cell">): Promise<void> {
    await this.call("select", [{ sheet: t.sheet, cell: t.cell }]);
  }

  /** The report as .docx, drawn on the page from the file's analysis (charts need a canvas). */
  async reportDocx(): Promise<{ name: string; bytes: Uint8Array } | null> {
    const buildDocx = this.options.buildDocx;
    const loaded = this.state.loaded;
    if (!buildDocx || this.state.busy) return null;
    if (!loaded?.analysis) {
      this.set({ message: { intent: "error", text: loaded?.analysisError ?? T.needFile } });
      return null;
    }
    this.set({ busy: { label: T.laporan.building, done: null, total: null }, message: null });
    try {
      const whole = await this.call<{ analysis: Analysis; settings: Settings } | null>("wholeAnalysis");
      if (!whole) throw new Error(T.needFile);
      const bytes = await buildDocx(whole.analysis, whole.settings);
      const base = (this.state.fileName ?? "LKjIP.xlsx").replace(/\.xlsx$/i, "");
      const name = `${base}-tabel.docx`;
      this.set({ busy: null, message: { intent: "success", text: T.laporan.docxDone(name) } });
      return { name, bytes };
    } catch (e) {
      this.set({ busy: null, message: { intent: "error", text: describeError(e) } });
      return null;
    }
  }
}
