/**
 * Test tiers. Each test file is classified by the tools it needs, found from its source and, transitively, from
 * the test modules it imports (relative imports inside tests/):
 * - "libreoffice": uses the LibreOffice harness (tests/support/libreoffice.ts) or soffice directly;
 * - "chromium": drives Debian's Chromium through playwright-core;
 * - "webpack": runs a webpack build;
 * - "xmllint": validates XML against a schema.
 *
 * `npm run test:unit` (LKJIP_TIER=unit) runs only the files that need none of LibreOffice, Chromium or webpack.
 * `npm test` runs everything. A file whose tool is missing from this machine is left out with a printed notice,
 * except under CI=true, where it runs and fails: a test never turns green without its engine.
 * Plain CommonJS, because jest.config.js loads it before any transform exists.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const MARKERS = {
  libreoffice: [/\bsoffice\b/, /support\/libreoffice["']/],
  chromium: [/["']playwright-core["']/],
  webpack: [/run-build(\.js)?["']/, /node_modules[/"', ]+\.bin[/"', ]+webpack/, /["']webpack["']/],
  xmllint: [/\bxmllint\b/],
};

/** The tool each tier needs, and how to tell whether this machine has it. */
const TOOLS = {
  libreoffice: () => onPath(process.env.SOFFICE || "soffice"),
  chromium: () => fs.existsSync(process.env.CHROMIUM_PATH || "/usr/bin/chromium"),
  webpack: () => true,
  xmllint: () => onPath("xmllint"),
};

function onPath(cmd) {
  if (cmd.includes("/")) return fs.existsSync(cmd);
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

const IMPORT = /(?:from\s+|require\(\s*|import\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g;
const EXTS = ["", ".ts", ".tsx", ".js", "/index.ts", "/index.js"];

function resolveLocal(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  for (const ext of EXTS) {
    const f = base + ext;
    if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
  }
  return null;
}

/** The set of tools a file needs (its own markers and those of the test modules it imports). */
function needsOf(file, testsRoot, memo = new Map(), stack = new Set()) {
  if (memo.has(file)) return memo.get(file);
  if (stack.has(file)) return new Set();
  stack.add(file);
  const found = new Set();
  const src = fs.readFileSync(file, "utf8");
  for (const [tool, res] of Object.entries(MARKERS)) if (res.some((re) => re.test(src))) found.add(tool);
  for (const m of src.matchAll(IMPORT)) {
    const dep = resolveLocal(file, m[1]);
    if (dep && dep.startsWith(testsRoot) && /\.(ts|tsx|js)$/.test(dep)) {
      for (const t of needsOf(dep, testsRoot, memo, stack)) found.add(t);
    }
  }
  stack.delete(file);
  memo.set(file, found);
  return found;
}

function testFiles(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) testFiles(p, out);
    else if (/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * The files to leave out of this run, as Jest testPathIgnorePatterns (escaped absolute paths), and the notices
 * to print about them.
 */
function ignoredTests(root, env = process.env) {
  const testsRoot = path.join(root, "tests");
  const unit = env.LKJIP_TIER === "unit";
  const ci = env.CI === "true" || env.CI === "1";
  const have = {};
  for (const [tool, probe] of Object.entries(TOOLS)) have[tool] = probe();
  const ignore = [];
  const missing = new Map();
  const memo = new Map();
  for (const file of testFiles(testsRoot)) {
    const needs = needsOf(file, testsRoot, memo);
    if (unit && (needs.has("libreoffice") || needs.has("chromium") || needs.has("webpack"))) {
      ignore.push(file);
      continue;
    }
    const lacking = [...needs].filter((t) => !have[t]);
    if (lacking.length > 0 && !ci) {
      ignore.push(file);
      for (const t of lacking) missing.set(t, (missing.get(t) || 0) + 1);
    }
  }
  const notices = [...missing].map(
    ([tool, n]) =>
      `[tests] ${tool} is not installed here: ${n} test file(s) left out (under CI=true they run and fail).`,
  );
  if (unit)
    notices.push(`[tests] unit tier: ${ignore.length} test file(s) needing LibreOffice, Chromium or webpack left out.`);
  return {
    patterns: ignore.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
    notices,
    needsOf: (f) => needsOf(f, testsRoot, memo),
  };
}

module.exports = { ignoredTests, needsOf, TOOLS };
