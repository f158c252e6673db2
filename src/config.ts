/**
 * Where the add-in is served from, and which Office.js it needs: the one place that configures the URLs.
 *
 * manifest.xml is written with DEV_URL (the webpack dev server). `npm run build` (webpack, production mode)
 * writes dist/manifest.xml with every DEV_URL replaced by PRODUCTION_URL (and the dev origin in AppDomains by
 * the production origin). To deploy somewhere else, change PRODUCTION_URL here, or set the environment
 * variable LKJIP_PRODUCTION_URL for one build (see docs/sideload.md).
 *
 * This file is read by webpack.config.js (compiled with @swc/core) and may be imported by browser code: keep it
 * free of imports and of anything but plain constants.
 */

/** The webpack dev server (`npm run dev-server`); manifest.xml as committed points here. Ends with "/". */
export const DEV_URL = "https://localhost:3000/";

/** Port of the dev server; must match DEV_URL. */
export const DEV_SERVER_PORT = 3000;

/**
 * Where the production build (dist/) is published. A placeholder: replace it with your own https host before
 * distributing the manifest. Must start with "https://" and end with "/".
 */
export const PRODUCTION_URL = "https://asisten-lkjip.github.io/addin/";

/** Office.js as Office requires it: from Microsoft's CDN, loaded by the page before the bundle. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * The ExcelApi requirement set declared in manifest.xml (<Set Name="ExcelApi" MinVersion="..."/>): the add-in is
 * not offered on hosts below it. 1.9 covers Range.getCellProperties/setCellProperties and
 * Application.suspendScreenUpdatingUntilNextSync, and is in every Office 2021+, Microsoft 365 and Excel on the web.
 */
export const EXCEL_API_FLOOR = "1.9";

/**
 * Higher sets that the code uses only after `Office.context.requirements.isSetSupported("ExcelApi", version)`
 * says yes (feature detection at run time, with a fallback).
 */
export const EXCEL_API_OPTIONAL: ReadonlyArray<{ version: string; usedFor: string }> = [
  { version: "1.11", usedFor: "Application.cultureInfo (pemisah angka pengguna)" },
  { version: "1.13", usedFor: "Range.getMergedAreasOrNullObject (sel gabungan pada tabel)" },
];
