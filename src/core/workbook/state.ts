/**
 * How the add-in's StoredState is kept inside a workbook, shared by every adapter: JSON text split over
 * column A of the very hidden sheet STATE_SHEET (A1, A2, ...), each cell at most STATE_CHUNK characters
 * (Excel's cell limit is 32,767), never cutting a surrogate pair. Reading joins the cells down column A
 * until the first empty one and accepts only a JSON object of a known version. Pure: no host, no I/O.
 */
import type { StoredState } from "./port";

export { STATE_SHEET } from "./port";

/** Each state cell holds at most this many characters. */
export const STATE_CHUNK = 30_000;
/** The one version of StoredState this build reads and writes. */
export const STATE_VERSION = 1;

/** Splits text into pieces of at most `size` characters without cutting a surrogate pair. */
export function splitChunks(text: string, size: number = STATE_CHUNK): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + size, text.length);
    if (end < text.length) {
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end--;
    }
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** The state as the cells of column A (A1 first). Throws when the state cannot be turned into JSON. */
export function encodeState(state: StoredState): string[] {
  return splitChunks(JSON.stringify(state));
}

/**
 * The state from the cells of column A, in order (anything that is not text ends the list). Null when
 * there is none, the JSON is broken, or the version is not one this build knows.
 */
export function decodeState(cells: readonly unknown[]): StoredState | null {
  let json = "";
  for (const v of cells) {
    if (typeof v !== "string" || v === "") break;
    json += v;
  }
  if (json === "") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  if ((parsed as { version?: unknown }).version !== STATE_VERSION) return null;
  return parsed as StoredState;
}
