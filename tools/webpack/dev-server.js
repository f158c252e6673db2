/** How the dev server gets its https certificate (office-addin-dev-certs), or falls back to http. */
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { loadConstants } = require("./constants");

const appConfig = loadConstants("src/config.ts");

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

module.exports = { devServerTransport };
