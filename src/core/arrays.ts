/**
 * Array helpers that never spread a data-sized array into a call: `a.push(...big)` and `Math.max(...big)`
 * pass every element as an argument and throw "Maximum call stack size exceeded" past about 120,000
 * (issue 9). Use these instead.
 */

/** Appends every item of `items` to `target` (in place); returns `target`. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}

/** The largest of `items` and `start` (Math.max over an array of any length). */
export function maxOf(items: readonly number[], start = Number.NEGATIVE_INFINITY): number {
  let m = start;
  for (let i = 0; i < items.length; i++) if (items[i] > m || Number.isNaN(items[i])) m = items[i];
  return m;
}

/** The smallest of `items` and `start` (Math.min over an array of any length). */
export function minOf(items: readonly number[], start = Number.POSITIVE_INFINITY): number {
  let m = start;
  for (let i = 0; i < items.length; i++) if (items[i] < m || Number.isNaN(items[i])) m = items[i];
  return m;
}
