import { normalizeHeader } from "../../../src/core/table/normalizeHeader";

describe("normalizeHeader", () => {
  it.each([
    { header: "Customer_ID", expected: "customerid" },
    { header: "customer-id", expected: "customerid" },
    { header: " Customer ID ", expected: "customerid" },
    { header: "销售额（元）", expected: "销售额" },
    { header: "销售额(元)", expected: "销售额" },
    { header: " Amount ($) ", expected: "amount" },
    { header: "Amount [USD]", expected: "amount" },
    { header: "客户ID【必填】", expected: "客户id" },
    { header: "ＣＵＳＴＯＭＥＲ　ＩＤ", expected: "customerid" },
    { header: "客户编号：", expected: "客户编号" },
    { header: "monetary_value", expected: "monetaryvalue" },
    { header: "t_x", expected: "tx" },
    { header: "T", expected: "t" },
    { header: "(ID)", expected: "id" },
    { header: "", expected: "" },
  ])("normalizes $header to $expected", ({ header, expected }) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});
