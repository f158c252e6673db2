#!/usr/bin/env node
"use strict";
// The `lkjip` command line: the TypeScript sources run through the swc require hook.
require("./run-ts.js");
require("../src/cli/main.ts")
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (err) => {
      // Last resort: never a stack trace for the user.
      console.error(`Kesalahan tak terduga: ${err && err.message ? err.message : String(err)}`);
      process.exit(2);
    },
  );
