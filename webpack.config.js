/**
 * Build of the Excel add-in (task pane + ribbon function file), after the `yo office` React task-pane template.
 *
 *   npm run build        production: dist/ with hashed file names, dist/manifest.xml pointing at the production URL
 *   npm run build:dev    development build into dist/
 *   npm run dev-server   https://localhost:3000/ (certificates from office-addin-dev-certs; http if none can be made)
 *
 * The URLs come from src/config.ts (DEV_URL, PRODUCTION_URL); LKJIP_PRODUCTION_URL overrides PRODUCTION_URL for
 * one build. Entries: taskpane (src/taskpane/index.tsx) and commands (src/commands/commands.ts). ExcelJS and docx
 * must only be reached through dynamic import(): they then land in their own chunks, loaded on demand; the
 * build reports the task pane's initial JS gzipped and fails a production build above 400 KB.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const zlib = require("node:zlib");
const Module = require("node:module");

const ROOT = __dirname;
/** Budget for the JS that taskpane.html loads before the pane can show anything (gzipped). */
const INITIAL_JS_LIMIT_BYTES = 400 * 1024;

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

const appConfig = loadConstants("src/config.ts");
/** Indonesian texts of the static pages. */
const pagesText = loadConstants("src/core/i18n/pages.ts").pagesText;

/** The URL the production manifest points at: LKJIP_PRODUCTION_URL if set, else PRODUCTION_URL; https, ends in "/". */
function productionUrl(env = process.env) {
  const raw = (env.LKJIP_PRODUCTION_URL || appConfig.PRODUCTION_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Production URL "${raw}" is not a URL (src/config.ts PRODUCTION_URL or LKJIP_PRODUCTION_URL).`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`Production URL "${raw}" must use https: Office loads add-ins only over https.`);
  }
  if (url.search || url.hash) throw new Error(`Production URL "${raw}" must not carry a query or a fragment.`);
  return url.href.endsWith("/") ? url.href : url.href + "/";
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * manifest.xml for a deployment at `targetUrl`: every DEV_URL ("https://localhost:3000/") becomes targetUrl, then
 * any remaining bare dev origin ("https://localhost:3000", as in AppDomains) becomes targetUrl's origin.
 */
function manifestFor(xml, targetUrl) {
  const devUrl = appConfig.DEV_URL;
  const devOrigin = new URL(devUrl).origin;
  const target = new URL(targetUrl);
  return xml
    .replace(new RegExp(escapeRegExp(devUrl), "g"), target.href)
    .replace(new RegExp(escapeRegExp(devOrigin), "g"), target.origin);
}

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

/**
 * How the dev server listens: https with office-addin-dev-certs' certificates (trusted if their CA could be
 * installed), https with the generated but untrusted certificates, or plain http with a clear message.
 */
async function devServerTransport() {
  const port = appConfig.DEV_SERVER_PORT;
  if (process.env.LKJIP_DEV_HTTP === "1") {
    console.warn(
      `[asisten-lkjip] LKJIP_DEV_HTTP=1: serving plain http://localhost:${port}/ (Office will not load it).`,
    );
    return "http";
  }
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    devCerts = undefined;
  }
  if (devCerts) {
    try {
      const o = await devCerts.getHttpsServerOptions();
      return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
    } catch (err) {
      const dir = path.join(os.homedir(), ".office-addin-dev-certs");
      const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
      const found = Object.values(files).every((f) => fs.existsSync(path.join(dir, f)));
      if (found) {
        console.warn(
          `[asisten-lkjip] The development certificates in ${dir} were made, but their CA could not be ` +
            `installed as trusted (${firstLine(err)}).\n` +
            `  Serving https://localhost:${port}/ with them anyway; trust ${path.join(dir, files.ca)} yourself ` +
            `(see docs/sideload.md) or Office and browsers will refuse the page.`,
        );
        const read = (f) => fs.readFileSync(path.join(dir, f));
        return { type: "https", options: { ca: read(files.ca), key: read(files.key), cert: read(files.cert) } };
      }
      console.warn(`[asisten-lkjip] Could not make development certificates: ${firstLine(err)}`);
    }
  } else {
    console.warn("[asisten-lkjip] office-addin-dev-certs is not installed (it is an optional dependency).");
  }
  console.warn(
    `[asisten-lkjip] Serving plain http://localhost:${port}/ instead of https.\n` +
      `  Office loads add-ins only over https: the manifest's https://localhost:${port}/ URLs will NOT work until\n` +
      `  certificates exist. Run "npx office-addin-dev-certs install" and start the dev server again.`,
  );
  return "http";
}

function firstLine(err) {
  return String((err && err.message) || err).split("\n")[0];
}

module.exports = async (env = {}, argv = {}) => {
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const CopyWebpackPlugin = require("copy-webpack-plugin");

  const mode = argv.mode || (env.production ? "production" : "development");
  const production = mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const targetUrl = production ? productionUrl() : appConfig.DEV_URL;
  const officeJsUrl = appConfig.OFFICE_JS_URL;

  /** @type {import("webpack").Configuration} */
  const config = {
    mode,
    context: ROOT,
    target: ["web", "es2020"],
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.join(ROOT, "dist"),
      filename: production ? "js/[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "js/[name].[contenthash:8].js" : "[name].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".mjs", ".js", ".json"],
      // Sources may import "./x.js" for "./x.ts" (moduleResolution "bundler" allows both).
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
      // Browser builds of packages first: exceljs's package.json "browser" points at dist/exceljs.min.js, which
      // carries its own polyfills. Node built-ins that a browser build may still name resolve to nothing.
      mainFields: ["browser", "module", "main"],
      aliasFields: ["browser"],
      fallback: {
        fs: false,
        path: false,
        os: false,
        crypto: false,
        stream: false,
        zlib: false,
        http: false,
        https: false,
        url: false,
        util: false,
        buffer: false,
        events: false,
        timers: false,
        string_decoder: false,
      },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic", development: !production, refresh: false } },
                target: "es2020",
              },
              module: { type: "es6" },
              sourceMaps: true,
            },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg|ico)$/,
          type: "asset/resource",
        },
        {
          test: /\.css$/,
          type: "asset/source",
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "initial",
            priority: 30,
          },
          fluentui: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers)[\\/]/,
            name: "fluentui",
            chunks: "initial",
            priority: 20,
          },
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 40,
            enforce: true,
          },
          docx: {
            test: /[\\/]node_modules[\\/](docx|fflate|nanoid)[\\/]/,
            name: "docx",
            chunks: "async",
            priority: 40,
            enforce: true,
          },
        },
      },
      runtimeChunk: false,
    },
    performance: {
      // The budget that matters is gzipped initial JS of the task pane, checked by InitialJsBudgetPlugin;
      // webpack's own hints count raw bytes of every asset (the on-demand exceljs chunk is big by nature).
      hints: false,
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/logo.svg", to: "assets/logo.svg" },
          { from: "assets/bantuan.html", to: "bantuan.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: {
              transformer: (content) => (production ? manifestFor(content.toString("utf8"), targetUrl) : content),
              cache: false,
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: "head",
        scriptLoading: "defer",
        officeJsUrl,
        text: pagesText,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        inject: "head",
        scriptLoading: "defer",
        officeJsUrl,
        text: pagesText,
      }),
      new PreMinifiedChunksPlugin(["exceljs"]),
      new InitialJsBudgetPlugin({ entry: "taskpane", limitBytes: INITIAL_JS_LIMIT_BYTES, enforce: production }),
    ],
    infrastructureLogging: { level: "warn" },
    stats: production ? "normal" : "minimal",
  };

  if (serving) {
    config.devServer = {
      port: appConfig.DEV_SERVER_PORT,
      host: "localhost",
      server: await devServerTransport(),
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: true,
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    };
  }

  return config;
};

module.exports.appConfig = appConfig;
module.exports.pagesText = pagesText;
module.exports.productionUrl = productionUrl;
module.exports.manifestFor = manifestFor;
module.exports.INITIAL_JS_LIMIT_BYTES = INITIAL_JS_LIMIT_BYTES;
