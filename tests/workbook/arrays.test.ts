/** No spread of a data-sized array into a call (issue 9): the helpers take 300,000 items, and src/ has no such spread. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { maxOf, minOf, pushAll } from "../../src/core/arrays";

test("pushAll, maxOf and minOf take arrays far past the argument limit", () => {
  const big = Array.from({ length: 300_000 }, (_, i) => i - 1000);
  expect(() => [].push(...(big as never[]))).toThrow(RangeError); // what they replace
  const target = [7];
  expect(pushAll(target, big)).toBe(target);
  expect(target).toHaveLength(300_001);
  expect(target[300_000]).toBe(298_999);
  expect(maxOf(big)).toBe(298_999);
  expect(minOf(big)).toBe(-1000);
  expect(maxOf([], 0)).toBe(0);
  expect(minOf([3], 0)).toBe(0);
  expect(maxOf([1, NaN, 2])).toBeNaN();
});

function files(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.tsx?$/.test(e)) out.push(p);
  }
  return out;
}

test("src/ spreads no array into push, unshift, Math.max or Math.min", () => {
  const found: string[] = [];
  const shape = /\b(?:push|unshift|Math\.max|Math\.min|fromCharCode)\(\s*(?:[^(){}]*,\s*)?\.\.\./g; // an object spread inside {} is not an argument
  for (const f of files(path.join(__dirname, "..", "..", "src"))) {
    const text = readFileSync(f, "utf8");
    for (const m of text.matchAll(shape)) {
      const line = text.slice(0, m.index).split("\n").length;
      found.push(`${path.relative(process.cwd(), f)}:${line}`);
    }
  }
  expect(found.filter((f) => !/core[\\/]arrays\.ts/.test(f))).toEqual([]);
});
