/**
 * Builds the add-in: one page (taskpane.html) that hosts the task pane and the custom functions in
 * one shared runtime, functions.js (also named by the manifest's <Script>), functions.json (the
 * functions' metadata, generated from their JSDoc), the icons, the manifest and a local copy of
 * office.js.
 *
 * `webpack --env functionsOnly` builds only functions.js + functions.json (used by the build test).
 * `CDP_PUBLIC_URL=https://example.com/cdp/ webpack --mode production` writes that URL into the
 * copied manifest instead of https://localhost:3000/.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { version } = require("./package.json");

const DEV_URL = "https://localhost:3000/";
/** The script that quiets office.js's telemetry frame, loaded before office.js (see its source). */
const QUIET_TELEMETRY = "quiet-office-telemetry";
const FUNCTIONS_DIR = path.resolve(__dirname, "src/functions");
const OFFICE_JS_DIR = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");

/**
 * Every custom-function file: the `.ts` files directly in src/functions (their helpers live in
 * src/functions/_lib and are imported, not listed), sorted so the build is reproducible.
 */
function functionFiles() {
  return fs
    .readdirSync(FUNCTIONS_DIR)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .sort()
    .map((name) => path.join(FUNCTIONS_DIR, name));
}

/**
 * The parts of office.js that Excel needs, served from the add-in's own origin (no CDN at run time).
 * office.js works out its folder from its own <script> URL and then loads, from that folder:
 * - the host script `excel-<platform>-<version>.js` for the platform Excel runs on (versions per
 *   `OSF.HostSpecificFileVersionMap` in office.js: win32 16.01, the others 16.00);
 * - `<locale>/office_strings.js` for Office's display language (en-us is the fallback);
 * - `o15apptofilemappingtable.js` when the page is opened without host information (a plain browser).
 * Not copied: the `.debug.js` twins, the `-core` host scripts (used only by the separate
 * custom-functions runtime, not by a shared runtime), the other Office apps, the Outlook strings,
 * webauth (single sign-on, unused) and office.js's telemetry scripts (the product sends none; a
 * missing telemetry script only leaves telemetry off).
 * Measured on @microsoft/office-js 1.1.110: the whole dist folder is 88 MB; this selection is 12 MB
 * (the six Excel host scripts 7.8 MB, the office_strings.js of 140 locales 3.4 MB).
 */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-web-16.00.js",
  "excel-win32-16.01.js",
  "excel-mac-16.00.js",
  "excel-ios-16.00.js",
  "excel-android-16.00.js",
  "excel-winrt-16.00.js",
  "*/office_strings.js",
];

/** HTTPS options for `webpack serve`: a localhost certificate trusted by Office (office-addin-dev-certs). */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

function functionsParts(files) {
  return {
    entry: { functions: files },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: files, output: "functions.json" }),
      new webpack.DefinePlugin({ __CDP_VERSION__: JSON.stringify(version) }),
    ],
  };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const publicUrl = process.env.CDP_PUBLIC_URL;
  const files = functionFiles();
  const functions = functionsParts(files);

  const config = {
    mode: dev ? "development" : "production",
    // No eval-based source maps: the page's Content-Security-Policy forbids eval.
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: env.functionsOnly
      ? functions.entry
      : {
          ...functions.entry,
          taskpane: path.resolve(__dirname, "src/taskpane/index.tsx"),
          // Named in taskpane.html before office.js, by hand: the page's first script.
          [QUIET_TELEMETRY]: path.resolve(__dirname, "src/taskpane/quietOfficeTelemetry.ts"),
        },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        // The task pane reads CSV files in the browser (outside Office). csv-parse's package entry
        // uses Node's global Buffer; its browser build (dist/esm) carries its own, so the page needs
        // no Node polyfill. Only the task pane's file chunk imports it.
        "csv-parse/sync$": path.resolve(__dirname, "node_modules/csv-parse/dist/esm/sync.js"),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck`; the bundle only needs transpiling.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent UI in their own chunk, used only by the task pane: functions.js stays small.
          ui: {
            test: /[\\/]node_modules[\\/]/,
            name: "ui-vendor",
            chunks: (chunk) => chunk.name === "taskpane",
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [...functions.plugins],
  };

  if (env.functionsOnly) return config;

  config.plugins.push(
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: path.resolve(__dirname, "src/taskpane/taskpane.html"),
      // The shared runtime: the functions and the task pane run in this one page.
      chunks: ["functions", "taskpane"],
      chunksSortMode: "manual",
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*", to: "assets/[name][ext]" },
        {
          from: "manifest.xml",
          to: "[name][ext]",
          transform(content) {
            return !dev && publicUrl ? content.toString().replaceAll(DEV_URL, publicUrl) : content;
          },
        },
        ...OFFICE_JS_FILES.map((pattern) => ({ from: pattern, to: "office-js/", context: OFFICE_JS_DIR })),
      ],
    }),
  );

  if (!env.WEBPACK_BUILD) {
    // Only `webpack serve` needs the certificate; builds never touch it.
    config.devServer = {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await httpsOptions() },
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      static: false,
    };
  }
  return config;
};
