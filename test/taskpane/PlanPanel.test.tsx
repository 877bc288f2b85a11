import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { AnalyzeResult } from "../../src/app/analyzeTable";
import { dayFromIso } from "../../src/core/days";
import { DomainError } from "../../src/core/errors";
import { DEFAULT_PLAN_ROLES } from "../../src/core/plan";
import { AMBITION_LABELS } from "../../src/core/plan/layout";
import { PlanPanel } from "../../src/taskpane/components/PlanPanel";
import type { PlanRequest } from "../../src/taskpane/paneActions";
import { PANE_TEXT } from "../../src/taskpane/paneText";
import { analysisOf, deferred, fakeActions, TABLE_WITH_ISSUE } from "./fakeActions";
import { openTab, pick, renderPane } from "./renderPane";

let sample: AnalyzeResult;
beforeAll(async () => {
  sample = await analysisOf(TABLE_WITH_ISSUE, { score: { clv: { method: "historical" } } });
});

type Build = (analysis: AnalyzeResult, request: PlanRequest) => Promise<string>;

/** The panel alone, over the sample analysis (as of 2025-01-23), with a fake build action. */
function panel(onBuild = jest.fn<ReturnType<Build>, Parameters<Build>>(async () => "Customer plan"), fileMode = false) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PlanPanel text={PANE_TEXT.en} lang="en" analysis={sample} onBuild={onBuild} fileMode={fileMode} />
    </FluentProvider>,
  );
  return onBuild;
}

const buildButton = () => screen.getByRole("button", { name: /^(Build|Rebuild) plan$/ }) as HTMLButtonElement;
const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe("Build plan panel", () => {
  it("starts from the plan inputs saved in the workbook", async () => {
    const roles = [
      { en: "Key accounts", zh: "大客户部" },
      { en: "Service desk", zh: "客服部" },
    ];
    const saved = { name: "East 2026", quarters: 2, roles, lang: "zh" as const, ambition: "ambitious" as const };
    const onBuild = jest.fn<ReturnType<Build>, Parameters<Build>>(async () => "客户发展计划");
    render(
      <FluentProvider theme={webLightTheme}>
        <PlanPanel text={PANE_TEXT.en} lang="en" analysis={sample} onBuild={onBuild} fileMode={false} saved={saved} />
      </FluentProvider>,
    );
    expect(value("Plan name")).toBe("East 2026");
    fireEvent.click(buildButton());
    await waitFor(() => expect(onBuild).toHaveBeenCalled());
    expect(onBuild.mock.calls[0][1]).toMatchObject({
      name: "East 2026",
      quarters: 2,
      roles,
      lang: "zh",
      ambition: "ambitious",
    });
  });

  it("asks for Analyze first", async () => {
    const { actions } = fakeActions();
    renderPane(actions);
    await screen.findByText(/rows?, \d+ issues?/);
    openTab("Build plan");
    expect(screen.getByText("Run Analyze first: the plan is built from its scores.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Build plan" })).toBeNull();
  });

  it("builds the plan of the analysis just run, with what was chosen, then offers to rebuild", async () => {
    const { actions } = fakeActions();
    renderPane(actions);
    await screen.findByText(/rows?, \d+ issues?/);
    openTab("Analyze");
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    await screen.findByText(/^Scored/);
    openTab("Build plan");
    fireEvent.change(screen.getByLabelText("Plan name"), { target: { value: "FY26 plan" } });
    fireEvent.change(screen.getByLabelText("Start date"), { target: { value: "2026-04-01" } });
    pick("Horizon", "8");
    pick("Ambition", "ambitious");
    pick("Plan language", "zh");
    fireEvent.click(buildButton());
    expect(await screen.findByText("The plan is on the sheet Customer plan.")).toBeTruthy();
    const [analysis, request] = actions.buildPlan.mock.calls[0] as unknown as [AnalyzeResult, PlanRequest];
    expect(analysis.asOf).toBe("2025-01-23");
    expect(analysis.result.customers).toHaveLength(2);
    expect(request).toEqual({
      name: "FY26 plan",
      start: dayFromIso("2026-04-01"),
      quarters: 8,
      roles: DEFAULT_PLAN_ROLES,
      lang: "zh",
      ambition: "ambitious",
    });
    expect(buildButton().textContent).toBe("Rebuild plan");
    expect(screen.getByText(/Rebuilding keeps what people typed/)).toBeTruthy();
  });

  it("starts the plan the month after the data ends, named for its year, over four quarters", () => {
    panel();
    expect(value("Start date")).toBe("2025-02-01");
    expect(value("Plan name")).toBe("Customer development plan 2025");
    expect(value("Horizon")).toBe("4");
    expect((screen.getByLabelText("Horizon") as HTMLSelectElement).selectedOptions[0].text).toBe("4 quarters (1 year)");
    expect(value("Role 1")).toBe(DEFAULT_PLAN_ROLES[0].en);
    expect(value("Plan language")).toBe("en");
    expect(value("Ambition")).toBe("moderate");
  });

  it("names the plan in the plan's language until the user types a name", () => {
    panel();
    pick("Plan language", "zh");
    expect(value("Plan name")).toBe("2025 客户发展计划");
    expect(value("Role 1")).toBe(DEFAULT_PLAN_ROLES[0].zh);
    fireEvent.change(screen.getByLabelText("Plan name"), { target: { value: "我的计划" } });
    pick("Plan language", "en");
    expect(value("Plan name")).toBe("我的计划");
  });

  it("edits the roles: rename, remove, add, back to the defaults", async () => {
    const onBuild = panel();
    fireEvent.change(screen.getByLabelText("Role 1"), { target: { value: "Key account manager" } });
    fireEvent.click(screen.getByRole("button", { name: "Remove role 6" }));
    fireEvent.click(screen.getByRole("button", { name: "Add a role" }));
    fireEvent.change(screen.getByLabelText("Role 6"), { target: { value: "Logistics" } });
    fireEvent.click(buildButton());
    await screen.findByText(/The plan is on the sheet/);
    expect(onBuild.mock.calls[0][1].roles).toEqual([
      { en: "Key account manager", zh: "Key account manager" },
      ...DEFAULT_PLAN_ROLES.slice(1, 5),
      { en: "Logistics", zh: "Logistics" },
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Default roles" }));
    expect(value("Role 1")).toBe(DEFAULT_PLAN_ROLES[0].en);
  });

  it("keeps between 2 and 12 roles", () => {
    panel();
    // By label and text rather than by role: the same buttons, found without computing every name.
    for (let i = 6; i > 2; i--) fireEvent.click(screen.getByLabelText(`Remove role ${i}`));
    expect((screen.getByLabelText("Remove role 1") as HTMLButtonElement).disabled).toBe(true);
    const add = screen.getByText("Add a role").closest("button")!;
    for (let i = 2; i < 12; i++) fireEvent.click(add);
    expect(screen.getByLabelText("Role 12")).toBeTruthy();
    expect(add.disabled).toBe(true);
  });

  it.each([
    { why: "an empty name", field: "Plan name", input: " ", shown: "Give the plan a name." },
    { why: "no start date", field: "Start date", input: "", shown: "Enter the plan's start date." },
    { why: "an unnamed role", field: "Role 2", input: "", shown: "Role 2 needs a name." },
    {
      why: "two roles of one name",
      field: "Role 2",
      input: "Sales/KAM",
      shown: "Two roles are called Sales/KAM; give each role its own name.",
    },
  ])("does not build with $why, and says what to fix", ({ field, input, shown }) => {
    const onBuild = panel();
    fireEvent.change(screen.getByLabelText(field), { target: { value: input } });
    fireEvent.click(buildButton());
    expect(screen.getByText(shown)).toBeTruthy();
    expect(onBuild).not.toHaveBeenCalled();
  });

  it("shows that it is building and cannot be pressed twice", async () => {
    const build = deferred<string>();
    panel(jest.fn<ReturnType<Build>, Parameters<Build>>(() => build.promise));
    fireEvent.click(buildButton());
    expect(screen.getByText("Building the plan…")).toBeTruthy();
    expect(buildButton().disabled).toBe(true);
    build.resolve("客户发展计划");
    expect(await screen.findByText("The plan is on the sheet 客户发展计划.")).toBeTruthy();
    expect(buildButton().disabled).toBe(false);
  });

  it("reminds the user to download the workbook outside Office", async () => {
    panel(undefined, true);
    fireEvent.click(buildButton());
    expect(await screen.findByText(/Download the workbook to keep the plan\./)).toBeTruthy();
  });

  it("shows a failed build in plain words", async () => {
    panel(
      jest.fn<ReturnType<Build>, Parameters<Build>>(() =>
        Promise.reject(new DomainError("BAD_ARGUMENT", "The start date is too late.", "开始日期太晚。")),
      ),
    );
    fireEvent.click(buildButton());
    expect((await screen.findByRole("alert")).textContent).toBe("The start date is too late.");
    await waitFor(() => expect(buildButton().disabled).toBe(false));
  });

  it("offers the ambition levels by the plan's own labels", () => {
    panel();
    const options = [...(screen.getByLabelText("Ambition") as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toEqual([
      AMBITION_LABELS.conservative.en,
      AMBITION_LABELS.moderate.en,
      AMBITION_LABELS.ambitious.en,
    ]);
  });
});
