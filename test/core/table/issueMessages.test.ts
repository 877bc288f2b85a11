import { ERROR_MESSAGES, FIELD_LABELS, ISSUE_MESSAGES, SHAPE_LABELS } from "../../../src/core/table/issueMessages";
import type { LocalizedText } from "../../../src/core/types";

const CHINESE = /[\u4e00-\u9fff]/;
const field = FIELD_LABELS.total;

/** Every message, called with sample arguments. */
const ALL: Record<string, LocalizedText> = {
  missingId: ISSUE_MESSAGES.missingId(),
  missingValue: ISSUE_MESSAGES.missingValue(field),
  errorValue: ISSUE_MESSAGES.errorValue(field, "#N/A", "valueIgnored"),
  notANumber: ISSUE_MESSAGES.notANumber(field, "abc", "rowSkipped"),
  notADate: ISSUE_MESSAGES.notADate(field, "abc", "rowSkipped"),
  ambiguousDate: ISSUE_MESSAGES.ambiguousDate(field, "1/2/2025", "rowSkipped"),
  dateOutOfRange: ISSUE_MESSAGES.dateOutOfRange(field, "-3", "rowSkipped"),
  notText: ISSUE_MESSAGES.notText(field, "[object]", "rowSkipped"),
  notWholeNumber: ISSUE_MESSAGES.notWholeNumber(field, "2.5", "rowSkipped"),
  negativeCount: ISSUE_MESSAGES.negativeCount(field, "-1", "rowSkipped"),
  negativeValue: ISSUE_MESSAGES.negativeValue(FIELD_LABELS.costToServe, "-1", "valueIgnored"),
  tooLarge: ISSUE_MESSAGES.tooLarge(field, "1E+16", "rowSkipped"),
  negativeAmount: ISSUE_MESSAGES.negativeAmount(field, "-5"),
  zeroAmount: ISSUE_MESSAGES.zeroAmount(field),
  noPurchase: ISSUE_MESSAGES.noPurchase(),
  futureDateSummary: ISSUE_MESSAGES.futureDateSummary(field, "2025-02-01", "2025-01-01"),
  futureDateTransaction: ISSUE_MESSAGES.futureDateTransaction("2025-02-01", "2025-01-01"),
  duplicateId: ISSUE_MESSAGES.duplicateId("A", 2),
  lastBeforeFirst: ISSUE_MESSAGES.lastBeforeFirst("2025-01-01", "2025-02-01"),
  oneTimeBuyerSpan: ISSUE_MESSAGES.oneTimeBuyerSpan("2025-01-01", "2025-02-01"),
  lifetimesRecencyAfterT: ISSUE_MESSAGES.lifetimesRecencyAfterT("40", "38"),
  lifetimesRecencyWithoutRepeat: ISSUE_MESSAGES.lifetimesRecencyWithoutRepeat("3"),
  lifetimesNegative: ISSUE_MESSAGES.lifetimesNegative(field, "-1"),
  strategicFitOutOfRange: ISSUE_MESSAGES.strategicFitOutOfRange("250"),
  modelNeedsFirstPurchase: ISSUE_MESSAGES.modelNeedsFirstPurchase(3),
  emptyTable: ERROR_MESSAGES.emptyTable(),
  noHeader: ERROR_MESSAGES.noHeader(),
  noDataRows: ERROR_MESSAGES.noDataRows(),
  missingColumns: ERROR_MESSAGES.missingColumns(SHAPE_LABELS.summary, [field], ["A"], false),
  missingColumnsOrLog: ERROR_MESSAGES.missingColumns(SHAPE_LABELS.summary, [field], [], true),
  unknownField: ERROR_MESSAGES.unknownField("x"),
  mappedColumnNotFound: ERROR_MESSAGES.mappedColumnNotFound(field, "x"),
  mappedColumnTwice: ERROR_MESSAGES.mappedColumnTwice("x", field, FIELD_LABELS.id),
  badOption: ERROR_MESSAGES.badOption("unit", "months", { en: "days or weeks", zh: "days 或 weeks" }),
};

describe("issue and error messages", () => {
  it("covers every message in the tables", () => {
    const names = new Set(Object.keys(ALL).map((k) => k.replace(/OrLog$/, "")));
    expect([...names].sort()).toEqual([...Object.keys(ISSUE_MESSAGES), ...Object.keys(ERROR_MESSAGES)].sort());
  });

  it.each(Object.entries(ALL))("%s has an English sentence and a Chinese one", (_, text) => {
    expect(text.en).toMatch(/^[A-Z"a-z0-9]/);
    expect(text.en).toMatch(/[.]$/);
    expect(text.en).not.toMatch(CHINESE);
    expect(text.zh).toMatch(CHINESE);
    expect(text.zh).toMatch(/[。]$/);
    expect(`${text.en} ${text.zh}`).not.toMatch(/undefined|NaN/);
  });

  it("names the offending value in both languages", () => {
    expect(ALL.notANumber!.en).toContain('"abc"');
    expect(ALL.notANumber!.zh).toContain("“abc”");
  });
});
