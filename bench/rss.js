/**
 * Preloaded (`node -r bench/rss.js ...`) into a process `npm run bench` measures as a whole, such as the `lkjip`
 * command itself: at exit it writes the process's peak memory (maxRSS, KiB) to the file BENCH_RSS_FILE names.
 */
"use strict";
const fs = require("node:fs");

process.on("exit", () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }));
});
