import {
  DEFAULT_KEY_ACCOUNT_THRESHOLDS,
  resolveKeyAccountThresholds,
} from "../../../src/core/health/keyAccountThresholds";

describe("DEFAULT_KEY_ACCOUNT_THRESHOLDS", () => {
  it("gives the documented example: seed 004's 50,000 a month", () => {
    expect(DEFAULT_KEY_ACCOUNT_THRESHOLDS.monthlyVolumeMin).toBe(50000);
  });

  it("holds the documented defaults", () => {
    expect(DEFAULT_KEY_ACCOUNT_THRESHOLDS).toEqual({
      currentRatioMin: 1.5,
      currentRatioAlert: 1,
      netMarginMin: 0,
      netMarginGood: 0.05,
      roaMin: 0.05,
      dsoMax: 60,
      dsoAlert: 90,
      inventoryDaysMax: 90,
      monthlyVolumeMin: 50000,
    });
  });
});

describe("resolveKeyAccountThresholds", () => {
  it("gives the documented example", () => {
    expect(resolveKeyAccountThresholds({ dsoMax: 45 }).dsoMax).toBe(45);
  });

  it("keeps defaults for thresholds not given or given as undefined", () => {
    const t = resolveKeyAccountThresholds(Object.freeze({ roaMin: 0.08, dsoAlert: undefined }));
    expect(t).toEqual({ ...DEFAULT_KEY_ACCOUNT_THRESHOLDS, roaMin: 0.08 });
  });

  it.each([
    { overrides: { roaMin: NaN }, why: "a threshold that is not a number" },
    { overrides: { monthlyVolumeMin: -1 }, why: "a negative volume" },
    { overrides: { dsoMax: -5 }, why: "negative days" },
    { overrides: { currentRatioAlert: 2 }, why: "a current-ratio alert above the minimum" },
    { overrides: { dsoAlert: 30 }, why: "a DSO alert below the maximum" },
    { overrides: { netMarginGood: -0.1 }, why: "a good net margin below the minimum" },
  ])("throws BAD_ARGUMENT for $why", ({ overrides }) => {
    expect(() => resolveKeyAccountThresholds(overrides)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });

  it("allows an alert line equal to its pass line", () => {
    expect(resolveKeyAccountThresholds({ dsoAlert: 60 }).dsoAlert).toBe(60);
  });
});
