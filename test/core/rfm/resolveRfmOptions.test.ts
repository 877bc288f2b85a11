import { resolveRfmOptions } from "../../../src/core/rfm/resolveRfmOptions";
import type { RfmOptions } from "../../../src/core/rfm/types";

describe("resolveRfmOptions", () => {
  it("uses two bins for the mean method (the documented example)", () => {
    expect(resolveRfmOptions({ method: "mean" }).bins).toBe(2);
  });

  it("defaults to five quantile bins of total spend", () => {
    expect(resolveRfmOptions()).toMatchObject({ method: "quantile", bins: 5, monetary: "total" });
  });

  it("resolves fixed breakpoints per dimension, quantiles where none are given", () => {
    const rules = resolveRfmOptions({ method: "fixed", bins: 2, breakpoints: { frequency: [3] } }).rules;
    expect(rules).toEqual({
      recency: { kind: "quantile" },
      frequency: { kind: "cuts", cuts: [3] },
      monetary: { kind: "quantile" },
    });
  });

  it.each([1, 11, 2.5, Number.NaN, 0])("rejects bins = %p in English and Chinese", (bins) => {
    expect(() => resolveRfmOptions({ bins })).toThrow(
      expect.objectContaining({
        code: "BAD_ARGUMENT",
        message: expect.stringContaining("bins"),
        messageZh: expect.stringContaining("分箱数"),
      }),
    );
  });

  it.each([
    { options: { method: "kmeans" }, why: "an unknown method" },
    { options: { monetary: "median" }, why: "an unknown monetary mode" },
  ])("rejects $why", ({ options }) => {
    expect(() => resolveRfmOptions(options as unknown as RfmOptions)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });
});
