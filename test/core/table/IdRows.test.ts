import { IdRows } from "../../../src/core/table/IdRows";

describe("IdRows", () => {
  it("matches the example in its documentation", () => {
    const ids = new IdRows();
    ids.set("1001", 2);
    expect(ids.get("1001")).toBe(2);
    expect(ids.get("01001")).toBeUndefined();
  });

  it.each([
    ["1001", "01001"],
    ["0", "00"],
    ["123456789", "1234567890"],
    ["C1", "c1"],
    ["1001", "1001.0"],
    ["1001", " 1001"],
    ["12", "１２"],
    ["constructor", "toString"],
    ["__proto__", "hasOwnProperty"],
  ])("keeps %p and %p apart", (a, b) => {
    const ids = new IdRows();
    ids.set(a, 2);
    expect(ids.get(a)).toBe(2);
    expect(ids.get(b)).toBeUndefined();
    ids.set(b, 3);
    expect([ids.get(a), ids.get(b)]).toEqual([2, 3]);
  });

  it("finds what it was given, for numeric and other IDs alike", () => {
    const ids = new IdRows();
    const all = ["0", "7", "999999999", "1000000000", "-5", "1e+21", "A-1", "客户1", ""];
    all.forEach((id, i) => ids.set(id, i + 2));
    expect(all.map((id) => ids.get(id))).toEqual(all.map((_, i) => i + 2));
  });
});
