/** Two projects: Node for everything but the task pane, jsdom for React components. */
const { version } = require("./package.json");
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      module: "commonjs",
      moduleResolution: "node",
      jsx: "react-jsx",
      esModuleInterop: true,
      isolatedModules: true,
    },
    diagnostics: false,
  },
];

const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFiles: ["<rootDir>/test/helpers/customFunctionsGlobal.ts"],
  // webpack's DefinePlugin sets the same constant in the bundles (see webpack.config.js).
  globals: { __CDP_VERSION__: version },
};

module.exports = {
  // The last line of a run is `tests: N passed, N failed`, for CI.
  reporters: ["default", "<rootDir>/test/helpers/summaryReporter.js"],
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
  ],
};
