#!/usr/bin/env node
/**
 * Runs a TypeScript entry point directly, compiling each .ts file with @swc/core as it is required.
 * Lets `npx lkjip` work right after `npm ci`, with no build step.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { transformSync } = require("@swc/core");

function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { code } = transformSync(source, {
    filename,
    sourceMaps: "inline",
    jsc: {
      parser: { syntax: "typescript", tsx: filename.endsWith(".tsx") },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  });
  module._compile(code, filename);
}

if (!require.extensions[".ts"]) {
  require.extensions[".ts"] = compile;
  require.extensions[".tsx"] = compile;
}

if (require.main === module) {
  const entry = process.argv[2];
  if (!entry) {
    console.error("usage: run-ts.js FILE.ts [args...]");
    process.exit(2);
  }
  process.argv.splice(1, 1);
  require(path.resolve(entry));
}
