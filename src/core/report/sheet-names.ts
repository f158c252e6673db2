/** Sheet names Excel accepts: at most 31 characters, none of / \ ? * : [ ], no edge apostrophe, not "History". */

export const MAX_SHEET_NAME = 31;

export function sanitizeSheetName(name: string): string {
  let s = name
    .replace(/[/\\?*:[\]]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  s = s.replace(/^'+|'+$/g, "").trim();
  if (s.length > MAX_SHEET_NAME) s = s.slice(0, MAX_SHEET_NAME).trim();
  if (s === "") s = "Tabel";
  return s;
}

function key(name: string): string {
  return name.toLocaleLowerCase("id-ID");
}

/**
 * A valid name, not taken (ignoring case) by `taken`: "Tabel 3.1", else "Tabel 3.1 (2)", "Tabel 3.1 (3)" ...
 * shortening the base so the suffix fits in 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(key));
  used.add("history");
  const base = sanitizeSheetName(wanted);
  if (!used.has(key(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    if (!used.has(key(name))) return name;
  }
}

export function sameSheetName(a: string, b: string): boolean {
  return key(a) === key(b);
}
