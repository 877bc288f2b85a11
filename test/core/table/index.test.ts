import * as table from "../../../src/core/table";

describe("the table barrel", () => {
  it.each([
    "readCustomers",
    "summarizeTransactions",
    "detectColumns",
    "normalizeHeader",
    "parseDate",
    "parseAmount",
    "parseNumber",
    "parseCount",
    "parseText",
    "excelErrorOf",
    "isRejection",
    "HEADER_SYNONYMS",
    "FIELD_KEYS",
    "FIELD_LABELS",
    "ISSUE_MESSAGES",
    "ERROR_MESSAGES",
    "REQUIRED_FIELDS",
  ])("exposes %s", (name) => {
    expect((table as Record<string, unknown>)[name]).toBeDefined();
  });
});
