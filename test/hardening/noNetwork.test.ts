/**
 * No data leaves the machine (SPEC §5): the command line's demo, score, plan and fit run in process
 * with every way out of it replaced by a trap that records the call and throws. Every TCP and TLS
 * connection (http, https, fetch and any library's own client included) goes through
 * `net.Socket.prototype.connect`; UDP through `dgram.Socket.prototype.send`; name lookups through
 * `dns`; other programs through `child_process`. None may be called.
 */
import child_process from "child_process";
import dgram from "dgram";
import dns from "dns";
import http from "http";
import https from "https";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import net from "net";
import os from "os";
import path from "path";
import tls from "tls";
import { buildProgram } from "../../src/headless/cli";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "cdp-sample.xlsx");

const calls: string[] = [];

function trap<T extends object>(owner: T, name: keyof T & string, label: string): void {
  if (typeof owner[name] !== "function") return;
  jest.spyOn(owner, name as never).mockImplementation(((...args: unknown[]) => {
    calls.push(`${label}(${JSON.stringify(args[0] ?? "").slice(0, 60)})`);
    throw new Error(`network call during a CDP run: ${label}`);
  }) as never);
}

beforeAll(() => {
  trap(net.Socket.prototype, "connect", "net.Socket.connect");
  trap(net, "connect", "net.connect");
  trap(net, "createConnection", "net.createConnection");
  trap(tls, "connect", "tls.connect");
  trap(http, "request", "http.request");
  trap(http, "get", "http.get");
  trap(https, "request", "https.request");
  trap(https, "get", "https.get");
  trap(dgram.Socket.prototype, "send", "dgram.send");
  trap(dns, "lookup", "dns.lookup");
  trap(dns, "resolve", "dns.resolve");
  trap(dns.promises, "lookup", "dns.promises.lookup");
  trap(dns.promises, "resolve", "dns.promises.resolve");
  trap(child_process, "spawn", "child_process.spawn");
  trap(child_process, "exec", "child_process.exec");
  trap(child_process, "execFile", "child_process.execFile");
  trap(child_process, "fork", "child_process.fork");
  trap(globalThis, "fetch", "fetch");
});

afterAll(() => jest.restoreAllMocks());

async function run(args: string[]): Promise<string[]> {
  const lines: string[] = [];
  await buildProgram((line) => lines.push(line)).parseAsync(["node", "cdp", ...args]);
  return lines;
}

describe("no network egress", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cdp-offline-"));

  it("has its traps in place: a connection attempt is caught", () => {
    expect(() => http.request("http://example.invalid/")).toThrow(/network call during a CDP run/);
    expect(() => new net.Socket().connect(80, "example.invalid")).toThrow(/network call during a CDP run/);
    expect(calls).toHaveLength(2);
    calls.length = 0;
  });

  it("runs the demo, score, plan and fit without any network call or other program", async () => {
    expect(existsSync(SAMPLE)).toBe(true);
    await run(["demo", "--out-dir", dir]);
    await run(["score", SAMPLE, "--sheet", "客户汇总", "--out", path.join(dir, "scored.xlsx"), "--lang", "zh"]);
    await run(["plan", SAMPLE, "--sheet", "Transactions", "--out", path.join(dir, "plan.xlsx")]);
    const csv = path.join(dir, "log.csv");
    writeFileSync(csv, "customer_id,date,amount\nA,2025-01-01,10\nA,2025-02-01,20\nB,2025-01-15,5\n");
    await run(["score", csv, "--out", path.join(dir, "scored.csv")]);
    await run(["fit", SAMPLE, "--sheet", "Transactions", "--json"]);
    expect(existsSync(path.join(dir, "cdp-sample-scored.xlsx"))).toBe(true);
    expect(calls).toEqual([]);
  }, 60_000);
});
