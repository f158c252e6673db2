#!/usr/bin/env node
"use strict";
// The `lkjip` command line. It runs the JavaScript compiled at `npm ci` into lib/ (scripts/build-cli.js);
// when lib/ is missing or a source under src/ is newer than it (a developer's edit), the TypeScript
// sources run through the swc require hook instead, so a stale build never runs.
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");

function newerThan(dir, time) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "taskpane" && newerThan(p, time)) return true;
    } else if (e.name.endsWith(".ts") && fs.statSync(p).mtimeMs > time) return true;
  }
  return false;
}

function compiledEntry() {
  try {
    const built = fs.statSync(path.join(ROOT, "lib", "BUILD")).mtimeMs;
    if (newerThan(path.join(ROOT, "src"), built)) return null;
    return path.join(ROOT, "lib", "cli", "main.js");
  } catch {
    return null;
  }
}

let entry = compiledEntry();
if (entry === null) {
  require("./run-ts.js");
  entry = path.join(ROOT, "src", "cli", "main.ts");
}
require(entry)
  .main(process.argv.slice(2))
  .then(
    // The exit code is set and the process left to end by itself: process.exit() here would cut off output still
    // on its way through a pipe (stdout to a pipe is asynchronous), e.g. a --json document read by a slow reader.
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      // Last resort: never a stack trace for the user.
      console.error(`Kesalahan tak terduga: ${err && err.message ? err.message : String(err)}`);
      process.exitCode = 2;
    },
  );
