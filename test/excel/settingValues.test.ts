import { settingRecord, settingStrings } from "../../src/excel/settingValues";

describe("settingStrings", () => {
  it.each([
    [
      ["Plan", 3, "Scores"],
      ["Plan", "Scores"],
    ],
    ["Plan", []],
    [undefined, []],
    [{ a: "b" }, []],
  ])("reads %j as %j", (value, names) => {
    expect(settingStrings(value)).toEqual(names);
  });
});

describe("settingRecord", () => {
  it.each([
    [{ Customers: ["CLV"] }, { Customers: ["CLV"] }],
    [[1, 2], {}],
    [null, {}],
    ["x", {}],
  ])("reads %j as %j", (value, record) => {
    expect(settingRecord(value)).toEqual(record);
  });
});
