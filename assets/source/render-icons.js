#!/usr/bin/env node
/**
 * Rasterises the add-in's icons from the SVG sources in this folder with headless Chromium (playwright-core):
 *   icon-small.svg (drawn on a 16 px grid) -> assets/icon-16.png
 *   icon-medium.svg (drawn on a 32 px grid) -> assets/icon-32.png
 *   logo.svg (128 px design)               -> assets/icon-64.png, icon-80.png, icon-128.png,
 *                                             assets/logo.png (300 px) and assets/logo.svg (copy)
 * Run from the repository root: node assets/source/render-icons.js
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const here = __dirname;
const assets = path.resolve(here, "..");
const jobs = [
  { svg: "icon-small.svg", out: "icon-16.png", size: 16 },
  { svg: "icon-medium.svg", out: "icon-32.png", size: 32 },
  { svg: "logo.svg", out: "icon-64.png", size: 64 },
  { svg: "logo.svg", out: "icon-80.png", size: 80 },
  { svg: "logo.svg", out: "icon-128.png", size: 128 },
  { svg: "logo.svg", out: "logo.png", size: 300 },
];

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const job of jobs) {
      const svg = fs.readFileSync(path.join(here, job.svg), "utf8");
      const dataUrl = "data:image/svg+xml;base64," + Buffer.from(svg).toString("base64");
      await page.setViewportSize({ width: job.size, height: job.size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          `<img id="i" src="${dataUrl}" width="${job.size}" height="${job.size}" style="display:block"></body></html>`,
      );
      await page.waitForFunction(() => document.getElementById("i").complete);
      const png = await page.locator("#i").screenshot({ omitBackground: true });
      fs.writeFileSync(path.join(assets, job.out), png);
      console.log(`${job.out} ${job.size}x${job.size} ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
  fs.copyFileSync(path.join(here, "logo.svg"), path.join(assets, "logo.svg"));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
