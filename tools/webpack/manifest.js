/** The production URL and the manifest written for it. */
"use strict";

const { loadConstants } = require("./constants");

const appConfig = loadConstants("src/config.ts");

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

module.exports = { productionUrl, manifestFor };
