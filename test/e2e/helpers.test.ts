/** The browser test's and the bundle benchmark's helpers, without a browser. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { request } from "http";
import { connect } from "net";
import { tmpdir } from "os";
import path from "path";
import { gzipSync } from "zlib";
import { bundleFiles, libraryChecks } from "../../bench/bundle";
import { startProxyTrap } from "./proxyTrap";
import { startStaticServer } from "./staticServer";

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "cdp-e2e-helpers-"));
  mkdirSync(path.join(folder, "office-js"));
  writeFileSync(path.join(folder, "taskpane.html"), "<!doctype html><p>pane</p>");
  writeFileSync(path.join(folder, "office-js", "office.js"), "var Office;");
  writeFileSync(path.join(folder, "manifest.xml"), "<OfficeApp/>");
  writeFileSync(path.join(folder, "icon.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(path.join(folder, "data.bin"), "?");
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** GET `url`: status, content type and body. */
function get(url: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"], body }),
      );
    })
      .on("error", reject)
      .end();
  });
}

describe("startStaticServer", () => {
  it.each([
    ["/taskpane.html", 200, "text/html; charset=utf-8"],
    ["/office-js/office.js", 200, "text/javascript; charset=utf-8"],
    ["/manifest.xml", 200, "application/xml; charset=utf-8"],
    ["/icon.png", 200, "image/png"],
    ["/data.bin", 200, "application/octet-stream"],
  ])("serves %s with status %d as %s", async (file, status, type) => {
    const server = await startStaticServer(folder);
    try {
      const answer = await get(`${server.origin}${file}`);
      expect([answer.status, answer.type]).toEqual([status, type]);
    } finally {
      await server.close();
    }
  });

  it("answers 404 for a missing file and for a folder, and records every path asked", async () => {
    const server = await startStaticServer(folder);
    try {
      expect((await get(`${server.origin}/missing.js`)).status).toBe(404);
      expect((await get(`${server.origin}/office-js`)).status).toBe(404);
      expect(server.served).toEqual(["/missing.js", "/office-js"]);
    } finally {
      await server.close();
    }
  });

  it("refuses a path that leaves the folder", async () => {
    const server = await startStaticServer(path.join(folder, "office-js"));
    try {
      expect((await get(`${server.origin}/..%2fmanifest.xml`)).status).toBe(403);
    } finally {
      await server.close();
    }
  });

  it("serves files from memory before the folder's", async () => {
    const server = await startStaticServer(folder, { "/taskpane.html": { type: "text/plain", body: "memory" } });
    try {
      expect(await get(`${server.origin}/taskpane.html`)).toMatchObject({ status: 200, body: "memory" });
    } finally {
      await server.close();
    }
  });

  it("listens on 127.0.0.1 only", async () => {
    const server = await startStaticServer(folder);
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await server.close();
    }
  });
});

describe("startProxyTrap", () => {
  it("records an HTTP request and an HTTPS tunnel, and forwards neither", async () => {
    const trap = await startProxyTrap();
    const { port } = new URL(trap.server);
    try {
      const status = await new Promise<number>((resolve, reject) => {
        request(
          { host: "127.0.0.1", port, path: "http://example.invalid/x", headers: { Host: "example.invalid" } },
          (r) => resolve(r.statusCode ?? 0),
        )
          .on("error", reject)
          .end();
      });
      expect(status).toBe(502);
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), "127.0.0.1", () =>
          socket.write("CONNECT example.invalid:443 HTTP/1.1\r\nHost: example.invalid:443\r\n\r\n"),
        );
        socket.on("close", () => resolve());
        socket.on("error", () => resolve());
      });
      expect(trap.attempts).toEqual(["GET http://example.invalid/x", "CONNECT example.invalid:443"]);
    } finally {
      await trap.close();
    }
  });
});

describe("bundle benchmark helpers", () => {
  let dist: string;
  const scripts: Record<string, string> = {
    "functions.js": 'CustomFunctions.associate("VERSION", f);',
    "taskpane.js": "render()",
    "ui-vendor.js": 'Symbol.for("react.element"); "fui-FluentProvider"',
    "110.js": '"xl/worksheets/sheet1.xml"; JSZip',
    "605.js": "csv",
  };

  beforeAll(() => {
    dist = mkdtempSync(path.join(tmpdir(), "cdp-bundle-"));
    for (const [name, text] of Object.entries(scripts)) writeFileSync(path.join(dist, name), text);
    writeFileSync(path.join(dist, "functions.json"), "{}");
  });

  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("lists the scripts, functions.js first, with their byte and gzip sizes", () => {
    const files = bundleFiles(dist);
    expect(files.map((f) => f.name)).toEqual(["functions.js", "taskpane.js", "ui-vendor.js", "110.js", "605.js"]);
    for (const f of files) {
      expect({ name: f.name, raw: f.raw, gzip: f.gzip }).toEqual({
        name: f.name,
        raw: Buffer.byteLength(scripts[f.name]!),
        gzip: gzipSync(Buffer.from(scripts[f.name]!)).length,
      });
    }
  });

  it("finds each library where its marker is, and none in a clean functions.js", () => {
    expect(libraryChecks(dist)).toEqual([
      { library: "React", foundIn: ["ui-vendor.js"] },
      { library: "Fluent UI", foundIn: ["ui-vendor.js"] },
      { library: "exceljs", foundIn: ["110.js"] },
      { library: "JSZip", foundIn: ["110.js"] },
    ]);
  });

  it("notices React bundled into functions.js", () => {
    const dirty = mkdtempSync(path.join(tmpdir(), "cdp-bundle-dirty-"));
    try {
      writeFileSync(path.join(dirty, "functions.js"), 'x = Symbol.for("react.element");');
      expect(libraryChecks(dirty).find((c) => c.library === "React")?.foundIn).toEqual(["functions.js"]);
    } finally {
      rmSync(dirty, { recursive: true, force: true });
    }
  });
});
