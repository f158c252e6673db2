/**
 * The one base class of errors meant for the user: `message` is an Indonesian sentence shown as it is (the
 * command line prints it and exits 2, the task pane shows it), never a stack trace. Every host checks it with
 * `instanceof UserError`; adapters' own errors (files, Office.js, write plans) extend it.
 */
export class UserError extends Error {
  override name = "UserError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
