import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { AnalyzeResult } from "../../src/app/analyzeTable";
import { DomainError } from "../../src/core/errors";
import { CLV_METHOD_LABELS } from "../../src/core/plan";
import { DEFAULT_PRIORITY_WEIGHTS } from "../../src/core/priority";
import { segmentScheme } from "../../src/core/rfm";
import type { AnalyzeProgress } from "../../src/taskpane/paneActions";
import { analysisOf, CLEAN_TABLE, deferred, fakeActions, TABLE_WITH_ISSUE } from "./fakeActions";
import { openTab, pick, renderPane } from "./renderPane";

/** Renders the pane, waits for the table to be read, and opens the Analyze tab. */
async function atAnalyze(actions: ReturnType<typeof fakeActions>["actions"]) {
  renderPane(actions);
  await screen.findByText(/rows?, \d+ issues?/);
  openTab("Analyze");
}

const analyzeButton = () => screen.getByRole("button", { name: /^Analyze/ }) as HTMLButtonElement;

describe("Analyze panel", () => {
  it("asks the host to analyze the table as the Data tab reads it, with the defaults", async () => {
    const { actions } = fakeActions();
    await atAnalyze(actions);
    fireEvent.click(analyzeButton());
    await screen.findByText(/^Scored/);
    expect(actions.analyze.mock.calls[0][0]).toEqual({
      table: "Customers",
      lang: "en",
      mapping: {},
      shape: "auto",
      scheme: "rfm11",
      clvMethod: "auto",
      weights: DEFAULT_PRIORITY_WEIGHTS,
    });
  });

  it("sends the scheme, CLV method and weights chosen", async () => {
    const { actions } = fakeActions();
    await atAnalyze(actions);
    pick("Segment scheme", "cn8");
    pick("CLV method", "historical");
    fireEvent.change(screen.getByRole("slider", { name: "Strategic alignment" }), { target: { value: "50" } });
    fireEvent.click(analyzeButton());
    await screen.findByText(/^Scored/);
    expect(actions.analyze.mock.calls[0][0]).toMatchObject({
      scheme: "cn8",
      clvMethod: "historical",
      weights: { strategic: 50, returnOnResources: 18, growth: 18, riskControl: 14 },
    });
  });

  it("starts from the scheme, CLV method and weights saved in the workbook", async () => {
    const weights = { strategic: 40, returnOnResources: 20, growth: 20, riskControl: 20 };
    const { actions } = fakeActions(undefined, { analyze: { scheme: "cn8", clvMethod: "historical", weights } });
    await atAnalyze(actions);
    await waitFor(() =>
      expect((screen.getByRole("combobox", { name: "Segment scheme" }) as HTMLSelectElement).value).toBe("cn8"),
    );
    fireEvent.click(analyzeButton());
    await screen.findByText(/^Scored/);
    expect(actions.analyze.mock.calls[0][0]).toMatchObject({ scheme: "cn8", clvMethod: "historical", weights });
  });

  it("keeps the four weights at 100% as a slider moves, and goes back to the defaults", async () => {
    const { actions } = fakeActions();
    await atAnalyze(actions);
    const slider = (name: string) => screen.getByRole("slider", { name }) as HTMLInputElement;
    fireEvent.change(slider("Risk controllability"), { target: { value: "0" } });
    const values = ["Strategic alignment", "Return on resources", "Growth potential", "Risk controllability"].map(
      (name) => Number(slider(name).value),
    );
    expect(values).toEqual([38, 31, 31, 0]);
    expect(slider("Strategic alignment").getAttribute("aria-valuetext")).toBe("38%");
    fireEvent.click(screen.getByRole("button", { name: "Default weights (30/25/25/20)" }));
    expect(Number(slider("Strategic alignment").value)).toBe(30);
  });

  it("shows progress while running and cancels: nothing written, the user is told so", async () => {
    const { actions } = fakeActions();
    const run = deferred<AnalyzeResult>();
    let report: (p: AnalyzeProgress) => void = () => {};
    let signal: AbortSignal | undefined;
    actions.analyze.mockImplementation((_request, onProgress, s) => {
      report = onProgress;
      signal = s;
      s.addEventListener("abort", () => run.reject(s.reason));
      return run.promise;
    });
    await atAnalyze(actions);
    fireEvent.click(analyzeButton());
    const bar = screen.getByRole("progressbar", { name: "Progress" });
    expect(screen.getByText("Starting…")).toBeTruthy();
    expect(analyzeButton().disabled).toBe(true);

    act(() => report({ phase: "read", done: 1200, total: 4800 }));
    expect(screen.getByText("Reading rows: 1,200 of 4,800")).toBeTruthy();
    expect(bar.getAttribute("aria-valuenow")).toBe("0.25");
    act(() => report({ phase: "score", done: 0, total: 0 }));
    expect(screen.getByText("Scoring the customers…")).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Progress" }).getAttribute("aria-valuenow")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(signal?.aborted).toBe(true);
    expect(await screen.findByText("Analyze was cancelled. Nothing was written.")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
  });

  it("shows what was written and found: customers, columns, segments with revenue, breakpoints", async () => {
    const { actions } = fakeActions({ Customers: CLEAN_TABLE });
    const expected = await analysisOf(CLEAN_TABLE, { score: { clv: { method: "historical" } } });
    await atAnalyze(actions);
    pick("CLV method", "historical");
    fireEvent.click(analyzeButton());
    expect(await screen.findByText(/^Scored 8 customers\./)).toBeTruthy();
    expect(screen.getByText(new RegExp(`Wrote ${expected.written.length} columns next to Customers\\.`))).toBeTruthy();
    expect(screen.getByText(`CLV method used: ${CLV_METHOD_LABELS.historical.en}.`)).toBeTruthy();

    const table = screen.getByRole("table", { name: "Segments" });
    const rows = within(table).getAllByRole("row").slice(1);
    const nonEmpty = expected.segments.filter((s) => s.customers > 0);
    expect(rows.map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual([
      ...nonEmpty.map((s) => s.label),
      "Total",
    ]);
    const total = within(rows[rows.length - 1])
      .getAllByRole("cell")
      .map((c) => c.textContent);
    // 8 customers bought 100 + 200 + … + 800 = 3,600.
    expect(total).toEqual(["Total", "8", "100%", "3,600", "100%"]);

    const cuts = screen.getByRole("table", { name: "RFM breakpoints used" });
    const recency = within(cuts).getAllByRole("row")[1];
    expect(
      within(recency)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([
      "Recency (days)",
      expected.result.rfm.breakpoints.recency.map((v) => String(Math.round(v * 100) / 100)).join(" · "),
    ]);
    expect(analyzeButton().textContent).toBe("Analyze again");
  });

  it("explains why the automatic CLV method fell back", async () => {
    const { actions } = fakeActions({ Customers: CLEAN_TABLE });
    const expected = await analysisOf(CLEAN_TABLE);
    expect(expected.result.clv.fallback).toBeDefined();
    await atAnalyze(actions);
    fireEvent.click(analyzeButton());
    expect(await screen.findByText(`Why: ${expected.result.clv.fallback!.reason.en}`)).toBeTruthy();
    expect(screen.getByText(`CLV method used: ${CLV_METHOD_LABELS[expected.result.clv.method].en}.`)).toBeTruthy();
  });

  it("shows the thresholds of the eight-class scheme and its class names", async () => {
    const { actions } = fakeActions({ Customers: CLEAN_TABLE });
    await atAnalyze(actions);
    pick("Segment scheme", "cn8");
    pick("CLV method", "historical");
    fireEvent.click(analyzeButton());
    const cuts = await screen.findByRole("table", { name: "RFM breakpoints used" });
    expect(within(cuts).getByRole("columnheader", { name: "Threshold" })).toBeTruthy();
    const labels = within(screen.getByRole("table", { name: "Segments" }))
      .getAllByRole("row")
      .slice(1, -1)
      .map((r) => within(r).getAllByRole("cell")[0].textContent);
    const names = segmentScheme("cn8").segments.map((s) => s.label.en);
    expect(labels.every((l) => names.includes(l ?? ""))).toBe(true);
  });

  it.each([
    {
      why: "a problem the user can fix",
      error: new DomainError("NOT_ENOUGH_DATA", "Too few customers to score.", "客户太少，无法评分。"),
      shown: "Too few customers to score.",
    },
    {
      why: "an unexpected failure, without its stack",
      error: new TypeError("Cannot read properties of undefined\n    at analyze (taskpane.js:1:1)"),
      shown: "Something went wrong: Cannot read properties of undefined",
    },
  ])("shows $why in a message bar", async ({ error, shown }) => {
    const { actions } = fakeActions();
    actions.analyze.mockRejectedValue(error);
    await atAnalyze(actions);
    fireEvent.click(analyzeButton());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(shown);
    expect(document.body.textContent).not.toContain("taskpane.js");
    await waitFor(() => expect(analyzeButton().disabled).toBe(false));
  });

  it("offers every segment scheme and CLV method by the core's names", async () => {
    const { actions } = fakeActions({ Customers: TABLE_WITH_ISSUE });
    await atAnalyze(actions);
    const schemes = [...(screen.getByLabelText("Segment scheme") as HTMLSelectElement).options].map((o) => o.text);
    expect(schemes).toContain(segmentScheme("cn8").name.en);
    const methods = [...(screen.getByLabelText("CLV method") as HTMLSelectElement).options].map((o) => o.text);
    expect(methods).toContain(CLV_METHOD_LABELS.bgnbd.en);
    expect(methods[0]).toMatch(/^Automatic/);
  });
});
