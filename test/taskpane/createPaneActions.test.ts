/** @jest-environment node */
import ExcelJS from "exceljs";
import { analyzeTable } from "../../src/app/analyzeTable";
import { buildPlanSheet, PLAN_SHEET } from "../../src/app/buildPlanSheet";
import { COLUMN_MAPPINGS_SETTING, previewTable } from "../../src/app/previewTable";
import { dayFromIso } from "../../src/core/days";
import { DEFAULT_PLAN_ROLES } from "../../src/core/plan";
import { DEFAULT_PRIORITY_WEIGHTS, normalizePriorityWeights } from "../../src/core/priority";
import { XlsxWorkbook } from "../../src/headless/xlsxWorkbook";
import { createPaneActions } from "../../src/taskpane/createPaneActions";
import type { AnalyzeProgress, AnalyzeRequest, PlanRequest } from "../../src/taskpane/paneActions";
import { allCells, SAMPLE_HEADER, sampleWorkbook } from "./sampleWorkbook";

const REQUEST: AnalyzeRequest = Object.freeze({
  table: "Customers",
  lang: "en",
  mapping: Object.freeze({}),
  shape: "auto",
  scheme: "rfm11",
  clvMethod: "historical",
  weights: DEFAULT_PRIORITY_WEIGHTS,
});

const PLAN: PlanRequest = Object.freeze({
  name: "Plan 2026",
  start: dayFromIso("2026-01-01")!,
  quarters: 4,
  roles: DEFAULT_PLAN_ROLES,
  lang: "en",
  ambition: "moderate",
});

function setUp() {
  const workbook = sampleWorkbook();
  const port = new XlsxWorkbook(workbook);
  return { workbook, port, actions: createPaneActions(port) };
}

const never = () => new AbortController().signal;

describe("createPaneActions", () => {
  it("lists the workbook's tables, as its example says", async () => {
    const { actions } = setUp();
    expect((await actions.listTables()).map((t) => t.id)).toEqual(["Customers"]);
  });

  it("previews a table exactly as the previewTable use case does", async () => {
    const { port, actions } = setUp();
    const options = { shape: "summary" as const, asOf: dayFromIso("2025-12-31") };
    expect(await actions.previewTable("Customers", options)).toEqual(await previewTable(port, "Customers", options));
  });

  it("writes what analyzeTable writes with the same options", async () => {
    const { workbook, actions } = setUp();
    const direct = sampleWorkbook();
    await analyzeTable(new XlsxWorkbook(direct), {
      table: "Customers",
      lang: "en",
      read: { mapping: {}, shape: "auto" },
      score: {
        rfm: { scheme: "rfm11" },
        clv: { method: "historical" },
        priority: { weights: DEFAULT_PRIORITY_WEIGHTS },
      },
    });
    await actions.analyze(REQUEST, () => {}, never());
    expect(allCells(workbook).Customers).toEqual(allCells(direct).Customers);
  });

  it("scores with the scheme, CLV method and weights asked for", async () => {
    const { actions } = setUp();
    const weights = { strategic: 10, returnOnResources: 20, growth: 30, riskControl: 40 };
    const analysis = await actions.analyze(
      { ...REQUEST, scheme: "cn8", clvMethod: "simple", weights, asOf: dayFromIso("2025-12-31") },
      () => {},
      never(),
    );
    expect(analysis.result.segmentation.scheme).toBe("cn8");
    expect(analysis.result.clv.requestedMethod).toBe("simple");
    expect(analysis.result.priority.weights).toEqual(normalizePriorityWeights(weights));
    expect(analysis.asOf).toBe("2025-12-31");
  });

  it("reports reading, then scoring, then writing, ending with every row written", async () => {
    const { actions } = setUp();
    const seen: AnalyzeProgress[] = [];
    await actions.analyze(REQUEST, (p) => seen.push(p), never());
    const phases = seen.map((p) => p.phase).filter((p, i, all) => i === 0 || all[i - 1] !== p);
    expect(phases).toEqual(["read", "score", "write"]);
    const last = seen[seen.length - 1];
    expect(last.done).toBe(last.total);
    expect(last.total).toBeGreaterThan(0);
  });

  it.each(["before it starts", "while reading", "while scoring"] as const)(
    "writes nothing when cancelled %s, and rejects",
    async (when) => {
      const { workbook, actions } = setUp();
      const before = allCells(workbook);
      const controller = new AbortController();
      if (when === "before it starts") controller.abort();
      const onProgress = (p: AnalyzeProgress) => {
        if ((when === "while reading" && p.phase === "read") || (when === "while scoring" && p.phase === "score")) {
          controller.abort();
        }
      };
      await expect(actions.analyze(REQUEST, onProgress, controller.signal)).rejects.toMatchObject({
        name: "AbortError",
      });
      expect(allCells(workbook)).toEqual(before);
    },
  );

  it("finishes a run cancelled after writing began, so the workbook never holds half a result", async () => {
    const { workbook, actions } = setUp();
    const controller = new AbortController();
    const analysis = await actions.analyze(
      REQUEST,
      (p) => {
        if (p.phase === "write") controller.abort();
      },
      controller.signal,
    );
    expect(analysis.written.length).toBeGreaterThan(0);
    const header = allCells(workbook).Customers[0];
    expect(header.slice(SAMPLE_HEADER.length)).toEqual(analysis.written.map((w) => w.header));
  });

  it("saves the column choices made by header text, so the next preview starts from them", async () => {
    const rows = [
      ["Customer ID", "Last purchase", "Sales", "Visits", "Code"],
      ["C1", "2025-01-13", 1200, 4, 7],
      ["C2", "2025-02-13", 300, 1, 8],
    ];
    const port = new XlsxWorkbook(sampleWorkbook(rows));
    const actions = createPaneActions(port);
    await actions.analyze({ ...REQUEST, mapping: { purchases: "Visits", name: 4 } }, () => {}, never());
    expect((await port.readSettings())[COLUMN_MAPPINGS_SETTING]).toEqual({ Customers: { purchases: "Visits" } });
    const preview = await actions.previewTable("Customers", {});
    expect([preview.status, preview.userMapping]).toEqual(["ready", { purchases: 3 }]);
  });

  it("builds the same plan sheet as buildPlanSheet when given the same name, start and default roles", async () => {
    const { workbook, actions } = setUp();
    const analysis = await actions.analyze(REQUEST, () => {}, never());
    const direct = sampleWorkbook();
    const directPort = new XlsxWorkbook(direct);
    const directAnalysis = await analyzeTable(directPort, {
      table: "Customers",
      lang: "en",
      read: { mapping: {}, shape: "auto" },
      score: {
        rfm: { scheme: "rfm11" },
        clv: { method: "historical" },
        priority: { weights: DEFAULT_PRIORITY_WEIGHTS },
      },
    });
    const sheet = await actions.buildPlan(analysis, PLAN);
    await buildPlanSheet(directPort, { analysis: directAnalysis, lang: "en", name: PLAN.name, start: PLAN.start });
    expect(sheet).toBe(PLAN_SHEET.en);
    expect(allCells(workbook)[sheet]).toEqual(allCells(direct)[sheet]);
  });

  it("names the team's own roles in the plan, in the plan's language", async () => {
    const { workbook, actions } = setUp();
    const analysis = await actions.analyze(REQUEST, () => {}, never());
    const roles = [{ en: "客户经理", zh: "客户经理" }, ...DEFAULT_PLAN_ROLES.slice(1, 4)];
    const sheet = await actions.buildPlan(analysis, { ...PLAN, roles, lang: "zh" });
    expect(sheet).toBe(PLAN_SHEET.zh);
    const texts = allCells(workbook)
      [sheet].flat()
      .filter((v): v is string => typeof v === "string");
    expect(texts).toContain("客户经理");
    expect(texts).not.toContain(DEFAULT_PLAN_ROLES[5].zh);
  });

  it("refuses to build a plan from an analysis without an as-of date", async () => {
    const { actions } = setUp();
    const analysis = await actions.analyze(REQUEST, () => {}, never());
    await expect(actions.buildPlan({ ...analysis, asOf: undefined }, PLAN)).rejects.toMatchObject({
      code: "NOT_ENOUGH_DATA",
    });
  });

  it("passes the host's extras through", async () => {
    const selectCell = jest.fn(() => Promise.resolve());
    const actions = createPaneActions(new XlsxWorkbook(new ExcelJS.Workbook()), { selectCell });
    await actions.selectCell?.("Customers", "E5");
    expect(selectCell).toHaveBeenCalledWith("Customers", "E5");
    expect(actions.openFile).toBeUndefined();
  });

  it("runs two Analyze clicks one after the other, leaving the workbook as one run leaves it", async () => {
    const { workbook, port } = setUp();
    const events: string[] = [];
    const traced = Object.assign(Object.create(port) as XlsxWorkbook, {
      readTable: async (id: string) => {
        events.push("read");
        return port.readTable(id);
      },
      writeColumns: async (...args: Parameters<XlsxWorkbook["writeColumns"]>) => {
        events.push("write");
        return port.writeColumns(...args);
      },
    });
    const actions = createPaneActions(traced);
    await Promise.all([actions.analyze(REQUEST, () => {}, never()), actions.analyze(REQUEST, () => {}, never())]);
    expect(events).toEqual(["read", "write", "read", "write"]);
    const once = sampleWorkbook();
    await createPaneActions(new XlsxWorkbook(once)).analyze(REQUEST, () => {}, never());
    expect(allCells(workbook)).toEqual(allCells(once));
  });

  it("saves the choices of the last Analyze and Build plan in the workbook, for a colleague to read back", async () => {
    const { workbook, actions } = setUp();
    expect(await actions.savedChoices!()).toEqual({});
    const request = { ...REQUEST, scheme: "cn8" as const, weights: { ...DEFAULT_PRIORITY_WEIGHTS, strategic: 40 } };
    const result = await actions.analyze(request, () => {}, never());
    await actions.buildPlan(result, { ...PLAN, quarters: 2, ambition: "ambitious" });
    const reopened = new XlsxWorkbook(workbook);
    expect(await createPaneActions(reopened).savedChoices!()).toEqual({
      analyze: { scheme: "cn8", clvMethod: "historical", weights: request.weights },
      plan: { name: PLAN.name, quarters: 2, roles: PLAN.roles, lang: "en", ambition: "ambitious" },
    });
  });
});
