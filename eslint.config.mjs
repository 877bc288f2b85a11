/**
 * ESLint for the whole repository (`npm run lint` = `office-addin-lint check`, which picks this file
 * up): the Office add-in recommended rules with React, Prettier formatting, plus the layering rules of
 * the code base (what src/core and src/functions may import).
 */
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";

const IGNORED = ["dist/", "build/", "node_modules/", "coverage/", "out/", "test-output/"];

/** Node's built-in modules, with and without the `node:` prefix. */
const NODE_BUILTINS = [
  "assert",
  "buffer",
  "child_process",
  "cluster",
  "crypto",
  "dgram",
  "dns",
  "events",
  "fs",
  "fs/promises",
  "http",
  "http2",
  "https",
  "module",
  "net",
  "os",
  "path",
  "perf_hooks",
  "process",
  "readline",
  "stream",
  "timers",
  "tls",
  "url",
  "util",
  "v8",
  "vm",
  "worker_threads",
  "zlib",
];

const CORE_IMPORTS = {
  paths: NODE_BUILTINS.map((name) => ({
    name,
    message: "src/core is pure: no Node built-ins (it also runs in Excel).",
  })),
  patterns: [
    {
      group: ["node:*"],
      message: "src/core is pure: no Node built-ins (it also runs in Excel).",
    },
    {
      group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*", "@griffel/*"],
      message: "src/core is pure: no UI libraries.",
    },
    {
      group: ["exceljs", "exceljs/*", "office-*", "@microsoft/*", "@types/office-*"],
      message: "src/core is pure: no Excel or Office libraries.",
    },
    {
      regex: "^(\\.\\./)+(excel|functions|taskpane|headless|app|commands)(/|$)",
      message: "src/core may import only src/core: the hosts depend on the core, not the other way round.",
    },
  ],
};

const FUNCTIONS_IMPORTS = {
  patterns: [
    {
      regex: "^[^.]",
      message: "src/functions may import only ../core/**, ./_lib/** and each other (libraries belong in the core).",
    },
    {
      regex: "^(\\.\\./)+(excel|taskpane|headless|app|commands)(/|$)",
      message: "src/functions may import only ../core/**, ./_lib/** and each other.",
    },
    {
      regex: "(^|/)package\\.json$",
      message: "The version reaches the code through webpack's DefinePlugin, not by importing package.json.",
    },
  ],
};

/** Globals of CommonJS files run by Node (configs, scripts, the jest reporter). */
const NODE_GLOBALS = {
  __dirname: "readonly",
  __filename: "readonly",
  Buffer: "readonly",
  console: "readonly",
  exports: "writable",
  module: "writable",
  process: "readonly",
  require: "readonly",
};

/** The recommended rules target .ts/.js; apply the same blocks to .tsx. */
const withTsx = (configs) =>
  configs.map((config) =>
    Array.isArray(config.files) ? { ...config, files: [...config.files, "**/*.tsx", "**/*.jsx"] } : config,
  );

export default [
  { ignores: IGNORED },
  ...withTsx(officeAddins.configs.react),
  {
    // As office-addin-lint's own configuration does: the plugin's recommended block names no parser.
    files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,cts,mts}"],
    languageOptions: { parser: tsParser },
  },
  {
    rules: {
      "no-template-curly-in-string": "error",
      // A leading underscore marks a name that is deliberately unused (a skipped parameter or a
      // property dropped by destructuring).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    // TypeScript itself reports undefined names, with the declared globals (Office, CustomFunctions, jest).
    files: ["**/*.{ts,tsx}"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["**/*.tsx"],
    rules: {
      // React 17+ JSX transform, and props are typed by TypeScript.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: NODE_GLOBALS },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: NODE_GLOBALS },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", CORE_IMPORTS] },
  },
  {
    files: ["src/functions/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", FUNCTIONS_IMPORTS] },
  },
];
