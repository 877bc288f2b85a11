/**
 * Checks a production build in dist/: every file Excel loads is there, functions.js associates every
 * function of functions.json, no script uses eval or new Function (the page's Content-Security-Policy
 * forbids them), and taskpane.html carries that policy and quiets office.js's telemetry before
 * loading office.js. Prints the size of each bundle.
 *
 * Usage: node scripts/checkDist.js [distDir]   (exit code 1 on any problem)
 */
const fs = require("fs");
const path = require("path");

const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
const problems = [];
const read = (name) => fs.readFileSync(path.join(dist, name), "utf8");
const exists = (name) => fs.existsSync(path.join(dist, name));

const required = [
  "taskpane.html",
  "functions.js",
  "functions.json",
  "taskpane.js",
  "quiet-office-telemetry.js",
  "manifest.xml",
  "office-js/office.js",
  "office-js/excel-web-16.00.js",
  "office-js/excel-win32-16.01.js",
  "office-js/excel-mac-16.00.js",
  "office-js/en-us/office_strings.js",
  "office-js/zh-cn/office_strings.js",
  ...[16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`),
];
for (const name of required) if (!exists(name)) problems.push(`missing ${name}`);

if (exists("functions.json") && exists("functions.js")) {
  const ids = JSON.parse(read("functions.json")).functions.map((f) => f.id);
  const js = read("functions.js");
  if (ids.length === 0) problems.push("functions.json lists no function");
  for (const id of ids) {
    if (!js.includes(`CustomFunctions.associate("${id}"`)) problems.push(`functions.js does not associate ${id}`);
  }
}

const scripts = fs.readdirSync(dist).filter((name) => name.endsWith(".js"));
/**
 * The one `new Function` allowed: the setImmediate polyfill bundled inside exceljs's browser build
 * (loaded only in file mode), which compiles its argument only when it is handed a string instead of
 * a function. Nothing in CDP calls setImmediate with a string, and the page's Content-Security-Policy
 * has no 'unsafe-eval', so the browser would refuse it anyway.
 */
const SET_IMMEDIATE_POLYFILL = /"function"\s*!=\s*typeof (\w+)\s*&&\s*\(\1\s*=\s*new Function\(""\s*\+\s*\1\)\)/g;

for (const name of scripts) {
  const js = read(name);
  if (/\beval\s*\(/.test(js)) problems.push(`${name} calls eval`);
  if (/new\s+Function\s*\(/.test(js.replace(SET_IMMEDIATE_POLYFILL, ""))) problems.push(`${name} uses new Function`);
}

if (exists("taskpane.html")) {
  const html = read("taskpane.html");
  if (!html.includes("Content-Security-Policy")) problems.push("taskpane.html has no Content-Security-Policy");
  const at = (name) => Math.max(html.indexOf(`src=${name}`), html.indexOf(`src="${name}"`));
  for (const name of ["quiet-office-telemetry.js", "office-js/office.js", "functions.js", "taskpane.js"]) {
    if (at(name) < 0) problems.push(`taskpane.html does not load ${name}`);
  }
  if (at("quiet-office-telemetry.js") > at("office-js/office.js")) {
    problems.push("taskpane.html loads office.js before quiet-office-telemetry.js");
  }
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
for (const name of scripts.sort()) console.log(`${name.padEnd(20)} ${kib(fs.statSync(path.join(dist, name)).size)}`);

if (problems.length > 0) {
  for (const p of problems) console.error(`dist check: ${p}`);
  process.exit(1);
}
console.log(`dist check: ${dist} has every file Excel loads, and no eval`);
