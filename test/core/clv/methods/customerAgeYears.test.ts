import { customerAgeYears } from "../../../../src/core/clv/methods/customerAgeYears";

describe("customerAgeYears", () => {
  it.each([
    { ageDays: 730, expected: { years: 2, known: true }, why: "two years (doc example)" },
    { ageDays: 20, expected: { years: 1, known: true }, why: "a new customer counts as one year (doc example)" },
    { ageDays: 365, expected: { years: 1, known: true }, why: "exactly a year" },
    { ageDays: NaN, expected: { years: 1, known: false }, why: "an unknown age counts as one year" },
    { ageDays: -5, expected: { years: 1, known: false }, why: "a negative age is unknown" },
  ])("gives $expected.years for $why", ({ ageDays, expected }) => {
    expect(customerAgeYears({ purchases: 1, total: 1, ageDays })).toEqual(expected);
  });
});
