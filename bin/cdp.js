#!/usr/bin/env node
/* The `cdp` command: runs the compiled command line (npm run build:node compiles it; npm install does it too). */
let cli;
try {
  cli = require("../build/node/src/headless/cli.js");
} catch (e) {
  if (e.code !== "MODULE_NOT_FOUND") throw e;
  process.stderr.write("cdp: the command line is not compiled yet; run `npm run build:node` in the project folder.\n");
  process.exit(1);
}
// A reader that stops early (`cdp … | head`) is not an error: the work goes on, unprinted.
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
  process.stdout.write = () => true;
});
cli.main(process.argv).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`cdp: unexpected error: ${e && e.stack ? e.stack : e}\n`);
    process.exit(2);
  },
);
