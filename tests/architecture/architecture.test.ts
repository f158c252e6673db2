/**
 * The shape of the code, as the tooling keeps it (docs/architecture.md): ESLint refuses a core file that reaches
 * for files, hosts, adapters or the DOM; no import cycle anywhere in src (type-only imports included, which
 * import-x/no-cycle does not follow); no file in src over 400 lines unless its header says why.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const ESLINT = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js");

/** Lint a text as if it were the file `asFile`; returns ESLint's messages (rule id and text). */
function lint(text: string, asFile: string): { ruleId: string | null; message: string }[] {
  const r = spawnSync(process.execPath, [ESLINT, "--format", "json", "--stdin", "--stdin-filename", asFile], {
    cwd: ROOT,
    input: text,
    encoding: "utf8",
  });
  if (!r.stdout) throw new Error(`eslint gave no output: ${r.stderr}`);
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages;
}

const rules = (ms: { ruleId: string | null }[]): string[] => ms.map((m) => m.ruleId ?? "fatal").sort();

describe("ESLint keeps the core pure", () => {
  test("a core file importing fs, an adapter, a host or using the DOM is refused", () => {
    const src = [
      'import { readFileSync } from "node:fs";',
      'import * as path from "path";',
      'import { ExcelJsWorkbook } from "../adapters/exceljs/workbook";',
      'import { main } from "../cli/main";',
      "export const a = [readFileSync, path, ExcelJsWorkbook, main, document.title, process.env];",
      "",
    ].join("\n");
    const ms = lint(src, "src/core/probe.ts");
    expect(rules(ms)).toEqual([
      "no-restricted-globals",
      "no-restricted-globals",
      "no-restricted-imports",
      "no-restricted-imports",
      "no-restricted-imports",
      "no-restricted-imports",
    ]);
    expect(ms.map((m) => m.message).join("\n")).toMatch(/src\/core is pure/);
  });

  test("the same imports are allowed in a host (the command line)", () => {
    const src = 'import { readFileSync } from "node:fs";\nexport const a = [readFileSync, process.env];\n';
    expect(lint(src, "src/cli/probe.ts")).toEqual([]);
  });

  test("unused names and a data-sized spread into a call are refused", () => {
    const src =
      "const unused = 1;\nexport function f(xs: number[]): number {\n  const out: number[] = [];\n  out.push(...xs);\n  return Math.max(...out);\n}\n";
    expect(rules(lint(src, "src/core/probe.ts"))).toEqual([
      "@typescript-eslint/no-unused-vars",
      "no-restricted-syntax",
      "no-restricted-syntax",
    ]);
  });
});

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (/\.(ts|tsx)$/.test(e)) out.push(p);
  }
  return out;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\bfrom\s+["'](\.{1,2}\/[^"']+)["']/g;

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const ext of [".ts", ".tsx", "/index.ts", "/index.tsx", ""]) {
    try {
      if (statSync(base + ext).isFile()) return base + ext;
    } catch {
      /* try the next extension */
    }
  }
  return null;
}

/** Strongly connected components of more than one file (or a file importing itself): the import cycles. */
function cycles(files: string[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const deps: string[] = [];
    for (const m of readFileSync(f, "utf8").matchAll(IMPORT)) {
      const d = resolve(f, m[1]);
      if (d) deps.push(d);
    }
    graph.set(f, deps);
  }
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(path.relative(ROOT, w));
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const f of files) if (!idx.has(f)) visit(f);
  return out;
}

describe("the shape of src", () => {
  const files = sourceFiles(path.join(ROOT, "src"));

  test("the cycle finder finds a cycle", () => {
    // Self-check on two files of this folder that import each other.
    const dir = path.join(__dirname, "fixtures");
    expect(cycles(sourceFiles(dir))).toEqual([
      ["tests/architecture/fixtures/a.ts", "tests/architecture/fixtures/b.ts"],
    ]);
  });

  test("no import cycle, type-only imports included", () => {
    expect(cycles(files)).toEqual([]);
  });

  test("no file over 400 lines unless its header says why", () => {
    const long = files
      .map((f) => ({ f: path.relative(ROOT, f), text: readFileSync(f, "utf8") }))
      .filter(({ text }) => text.split("\n").length > 400)
      .filter(({ text }) => !/over 400 lines because/i.test(text.split("\n").slice(0, 20).join("\n")))
      .map(({ f, text }) => `${f}: ${text.split("\n").length} lines`);
    expect(long).toEqual([]);
  });
});
