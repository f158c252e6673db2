/**
 * Errors nobody caught (window "error" and "unhandledrejection"): collected here and shown by the pane in
 * Indonesian instead of failing silently.
 */
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { describeError } from "./errors";

type Listener = (message: string) => void;

const listeners = new Set<Listener>();
let pending: string[] = [];

export function onGlobalError(listener: Listener): () => void {
  listeners.add(listener);
  const queued = pending;
  pending = [];
  for (const m of queued) listener(m);
  return () => listeners.delete(listener);
}

export function reportGlobalError(e: unknown): void {
  const message = T.crashBody(describeError(e, false));
  if (listeners.size === 0) pending.push(message);
  for (const l of [...listeners]) l(message);
}

/** Hook the window's error events once. Returns a function that unhooks them. */
export function installWindowErrorHandlers(target: Window = window): () => void {
  const onError = (ev: ErrorEvent) => {
    // Resource load errors (a missing image) have no error object and are not the pane's failure.
    if (!ev.error && !ev.message) return;
    // ResizeObserver loop notices are harmless browser chatter.
    if (typeof ev.message === "string" && ev.message.includes("ResizeObserver loop")) return;
    reportGlobalError(ev.error ?? ev.message);
  };
  const onRejection = (ev: PromiseRejectionEvent) => reportGlobalError(ev.reason);
  target.addEventListener("error", onError);
  target.addEventListener("unhandledrejection", onRejection);
  return () => {
    target.removeEventListener("error", onError);
    target.removeEventListener("unhandledrejection", onRejection);
  };
}
