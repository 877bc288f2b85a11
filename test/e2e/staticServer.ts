/** A static file server for browser tests and benchmarks, written by hand over Node's `http` (a few lines; no library needed). */
import { createReadStream, statSync } from "fs";
import { createServer } from "http";
import type { AddressInfo } from "net";
import path from "path";

/** Content types of the files a build of the add-in holds. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = Object.freeze({
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
});

/** A page or script served from memory instead of the folder. */
export interface MemoryFile {
  readonly type: string;
  readonly body: string | Uint8Array;
}

/** A running server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly origin: string;
  /** Paths asked for, in order (`/taskpane.html`, …). */
  readonly served: readonly string[];
  close(): Promise<void>;
}

/**
 * Serves `root` on a free port of 127.0.0.1: `GET /a/b.js` answers the file `root/a/b.js` with the
 * content type of its extension (see {@link CONTENT_TYPES}; others as `application/octet-stream`),
 * `404` for a missing file or a folder, `403` for a path that leaves `root`. `memory` files take
 * precedence, by exact path. Every answer says `Cache-Control: no-store`, so a page loaded twice
 * reads its files twice.
 *
 * @param root - the folder to serve
 * @param memory - extra files by path, e.g. `{ "/blank.html": { type: "text/html", body: "…" } }`
 * @returns the server, already listening
 *
 * @example
 * const server = await startStaticServer("dist");
 * server.origin // => "http://127.0.0.1:41235" (a free port)
 */
export async function startStaticServer(
  root: string,
  memory: Readonly<Record<string, MemoryFile>> = {},
): Promise<StaticServer> {
  const base = path.resolve(root);
  const served: string[] = [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    served.push(pathname);
    const headers = { "Cache-Control": "no-store" };
    const inMemory = memory[pathname];
    if (inMemory) {
      response.writeHead(200, { ...headers, "Content-Type": inMemory.type });
      response.end(inMemory.body);
      return;
    }
    const file = path.join(base, pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) {
      response.writeHead(404, headers).end();
      return;
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    response.writeHead(200, { ...headers, "Content-Type": type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
