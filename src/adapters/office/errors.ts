/**
 * Host errors (OfficeExtension.Error and friends) turned into one error type with an Indonesian message
 * the task pane can show as it is.
 */
import { UserError } from "../../core/errors";
import { officeText } from "../../core/i18n/office";

/** An Excel action that failed; `message` is Indonesian and meant for the user. */
export class OfficeActionError extends UserError {
  override readonly name = "OfficeActionError";
  /** Excel's error code ("InvalidOperationInCellEditMode", "GeneralException", ...) or our own. */
  readonly code: string;
  /** Excel's own (English) message, for logs; never shown as the main text. */
  readonly hostMessage: string | null;

  constructor(code: string, message: string, options: { cause?: unknown; hostMessage?: string | null } = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.code = code;
    this.hostMessage = options.hostMessage ?? null;
  }
}

export const PAYLOAD_CODES = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"] as const;

/** Excel's error code of anything thrown by Excel.run / context.sync, or null. */
export function hostCode(e: unknown): string | null {
  if (typeof e === "object" && e !== null) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code.length > 0) return code;
  }
  return null;
}

function hostMessageOf(e: unknown): string | null {
  if (e instanceof Error) return e.message;
  if (typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string") {
    return (e as { message: string }).message;
  }
  return typeof e === "string" ? e : null;
}

/** True for Excel's request / response payload limit errors (5 MB on the web). */
export function isPayloadError(e: unknown, which?: "request" | "response"): boolean {
  const code = hostCode(e);
  if (which === "request") return code === "RequestPayloadSizeLimitExceeded";
  if (which === "response") return code === "ResponsePayloadSizeLimitExceeded";
  return code !== null && (PAYLOAD_CODES as readonly string[]).includes(code);
}

/** Any thrown thing as an OfficeActionError with an Indonesian message. */
export function toOfficeActionError(e: unknown): OfficeActionError {
  if (e instanceof OfficeActionError) return e;
  const code = hostCode(e);
  const hostMessage = hostMessageOf(e);
  const make = (c: string, m: string) => new OfficeActionError(c, m, { cause: e, hostMessage });
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return make(code, officeText.cellEditMode);
    case "GeneralException":
    case "InactiveWorkbook":
    case "Conflict":
    case "RequestAborted":
      return make(code, officeText.generalException);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "OperationCellsExceedLimit":
    case "RangeExceedsLimit":
      return make(code, officeText.payloadTooLarge);
    case "ItemNotFound":
    case "InvalidReference":
      return make(code, officeText.itemNotFound);
    case "ItemAlreadyExists":
      return make(code, officeText.itemAlreadyExists);
    case "AccessDenied":
      return make(code, officeText.accessDenied);
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedFeature":
    case "UnsupportedOperation":
      return make(code, officeText.apiNotSupported());
    case "InvalidArgument":
    case "InvalidOperation":
    case "FormulaLengthExceedsLimit":
      return make(code, officeText.invalidArgument(code));
    case null:
      break;
    default:
      return make(code, officeText.unknown(code));
  }
  // No host code: a missing API shows up as a TypeError ("x is not a function") on old hosts.
  if (e instanceof TypeError && /is not a function/.test(e.message)) {
    return make("ApiNotFound", officeText.apiNotSupported());
  }
  return make("Unknown", officeText.unknown(hostMessage ?? "tanpa keterangan"));
}
