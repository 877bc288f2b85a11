/**
 * A jest reporter that closes the run with one plain line CI can read:
 * `tests: N passed, N failed` (`, N skipped` when some were skipped or todo).
 * A test file that could not run at all (a syntax or import error) counts as one failure, so a broken
 * suite is never reported as "0 failed".
 *
 * Jest prints its own summary after every configured reporter, so the line is written when the
 * process exits, synchronously, to be the last line of the output.
 */
const fs = require("fs");

class SummaryReporter {
  onRunComplete(_testContexts, results) {
    const line = summaryLine(results);
    process.once("exit", () => fs.writeSync(process.stdout.fd, `\n${line}\n`));
  }
}

/** The closing line for jest's aggregated results. */
function summaryLine(results) {
  const passed = results.numPassedTests;
  const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  const skipped = results.numPendingTests + results.numTodoTests;
  return `tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
}

module.exports = SummaryReporter;
module.exports.summaryLine = summaryLine;
