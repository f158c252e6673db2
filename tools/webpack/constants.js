/** Reads TypeScript files of plain constants (src/config.ts, src/core/i18n/pages.ts) for the webpack config. */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");

const ROOT = path.join(__dirname, "..", "..");

/**
 * A TypeScript file of plain constants (src/config.ts, src/core/i18n/pages.ts), compiled with @swc/core: no
 * other TypeScript loader is needed to read them here.
 */
function loadConstants(relativePath) {
  const file = path.join(ROOT, relativePath);
  const { transformSync } = require("@swc/core");
  const { code } = transformSync(fs.readFileSync(file, "utf8"), {
    filename: file,
    jsc: { parser: { syntax: "typescript" }, target: "es2022" },
    module: { type: "commonjs" },
  });
  const mod = new Module(file, module);
  mod.filename = file;
  mod._compile(code, file);
  return mod.exports;
}

module.exports = { loadConstants, ROOT };
