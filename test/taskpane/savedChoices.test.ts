import { PANE_CHOICES_SETTING, savedChoices } from "../../src/taskpane/savedChoices";

const WEIGHTS = { strategic: 40, returnOnResources: 20, growth: 20, riskControl: 20 };
const ANALYZE = { scheme: "cn8", clvMethod: "auto", weights: WEIGHTS };
const PLAN = {
  name: "华东 2026",
  quarters: 2,
  roles: [
    { en: "Sales", zh: "销售" },
    { en: "Service", zh: "客服" },
  ],
  lang: "zh",
  ambition: "ambitious",
};

describe("savedChoices", () => {
  it("reads the saved scheme as its example says", () => {
    expect(savedChoices({ [PANE_CHOICES_SETTING]: { analyze: ANALYZE } }).analyze?.scheme).toBe("cn8");
  });

  it("reads back both parts when they are valid", () => {
    expect(savedChoices({ [PANE_CHOICES_SETTING]: { analyze: ANALYZE, plan: PLAN } })).toEqual({
      analyze: ANALYZE,
      plan: PLAN,
    });
  });

  it.each([
    ["an unknown scheme", { analyze: { ...ANALYZE, scheme: "rfm99" } }],
    ["an unknown CLV method", { analyze: { ...ANALYZE, clvMethod: "magic" } }],
    ["a negative weight", { analyze: { ...ANALYZE, weights: { ...WEIGHTS, growth: -1 } } }],
    [
      "all weights zero",
      { analyze: { ...ANALYZE, weights: { strategic: 0, returnOnResources: 0, growth: 0, riskControl: 0 } } },
    ],
    ["a horizon of 9 quarters", { plan: { ...PLAN, quarters: 9 } }],
    ["a single role", { plan: { ...PLAN, roles: [PLAN.roles[0]] } }],
    ["a blank name", { plan: { ...PLAN, name: " " } }],
    ["an unknown language", { plan: { ...PLAN, lang: "fr" } }],
  ])("leaves out a part edited by hand into %s", (_, stored) => {
    expect(savedChoices({ [PANE_CHOICES_SETTING]: stored })).toEqual({});
  });

  it("gives nothing for a workbook that has no saved choices", () => {
    expect(savedChoices({})).toEqual({});
    expect(savedChoices({ [PANE_CHOICES_SETTING]: "x" })).toEqual({});
  });
});
