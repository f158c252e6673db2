#!/usr/bin/env node
/** `npm run test:unit`: the fast tier (no LibreOffice, Chromium or webpack build); see tests/support/tiers.js. */
"use strict";
process.env.LKJIP_TIER = "unit";
require("jest").run(process.argv.slice(2));
