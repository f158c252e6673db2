/**
 * What the views need of a controller: the in-process PaneController (Excel, and tests) and the standalone page's
 * RemoteController (the same controller run in a Web Worker) both offer it. In the standalone page,
 * `loaded.snapshot` is empty and the analysis has no budget rows (`anggaran`, `recognition.anggaran`): they stay
 * in the worker (see worker/engine.worker.ts, slim()).
 */
import type { PaneController } from "./controller";
import type { Session } from "../session/session";

export type PaneApi = Pick<
  PaneController,
  | "getState"
  | "subscribe"
  | "dismissMessage"
  | "showMessage"
  | "isBusy"
  | "refresh"
  | "openFile"
  | "exportFile"
  | "saveSettings"
  | "saveOverrides"
  | "fill"
  | "undo"
  | "buildReport"
  | "reportDocx"
  | "select"
  | "report"
  | "textInputs"
  | "convertText"
> & {
  readonly session: Pick<Session, "mode">;
  /** Stop the running action and return to the workbook as it was before it (standalone page). */
  cancel?: () => void;
  /** Whether the open file has changes not yet downloaded (standalone page). */
  hasUnsavedChanges?: () => boolean;
};
