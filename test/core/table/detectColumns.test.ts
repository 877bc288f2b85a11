import { detectColumns } from "../../../src/core/table/detectColumns";
import { FIELD_KEYS, HEADER_SYNONYMS, LIFETIMES_FIELDS } from "../../../src/core/table/headerSynonyms";

describe("detectColumns", () => {
  it("matches the examples in its documentation", () => {
    const headers = Object.freeze(["客户编号", "最近购买日期", "购买次数", "销售额(元)", "备注"]);
    expect(detectColumns(headers).columns).toEqual({ id: 0, lastPurchase: 1, purchases: 2, total: 3 });
    expect(detectColumns(headers).unmatchedHeaders).toEqual(["备注"]);
  });

  const nonLifetimes = FIELD_KEYS.filter((k) => !LIFETIMES_FIELDS.includes(k));
  it.each(nonLifetimes.flatMap((field) => HEADER_SYNONYMS[field].map((s) => ({ field, s }))))(
    "recognises the synonym $s as $field",
    ({ field, s }) => {
      expect(detectColumns(["unrelated", s]).columns[field]).toBe(1);
    },
  );

  it.each([
    { header: "CUSTOMER ID", field: "id" },
    { header: "customer_id", field: "id" },
    { header: "Cust-ID", field: "id" },
    { header: "客户ＩＤ", field: "id" },
    { header: "Amount ($)", field: "total" },
    { header: "销售额（元）", field: "total" },
    { header: "最近购买日期(2025)", field: "lastPurchase" },
    { header: "最近购买日期2025", field: "lastPurchase" },
    { header: "Total Sales Amount", field: "total" },
    { header: "所属行业", field: "industry" },
    { header: "Key Account Manager", field: "owner" },
    { header: "Sales Region", field: "region" },
    { header: "订单金额", field: "total" },
    { header: "交易金额合计", field: "total" },
  ])("recognises $header as $field", ({ header, field }) => {
    expect(detectColumns([header]).columns).toEqual({ [field]: 0 });
  });

  it.each(["产品名称", "客户类型", "Account Type", "Product Name", "Capacity", "Paid", "订单编号", "付款日期"])(
    "does not read the general word inside %s as a field",
    (header) => {
      expect(detectColumns([header]).columns).toEqual({});
      expect(detectColumns([header]).unmatchedHeaders).toEqual([header]);
    },
  );

  it("prefers an exact match over a contains match, even to its left", () => {
    expect(detectColumns(["最近购买日期2025", "最近购买日期"]).columns).toEqual({ lastPurchase: 1 });
  });

  it("leaves a header unmatched when the field it names best is taken, instead of a weaker reading", () => {
    // 最近购买日期2025 also contains 购买日期 (a transaction date), but it names a last purchase date
    expect(detectColumns(["最近购买日期2025", "最近购买日期"]).unmatchedHeaders).toEqual(["最近购买日期2025"]);
  });

  it("gives each field the first matching column and reports the rest", () => {
    const found = detectColumns(["ID", "Customer ID", "Name"]);
    expect(found.columns).toEqual({ id: 0, name: 2 });
    expect(found.unmatchedHeaders).toEqual(["Customer ID"]);
  });

  it("prefers the longer synonym in a contains match", () => {
    // "lastorderamount" contains "lastorder" (9) and "orderamount" (11)
    expect(detectColumns(["Last Order Amount"]).columns).toEqual({ total: 0 });
  });

  it("uses a column for one field only", () => {
    const found = detectColumns(["Sales", "Sales 2024"]);
    expect(found.columns).toEqual({ total: 0 });
    expect(found.unmatchedHeaders).toEqual(["Sales 2024"]);
  });

  it("leaves blank headers out of the unmatched list", () => {
    expect(detectColumns(["ID", null, "", "Note"]).unmatchedHeaders).toEqual(["Note"]);
  });

  it("reads frequency as the purchase count in an ordinary summary", () => {
    const found = detectColumns(["ID", "Frequency", "Recency"]);
    expect(found.lifetimesStyle).toBe(false);
    expect(found.columns).toEqual({ id: 0, purchases: 1 });
  });

  it.each([
    { headers: ["customer_id", "frequency", "recency", "T", "monetary_value"], why: "lifetimes names" },
    { headers: ["ID", "x", "t_x", "T", "zbar"], why: "CDNOW names" },
  ])("recognises a lifetimes-style header row ($why)", ({ headers }) => {
    const found = detectColumns(headers);
    expect(found.lifetimesStyle).toBe(true);
    expect(found.columns).toEqual({
      id: 0,
      lifetimesFrequency: 1,
      lifetimesRecency: 2,
      lifetimesT: 3,
      lifetimesMonetary: 4,
    });
  });

  it("can be told to ignore lifetimes columns", () => {
    const found = detectColumns(["ID", "frequency", "recency", "T"], { lifetimes: false });
    expect(found.lifetimesStyle).toBe(false);
    expect(found.columns).toEqual({ id: 0, purchases: 1 });
  });

  describe("with a mapping", () => {
    it("lets the mapping override recognition, by index or by header text", () => {
      const found = detectColumns(["编号", "客户代码", "Amount", "Revenue"], { mapping: { id: 1, total: "Revenue" } });
      expect(found.columns).toEqual({ id: 1, total: 3 });
      expect(found.unmatchedHeaders).toEqual(["编号", "Amount"]);
    });

    it("finds a mapped header after normalization", () => {
      expect(detectColumns(["Total (USD)"], { mapping: { total: "total" } }).columns).toEqual({ total: 0 });
    });

    it("maps lifetimes columns and then reads the table as lifetimes-style", () => {
      const found = detectColumns(["id", "a", "b", "c", "d"], {
        mapping: { lifetimesFrequency: 1, lifetimesRecency: 2, lifetimesT: 3, lifetimesMonetary: 4 },
      });
      expect(found.lifetimesStyle).toBe(true);
    });

    it.each([
      { mapping: { bogus: 0 }, why: "an unknown field" },
      { mapping: { id: 5 }, why: "a column index past the end" },
      { mapping: { id: -1 }, why: "a negative column index" },
      { mapping: { id: 0.5 }, why: "a fractional column index" },
      { mapping: { id: "Nope" }, why: "a header that does not exist" },
      { mapping: { id: 0, name: "ID" }, why: "one column for two fields" },
    ])("rejects $why", ({ mapping }) => {
      expect(() => detectColumns(["ID", "Name"], { mapping: mapping as never })).toThrow(
        expect.objectContaining({ code: "BAD_ARGUMENT" }),
      );
    });
  });
});
