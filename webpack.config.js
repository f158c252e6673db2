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
 *
 * The plugins and helpers live in tools/webpack/ (constants.js, manifest.js, plugins.js, dev-server.js).
 */
"use strict";

const path = require("node:path");
const { loadConstants } = require("./tools/webpack/constants");
const { productionUrl, manifestFor } = require("./tools/webpack/manifest");
const { InitialJsBudgetPlugin, PreMinifiedChunksPlugin } = require("./tools/webpack/plugins");
const { devServerTransport } = require("./tools/webpack/dev-server");

const ROOT = __dirname;
/** Budget for the JS that taskpane.html loads before the pane can show anything (gzipped). */
const INITIAL_JS_LIMIT_BYTES = 400 * 1024;

const appConfig = loadConstants("src/config.ts");
/** Indonesian texts of the static pages. */
const pagesText = loadConstants("src/core/i18n/pages.ts").pagesText;

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
