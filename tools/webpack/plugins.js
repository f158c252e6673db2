/** The build's own webpack plugins: the initial-JS budget and the pre-minified chunks. */
"use strict";

const zlib = require("node:zlib");

/** Sum of the gzipped sizes of the JS files an entrypoint loads initially (what the HTML page references). */
function initialJsGzipped(compilation, entryName) {
  const entry = compilation.entrypoints.get(entryName);
  if (!entry) return null;
  const files = [...entry.getFiles()].filter((f) => f.endsWith(".js"));
  let total = 0;
  const parts = files.map((file) => {
    const asset = compilation.getAsset(file);
    const gz = zlib.gzipSync(asset.source.buffer()).length;
    total += gz;
    return { file, gz };
  });
  return { total, parts };
}

/** Reports the task pane's initial JS (gzipped); an error above the budget in production. */
class InitialJsBudgetPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InitialJsBudgetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "InitialJsBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const { entry, limitBytes, enforce } = this.options;
          const size = initialJsGzipped(compilation, entry);
          if (!size) return;
          const kb = (n) => (n / 1024).toFixed(1) + " KB";
          const detail = size.parts.map((p) => `${p.file} ${kb(p.gz)}`).join(", ");
          compilation
            .getLogger("InitialJsBudgetPlugin")
            .info(`${entry}: initial JS ${kb(size.total)} gzipped (limit ${kb(limitBytes)}): ${detail}`);
          if (enforce && size.total > limitBytes) {
            compilation.errors.push(
              new WebpackError(
                `The ${entry} page's initial JS is ${kb(size.total)} gzipped, above the ${kb(limitBytes)} budget ` +
                  `(${detail}). Load big libraries (exceljs, docx) with dynamic import().`,
              ),
            );
          }
        },
      );
    });
  }
}

/**
 * Marks the chunks that hold an already minified library (exceljs's browser build is dist/exceljs.min.js) as
 * minimized, so the production minimizer does not spend most of the build re-minifying 0.9 MB.
 */
class PreMinifiedChunksPlugin {
  constructor(chunkNames) {
    this.chunkNames = new Set(chunkNames);
  }
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PreMinifiedChunksPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PreMinifiedChunksPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          for (const chunk of compilation.chunks) {
            if (!chunk.name || !this.chunkNames.has(chunk.name)) continue;
            for (const file of chunk.files) {
              if (file.endsWith(".js")) compilation.updateAsset(file, (source) => source, { minimized: true });
            }
          }
        },
      );
    });
  }
}

module.exports = { InitialJsBudgetPlugin, PreMinifiedChunksPlugin, initialJsGzipped };
