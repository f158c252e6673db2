#!/usr/bin/env node
/**
 * Compiles the command line's TypeScript (src/ without the task pane) to CommonJS in lib/, with the same
 * @swc/core settings as the require hook in bin/run-ts.js, so that `lkjip` starts without compiling.
 * Runs at `npm ci` / `npm install` through the package's `prepare` script; lib/ is not committed.
 *
 * lib/BUILD records when it was built; bin/lkjip.js uses lib/ only while no source file is newer (an
 * edited source falls back to the require hook, so a stale build never runs).
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { transformFileSync } = require("@swc/core");

const ROOT = path.join(__dirname, "..");
const SRC = path.join(ROOT, "src");
const OUT = path.join(ROOT, "lib");
/** Directories of src/ that only the browser uses. */
const SKIP = new Set([path.join(SRC, "taskpane")]);

function sources(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP.has(p)) sources(p, out);
    } else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

function build() {
  const started = Date.now();
  const files = sources(SRC);
  const temp = `${OUT}.${process.pid}.tmp`;
  fs.rmSync(temp, { recursive: true, force: true });
  for (const file of files) {
    const { code } = transformFileSync(file, {
      sourceMaps: "inline",
      jsc: { parser: { syntax: "typescript" }, target: "es2022" },
      module: { type: "commonjs" },
    });
    const target = path.join(temp, path.relative(SRC, file)).replace(/\.ts$/, ".js");
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, code);
  }
  fs.writeFileSync(path.join(temp, "BUILD"), `${new Date(started).toISOString()}\n`);
  // Whole or absent: the old lib/ is replaced in one step.
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.renameSync(temp, OUT);
  // The stamp is older than the build start, so a source saved during the build counts as newer.
  const t = new Date(started);
  fs.utimesSync(path.join(OUT, "BUILD"), t, t);
  return files.length;
}

if (require.main === module) {
  const n = build();
  console.log(`lkjip: ${n} berkas dikompilasi ke lib/`);
}

module.exports = { build, sources, SRC, OUT, SKIP };
