// The reporter is plain CommonJS (jest loads it directly); its line builder is exported for this test.
const { summaryLine } = require("../helpers/summaryReporter.js") as {
  summaryLine: (results: Record<string, number>) => string;
};

const results = (over: Partial<Record<string, number>>) => ({
  numPassedTests: 0,
  numFailedTests: 0,
  numRuntimeErrorTestSuites: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  ...over,
});

describe("summaryReporter", () => {
  it.each([
    { over: { numPassedTests: 120 }, line: "tests: 120 passed, 0 failed" },
    { over: { numPassedTests: 3, numFailedTests: 2 }, line: "tests: 3 passed, 2 failed" },
    { over: { numPassedTests: 3, numRuntimeErrorTestSuites: 1 }, line: "tests: 3 passed, 1 failed" },
    { over: { numPassedTests: 5, numPendingTests: 2, numTodoTests: 1 }, line: "tests: 5 passed, 0 failed, 3 skipped" },
  ])("prints “$line”", ({ over, line }) => {
    expect(summaryLine(results(over))).toBe(line);
  });

  it("prints a line CI recognises: one word and a colon, then 'N passed, N failed'", () => {
    expect(summaryLine(results({ numPassedTests: 7, numFailedTests: 1 }))).toMatch(
      /^\w+: \d+ passed, \d+ failed(, \d+ skipped)?$/,
    );
  });
});
