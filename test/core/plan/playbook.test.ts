import { VALUE_TIER_ORDER, VALUE_TIERS } from "../../../src/core/value";
import { PLAYBOOK } from "../../../src/core/plan/playbook";
import { GROUP_MEASURES } from "../../../src/core/plan/groupMeasures";
import { SITUATION_ORDER } from "../../../src/core/plan/situationOfSegment";
import { ROLE_SLOT_ORDER } from "../../../src/core/plan/planRoles";
import type { LocalizedText } from "../../../src/core/types";

const bilingual = (text: LocalizedText) => {
  expect(text.en.trim()).not.toBe("");
  expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
};

describe("PLAYBOOK", () => {
  it("gives the documented example", () => {
    expect(PLAYBOOK.find((e) => e.key === "winBack")?.goal?.title.zh).toBe("挽回高价值流失风险客户");
  });

  it("has exactly one entry for every value tier and every situation, tiers first", () => {
    expect(PLAYBOOK.map((e) => e.key)).toEqual([...VALUE_TIER_ORDER, ...SITUATION_ORDER]);
    expect(PLAYBOOK.filter((e) => e.kind === "tier").map((e) => e.key)).toEqual([...VALUE_TIER_ORDER]);
  });

  it.each(PLAYBOOK.map((e) => [e.key, e]))(
    "gives %s 3 to 5 actions and complete texts in both languages",
    (_key, entry) => {
      expect(entry.actions.length).toBeGreaterThanOrEqual(3);
      expect(entry.actions.length).toBeLessThanOrEqual(5);
      for (const text of [entry.label, entry.description, entry.objective, entry.resources, ...entry.actions])
        bilingual(text);
      expect(new Set(entry.actions.map((a) => a.en)).size).toBe(entry.actions.length);
    },
  );

  it.each(PLAYBOOK.map((e) => [e.key, e]))(
    "gives %s a valid RACI: one A that is not also an R, and at least one R",
    (_key, entry) => {
      const { A, R, C, I } = entry.raci;
      expect(ROLE_SLOT_ORDER).toContain(A);
      expect(R.length).toBeGreaterThan(0);
      expect(R).not.toContain(A);
      for (const slot of [...R, ...C, ...I]) expect(ROLE_SLOT_ORDER).toContain(slot);
      expect(GROUP_MEASURES[entry.measure]).toBeDefined();
    },
  );

  it("reuses the value tiers' labels, descriptions, resources and strategies", () => {
    for (const entry of PLAYBOOK.filter((e) => e.kind === "tier")) {
      const info = VALUE_TIERS[entry.key as keyof typeof VALUE_TIERS];
      expect(entry.label).toBe(info.label);
      expect(entry.description).toBe(info.description);
      expect(entry.resources).toBe(info.resources);
      expect(entry.actions.slice(0, info.strategies.length)).toEqual(info.strategies);
    }
  });

  it("splits the team's resources 60 / 25 / 15 over the tiers (domain notes §3.4), adding up to 1", () => {
    const shares = PLAYBOOK.filter((e) => e.kind === "tier").map((e) => e.resourceShare);
    expect(shares).toEqual([0.6, 0.25, 0.15, 0]);
    expect(PLAYBOOK.filter((e) => e.kind === "situation").every((e) => e.resourceShare === undefined)).toBe(true);
  });

  it("sets goals for strategic, high-potential, new and at-risk valuable customers, on share measures", () => {
    const withGoal = PLAYBOOK.filter((e) => e.goal);
    expect(withGoal.map((e) => e.key)).toEqual(["strategic", "highPotential", "develop", "winBack"]);
    for (const e of withGoal) {
      expect(GROUP_MEASURES[e.measure].unit).toBe("share");
      bilingual(e.goal!.title);
    }
  });
});
