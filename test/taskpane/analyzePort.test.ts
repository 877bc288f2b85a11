/** @jest-environment node */
import { analyzePort } from "../../src/taskpane/analyzePort";
import type { AnalyzeProgress } from "../../src/taskpane/paneActions";
import { allCells, sampleWorkbook } from "./sampleWorkbook";
import { XlsxWorkbook } from "../../src/headless/xlsxWorkbook";

function setUp() {
  const workbook = sampleWorkbook();
  const controller = new AbortController();
  const seen: AnalyzeProgress[] = [];
  const port = analyzePort(new XlsxWorkbook(workbook), controller.signal, (p) => seen.push(p));
  return { workbook, controller, seen, port };
}

describe("analyzePort", () => {
  it("writes nothing once aborted, as its example says", async () => {
    const { workbook, controller, port } = setUp();
    const before = allCells(workbook);
    controller.abort();
    await expect(port.writeSettings({})).rejects.toMatchObject({ name: "AbortError" });
    expect(allCells(workbook)).toEqual(before);
  });

  it("throws the abort reason the caller gave", async () => {
    const { controller, port } = setUp();
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(port.readTable("Customers")).rejects.toBe(reason);
  });

  it("reads like the port and reports reading, then scoring", async () => {
    const { workbook, seen, port } = setUp();
    const table = await port.readTable("Customers");
    expect(table).toEqual(await new XlsxWorkbook(workbook).readTable("Customers"));
    expect(seen).toEqual([
      { phase: "read", done: 24, total: 24 },
      { phase: "score", done: 0, total: 0 },
    ]);
  });

  it("keeps writing once writing has begun, even when aborted then", async () => {
    const { controller, port } = setUp();
    await port.writeSettings({ a: 1 });
    controller.abort();
    await port.writeSettings({ a: 2 });
    expect(await port.readSettings()).toEqual({ a: 2 });
  });

  it("reports a whole sheet's rows as written", async () => {
    const { seen, port } = setUp();
    await port.writeSheet({ name: "Scores", rows: [["ID"], ["C1"], ["C2"]] });
    expect(seen).toEqual([
      { phase: "write", done: 0, total: 2 },
      { phase: "write", done: 2, total: 2 },
    ]);
  });
});
