import { argumentError } from "../../../src/functions/_lib/argumentError";
import { errorArgument } from "../../../src/functions/_lib/errorArgument";
import { shownValue } from "../../../src/functions/_lib/shownValue";

describe("argumentError", () => {
  it("names the argument in both messages and keeps it in the detail", () => {
    const e = argumentError("bins", "must be a whole number", "必须是整数", 2.5);
    expect(e).toMatchObject({
      name: "DomainError",
      code: "BAD_ARGUMENT",
      message: "bins must be a whole number",
      messageZh: "bins 必须是整数",
      detail: { argument: "bins", value: 2.5 },
    });
  });
});

describe("errorArgument", () => {
  it("says which error value the argument holds", () => {
    expect(errorArgument("asOf", "#N/A")).toMatchObject({
      message: "asOf is an error value (#N/A)",
      messageZh: "asOf 是错误值（#N/A）",
    });
  });
});

describe("shownValue", () => {
  it.each([
    { value: "abc", shown: '"abc"' },
    { value: "x".repeat(50), shown: JSON.stringify(`${"x".repeat(39)}…`) },
    { value: true, shown: "TRUE" },
    { value: false, shown: "FALSE" },
    { value: 2.5, shown: "2.5" },
    { value: null, shown: "(blank)" },
    { value: undefined, shown: "(blank)" },
    { value: {}, shown: "[object Object]" },
  ])("shows $value as $shown", ({ value, shown }) => {
    expect(shownValue(value)).toBe(shown);
  });
});
