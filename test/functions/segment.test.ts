import { segmentScheme } from "../../src/core/rfm";
import { scoreCustomers } from "../../src/core/score";
import { readCustomers } from "../../src/core/table";
import { segment as segmentFunction } from "../../src/functions/segment";
import { excelError } from "./_lib/excelShapes";
import { shown, thrown, transactionLog } from "./tableFixtures";

/** The function as Excel may call it: any value in any argument (single cells, readonly ranges). */
const segment = segmentFunction as (...args: unknown[]) => any[][];

describe("SEGMENT", () => {
  describe("rfm11: the R × F grid", () => {
    it.each([
      { r: 5, f: 5, label: "Champions" },
      { r: 5, f: 1, label: "New Customers" },
      { r: 4, f: 1, label: "Promising" },
      { r: 3, f: 3, label: "Need Attention" },
      { r: 2, f: 5, label: "Can't Lose Them" },
      { r: 1, f: 1, label: "Lost" },
    ])("R $r, F $f is $label", ({ r, f, label }) => {
      expect(segment([[r]], [[f]], [[1]])).toEqual([[label]]);
    });

    it("works element by element over ranges, keeping their shape", () => {
      expect(
        segment(
          [
            [5, 1],
            [3, 4],
          ],
          [
            [5, 1],
            [3, 1],
          ],
          [
            [1, 1],
            [1, 1],
          ],
        ),
      ).toEqual([
        ["Champions", "Lost"],
        ["Need Attention", "Promising"],
      ]);
    });

    it("rescales other scales to 1..5: on 10 bins, R 10 F 8 is R 5 F 4 (Champions)", () => {
      expect(segment(10, 8, 3, "rfm", 10)).toEqual([["Champions"]]);
    });

    it("labels in Chinese", () => {
      expect(segment([[5], [1]], [[5], [1]], 1, "", "", "zh")).toEqual([["冠军客户"], ["已流失客户"]]);
    });

    it("labels the diagonal 5..1 Champions, Loyal, Need Attention, Hibernating, Lost", () => {
      expect(segment([[5], [4], [3], [2], [1]], [[5], [4], [3], [2], [1]], 1).flat()).toEqual([
        "Champions",
        "Loyal",
        "Need Attention",
        "Hibernating",
        "Lost",
      ]);
    });

    it.each(["rfm11", "rfm-r10"] as const)("agrees with the %s segments scoreCustomers assigns", (scheme) => {
      const scored = scoreCustomers(readCustomers(transactionLog()).customers, {
        rfm: { scheme },
        clv: { method: "historical" },
      }).customers;
      const out = segment(
        scored.map((s) => [s.rfm.r]),
        scored.map((s) => [s.rfm.f]),
        scored.map((s) => [s.rfm.m]),
        scheme,
      );
      const labelOf = (key: string) => segmentScheme(scheme).segments.find((d) => d.key === key)!.label.en;
      expect(out).toEqual(scored.map((s) => [labelOf(s.rfm.segment)]));
    });
  });

  describe("rfm-r10: the R rfm package's boxes, first match wins", () => {
    it.each([
      { scores: [5, 5, 5], label: "Champions" },
      { scores: [1, 1, 1], label: "Lost" },
      { scores: [3, 1, 1], label: "About To Sleep" },
      { scores: [2, 5, 1], label: "Others" },
    ])("$scores is $label", ({ scores: [r, f, m], label }) => {
      expect(String(segment(r, f, m, "rfm-r10")[0]![0]).toLowerCase()).toBe(label.toLowerCase());
    });
  });

  describe("cn8: 0/1 flags (1 = recent, frequent, high spend)", () => {
    it.each([
      { flags: [1, 1, 1], label: "重要价值客户" },
      { flags: [1, 0, 1], label: "重要发展客户" },
      { flags: [0, 1, 1], label: "重要保持客户" },
      { flags: [0, 0, 1], label: "重要挽留客户" },
      { flags: [1, 1, 0], label: "一般价值客户" },
      { flags: [1, 0, 0], label: "一般发展客户" },
      { flags: [0, 1, 0], label: "一般保持客户" },
      { flags: [0, 0, 0], label: "一般挽留客户" },
    ])("$flags is $label", ({ flags: [r, f, m], label }) => {
      expect(segment(r, f, m, "cn8", "", "zh")).toEqual([[label]]);
    });

    it("uses the Volcano Engine labels with cn8-volcano", () => {
      expect(segment(0, 1, 1, "cn8-volcano", "", "zh")).toEqual([["重要唤回客户"]]);
    });

    it("explains that cn8 takes flags when given a score", () => {
      expect(segment(2, 1, 1, "cn8")[0]![0]).toMatchObject({
        code: "#N/A",
        message: "cn8 takes 0/1 flags (1 = recent, frequent, high spend); r is 2",
      });
    });
  });

  describe("unusable elements", () => {
    it.each([
      { r: 6, message: "r must be a whole score from 1 to 5; got 6" },
      { r: 0, message: "r must be a whole score from 1 to 5; got 0" },
      { r: 2.5, message: "r must be a whole score from 1 to 5; got 2.5" },
      { r: "high", message: 'r: "high" is not a number' },
      { r: excelError("#N/A"), message: "r is an error value (#N/A)" },
      { r: "", message: "r is blank" },
    ])("puts #N/A with a message on $r, and labels the others", ({ r, message }) => {
      const out = segment([[5], [r]], [[5], [3]], 1);
      expect(out[0]).toEqual(["Champions"]);
      expect(shown(out[1]![0])).toBe(`#N/A ${message}`);
    });

    it("reads scores typed as text", () => {
      expect(segment("5", " 4 ", "1")).toEqual([["Champions"]]);
    });

    it("leaves elements empty where r, f and m are all blank", () => {
      expect(segment([[5], [""]], [[5], [null]], [[1], [""]])).toEqual([["Champions"], [""]]);
    });
  });

  describe("reports unusable arguments as #VALUE! with a message", () => {
    it("names both sizes when ranges differ", () => {
      expect(thrown(() => segment([[1], [2]], [[1], [2], [3]], 1))).toMatchObject({
        code: "#VALUE!",
        message: "r is 2×1 but f is 3×1: the ranges must be the same size (or single cells)",
      });
    });

    it.each([
      { args: ["grid"], message: 'scheme must be one of rfm11, rfm, rfm-r10, cn8, cn8-volcano; got "grid"' },
      { args: ["", 1], message: "bins must be a whole number from 2 to 10; got 1" },
      { args: ["", "", "de"], message: 'lang must be "en" or "zh" (中文); got "de"' },
    ])("$message", ({ args, message }) => {
      expect(thrown(() => segment(5, 5, 5, ...args))).toMatchObject({
        code: "#VALUE!",
        message,
      });
    });

    it("answers in Chinese with lang zh", () => {
      expect(thrown(() => segment([[1], [2]], [[1]], [[1], [2], [3]], "", "", "zh"))).toMatchObject({
        code: "#VALUE!",
        message: "r 为 2×1，而 m 为 3×1：各区域的大小必须相同（或为单个单元格）",
      });
    });
  });
});
