import { createServer } from "http";
import type { AddressInfo } from "net";

/** A proxy that forwards nothing and records every connection a browser context tried to open. */
export interface ProxyTrap {
  /** `http://127.0.0.1:<port>`, for a Playwright context's `proxy.server`. */
  readonly server: string;
  /** What was asked, in order: `CONNECT host:443` for HTTPS, `GET http://host/path` for HTTP. */
  readonly attempts: readonly string[];
  close(): Promise<void>;
}

/**
 * Starts the trap on a free port of 127.0.0.1. Given as a browser context's proxy (with
 * `bypass: "127.0.0.1"`, so the page's own server is reached directly), it sees every connection
 * that context opens to any other host, including those no `request` event reports, such as the
 * preconnect Chromium makes for a frame that the page's Content-Security-Policy then blocks. It
 * answers `502` to requests and drops tunnels, so nothing reaches the network. The browser's own
 * background traffic (sign-in, push messaging) does not go through a context's proxy.
 *
 * @returns the running trap
 *
 * @example
 * const trap = await startProxyTrap();
 * const context = await browser.newContext({ proxy: { server: trap.server, bypass: "127.0.0.1" } });
 * trap.attempts // => [] while the page talks only to 127.0.0.1
 */
export async function startProxyTrap(): Promise<ProxyTrap> {
  const attempts: string[] = [];
  const server = createServer((request, response) => {
    attempts.push(`${request.method ?? "GET"} ${request.url ?? ""}`);
    response.writeHead(502).end();
  });
  server.on("connect", (request, socket) => {
    attempts.push(`CONNECT ${request.url ?? ""}`);
    socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server: `http://127.0.0.1:${port}`,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
