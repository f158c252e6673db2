/** Messages between the standalone page and its engine Web Worker (./engine.worker.ts). */
import type { PaneState } from "../state/controller";

/** The PaneController methods the page calls in the worker. */
export type RemoteMethod =
  | "refresh"
  | "openFile"
  | "exportFile"
  | "saveSettings"
  | "saveOverrides"
  | "fill"
  | "convertText"
  | "undo"
  | "buildReport"
  | "select"
  | "dismissMessage"
  | "showMessage"
  /** Not a controller method: the whole analysis of the open file (the state the page gets leaves rows out). */
  | "wholeAnalysis";

export type ToWorker = { kind: "call"; id: number; method: RemoteMethod; args: unknown[] };

export type FromWorker =
  /** The controller's state changed: the top-level keys that changed (the workbook snapshot left out). */
  | { kind: "state"; patch: Partial<PaneState> }
  /** What the engine is doing now, with counts where it knows them. */
  | { kind: "phase"; busy: NonNullable<PaneState["busy"]> }
  /** A call finished. */
  | { kind: "result"; id: number; value: unknown }
  /** The bytes of the last whole state of the file (to return to after a cancel). */
  | { kind: "lastGood"; name: string; bytes: ArrayBuffer };

/** The part of a worker's global scope used here (lib "DOM" has no DedicatedWorkerGlobalScope). */
export interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (e: MessageEvent<ToWorker>) => void): void;
}
