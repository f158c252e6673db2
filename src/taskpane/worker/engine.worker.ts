/**
 * The standalone page's engine, in a Web Worker so the page never freezes: the same PaneController as in
 * Excel, over the ExcelJS file session, with the engine and the workbook port wrapped to report each phase
 * (reading, understanding, computing, writing) with its counts. The page (./remote-controller.ts) mirrors
 * the controller's state; the workbook snapshot never crosses (the views do not need it), so a 10,000-row
 * workbook costs the page only the analysis.
 */
import * as realEngine from "../../core/engine";
import { teksKemajuan as K } from "../../core/i18n/kemajuan";
import type { Analysis } from "../../core/model";
import { formatAngka } from "../../core/numbers/format";
import type { WorkbookPort, WorkbookSnapshot } from "../../core/workbook/port";
import { PaneController, type EngineApi, type PaneState } from "../state/controller";
import { createFileSession } from "../session/file-session";
import type { FileSession } from "../session/session";
import type { FromWorker, WorkerScope } from "./protocol";

const scope = self as unknown as WorkerScope;
const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
const n = (x: number) => formatAngka(x, 0);
const phase = (label: string, done: number | null = null, total: number | null = null) =>
  post({ kind: "phase", busy: { label, done, total } });

const rowsOf = (s: WorkbookSnapshot) => s.sheets.reduce((sum, sh) => sum + sh.values.length, 0);
const figureRows = (a: Analysis) => a.recognition.indikator.length + a.anggaran.length;

const engine: EngineApi = {
  effectiveSettings: realEngine.effectiveSettings,
  resolveSettings: realEngine.resolveSettings,
  planUndo: realEngine.planUndo,
  planSaveState: realEngine.planSaveState,
  textInputs: realEngine.textInputs,
  planConvertText: (snapshot, analysis) => {
    phase(K.menghitung(n(figureRows(analysis))));
    return realEngine.planConvertText(snapshot, analysis);
  },
  analyze: (snapshot, settings) => {
    phase(K.memahami(n(snapshot.sheets.length), n(rowsOf(snapshot))));
    return realEngine.analyze(snapshot, settings);
  },
  planFill: (snapshot, analysis, settings, opts) => {
    phase(K.menghitung(n(figureRows(analysis))));
    return realEngine.planFill(snapshot, analysis, settings, opts);
  },
};

const files = createFileSession();
const session: FileSession = {
  mode: "standalone",
  ready: () => files.ready(),
  fileName: () => files.fileName(),
  open: (name, data) => files.open(name, data),
  save: () => files.save(),
  selectCell: (sheet, cell) => files.selectCell(sheet, cell),
  run: (action) =>
    files.run(async (port) => {
      let wrote = false;
      const watched: WorkbookPort = {
        read: async () => {
          const snapshot = await port.read();
          phase(K.membaca(n(snapshot.sheets.length), n(rowsOf(snapshot))));
          return snapshot;
        },
        apply: (plan, onProgress) => {
          wrote = true;
          return port.apply(plan, (done, total) => {
            onProgress?.(done, total);
            phase(K.menulis(n(done), n(total)), done, total);
          });
        },
      };
      const result = await action(watched);
      if (wrote) phase(K.menyimpan);
      return result;
    }),
};

const controller = new PaneController(session, engine, {
  planReport: (snapshot, analysis, settings) => realEngine.planReport(snapshot, analysis, settings, { charts: false }),
});

/**
 * The state as the page gets it: without the workbook snapshot and without the budget rows (`anggaran`, in the
 * analysis and in its recognition), which no view shows and which are most of a large workbook (10,000 rows:
 * 11 MB, seconds of the page's time to receive). The page asks for the whole analysis when it needs it (.docx).
 */
function slim(state: Partial<PaneState>): Partial<PaneState> {
  const loaded = state.loaded;
  if (!loaded) return state;
  const a = loaded.analysis;
  const analysis = a && { ...a, anggaran: [], recognition: { ...a.recognition, anggaran: [] } };
  const textInputs = a ? realEngine.textInputs(a) : [];
  return { ...state, loaded: { ...loaded, snapshot: { sheets: [], state: null }, analysis, textInputs } };
}

let posted: PaneState = controller.getState();
post({ kind: "state", patch: slim(posted) });
controller.subscribe(() => {
  const now = controller.getState();
  const patch: Partial<PaneState> = {};
  for (const key of Object.keys(now) as (keyof PaneState)[])
    if (now[key] !== posted[key]) (patch as Record<string, unknown>)[key] = now[key];
  posted = now;
  if (Object.keys(patch).length) post({ kind: "state", patch: slim(patch) });
});

let lastGoodSent: Uint8Array | null = null;
function sendLastGood(): void {
  const bytes = files.lastGoodBytes?.() ?? null;
  if (!bytes || bytes === lastGoodSent) return;
  lastGoodSent = bytes;
  const copy = bytes.slice().buffer;
  post({ kind: "lastGood", name: files.fileName() ?? "", bytes: copy }, [copy]);
}

scope.addEventListener("message", (e) => {
  const msg = e.data;
  if (msg.kind !== "call") return;
  if (msg.method === "wholeAnalysis") {
    const loaded = controller.getState().loaded;
    post({
      kind: "result",
      id: msg.id,
      value: loaded?.analysis ? { analysis: loaded.analysis, settings: loaded.settings } : null,
    });
    return;
  }
  const method = controller[msg.method] as (...args: unknown[]) => unknown;
  void Promise.resolve(method.apply(controller, msg.args)).then(
    (value) => {
      sendLastGood();
      const transfer: Transferable[] = [];
      if (value && typeof value === "object" && (value as { bytes?: unknown }).bytes instanceof Uint8Array) {
        const bytes = (value as { bytes: Uint8Array }).bytes.slice();
        value = { ...(value as object), bytes };
        transfer.push(bytes.buffer);
      }
      post({ kind: "result", id: msg.id, value }, transfer);
    },
    () => post({ kind: "result", id: msg.id, value: false }),
  );
});
