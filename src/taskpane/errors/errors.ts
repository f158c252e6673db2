/**
 * Errors as the user reads them: Indonesian, what failed and what to do, never a stack trace.
 * Errors that are already meant for the user (UserError, the Office adapter's OfficeActionError, and any
 * error carrying an Indonesian `userMessage`) are shown as they are.
 */
import { UserError } from "../../core/errors";
import { taskpaneText as T } from "../../core/i18n/taskpane";

function firstLine(s: string): string {
  const line = s.split(/\r?\n/)[0]?.trim() ?? "";
  return line.length > 300 ? `${line.slice(0, 297)}…` : line;
}

/**
 * The message for an error. `wrap` false gives only the detail (to be placed in another sentence).
 */
export function describeError(e: unknown, wrap = true): string {
  if (e && typeof e === "object") {
    const err = e as { name?: unknown; message?: unknown; userMessage?: unknown };
    if (typeof err.userMessage === "string" && err.userMessage) return err.userMessage;
    // Every error meant for the user (pane, Office adapter, file adapters) extends the one UserError.
    if (e instanceof UserError && e.message) return e.message;
    if (typeof err.message === "string" && err.message) {
      const detail = firstLine(err.message);
      return wrap ? T.unexpected(detail) : detail;
    }
  }
  if (typeof e === "string" && e) return wrap ? T.unexpected(firstLine(e)) : firstLine(e);
  return wrap ? T.unexpected(T.unknownDetail) : T.unknownDetail;
}
