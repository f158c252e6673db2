#!/usr/bin/env node
"use strict";
// The `lkjip` command line: the TypeScript sources run through the swc require hook.
require("./run-ts.js");
require("../src/cli/main.ts")
  .main(process.argv.slice(2))
  .then(
    // The exit code is set and the process left to end by itself: process.exit() here would cut off output still
    // on its way through a pipe (stdout to a pipe is asynchronous), e.g. a --json document read by a slow reader.
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      // Last resort: never a stack trace for the user.
      console.error(`Kesalahan tak terduga: ${err && err.message ? err.message : String(err)}`);
      process.exitCode = 2;
    },
  );
