import type { LocalizedText } from "../types";
import type { FieldKey } from "./headerSynonyms";

/**
 * Every text the table reader shows to people, in English and Chinese: field names, the messages
 * of row issues, and the messages of the errors it throws. Data only.
 */

/** The name of each field as shown in messages and in the column-mapping UI. */
export const FIELD_LABELS: Readonly<Record<FieldKey, LocalizedText>> = Object.freeze({
  id: { en: "customer ID", zh: "客户编号" },
  name: { en: "customer name", zh: "客户名称" },
  lastPurchase: { en: "last purchase date", zh: "最近购买日期" },
  firstPurchase: { en: "first purchase date", zh: "首次购买日期" },
  purchases: { en: "purchase count", zh: "购买次数" },
  total: { en: "total amount", zh: "消费金额" },
  date: { en: "transaction date", zh: "交易日期" },
  margin: { en: "gross margin", zh: "毛利" },
  costToServe: { en: "cost to serve", zh: "服务成本" },
  industry: { en: "industry", zh: "行业" },
  region: { en: "region", zh: "地区" },
  size: { en: "company size", zh: "企业规模" },
  owner: { en: "account owner", zh: "负责人" },
  nps: { en: "NPS", zh: "净推荐值" },
  satisfaction: { en: "satisfaction", zh: "满意度" },
  complaints: { en: "complaints", zh: "投诉次数" },
  complaintsPrevious: { en: "previous complaints", zh: "上期投诉次数" },
  currentRatio: { en: "current ratio", zh: "流动比率" },
  netMargin: { en: "net profit margin", zh: "净利率" },
  roa: { en: "return on assets", zh: "总资产收益率" },
  dso: { en: "days sales outstanding", zh: "回款周期" },
  inventoryDays: { en: "inventory days", zh: "存货周期" },
  monthlyVolume: { en: "monthly purchase volume", zh: "月采购额" },
  strategicFit: { en: "strategic fit", zh: "战略匹配度" },
  growth: { en: "growth rate", zh: "增长率" },
  lifetimesFrequency: { en: "frequency (repeat purchases)", zh: "重复购买次数 (frequency)" },
  lifetimesRecency: { en: "recency (first to last purchase)", zh: "首末购买间隔 (recency)" },
  lifetimesT: { en: "T (customer age)", zh: "客户年龄 (T)" },
  lifetimesMonetary: { en: "monetary_value (mean repeat value)", zh: "重复购买平均金额 (monetary_value)" },
});

/** How a row or value was handled after an issue. */
export type IssueOutcome = "rowSkipped" | "valueIgnored" | "kept";

const OUTCOME: Readonly<Record<IssueOutcome, LocalizedText>> = {
  rowSkipped: { en: "the row was skipped", zh: "已跳过该行" },
  valueIgnored: { en: "the value was ignored", zh: "已忽略该值" },
  kept: { en: "the row was kept", zh: "已保留该行" },
};

function quote(value: string): LocalizedText {
  return { en: `"${value}"`, zh: `“${value}”` };
}

function sentence(en: string, zh: string, outcome: IssueOutcome): LocalizedText {
  return { en: `${en}; ${OUTCOME[outcome].en}.`, zh: `${zh}，${OUTCOME[outcome].zh}。` };
}

/** Messages of the row and cell issues, by situation. `field` is a {@link FIELD_LABELS} entry. */
export const ISSUE_MESSAGES = Object.freeze({
  missingId: (): LocalizedText => sentence("The customer ID is empty", "客户编号为空", "rowSkipped"),
  missingValue: (field: LocalizedText): LocalizedText =>
    sentence(`The ${field.en} is empty`, `${field.zh}为空`, "rowSkipped"),
  errorValue: (field: LocalizedText, error: string, outcome: IssueOutcome): LocalizedText =>
    sentence(`The ${field.en} cell shows the error ${error}`, `${field.zh}单元格为错误值 ${error}`, outcome),
  notANumber: (field: LocalizedText, value: string, outcome: IssueOutcome): LocalizedText =>
    sentence(
      `${quote(value).en} is not a number (${field.en})`,
      `${quote(value).zh}不是有效的数字（${field.zh}）`,
      outcome,
    ),
  notADate: (field: LocalizedText, value: string, outcome: IssueOutcome): LocalizedText =>
    sentence(
      `${quote(value).en} is not a date (${field.en}); write dates as YYYY-MM-DD, e.g. 2025-01-23`,
      `${quote(value).zh}不是有效的日期（${field.zh}），请使用 YYYY-MM-DD 格式，例如 2025-01-23`,
      outcome,
    ),
  ambiguousDate: (field: LocalizedText, value: string, outcome: IssueOutcome): LocalizedText =>
    sentence(
      `${quote(value).en} could be day/month or month/day (${field.en}); write dates as YYYY-MM-DD, e.g. 2025-01-23`,
      `${quote(value).zh}无法区分日/月顺序（${field.zh}），请使用 YYYY-MM-DD 格式，例如 2025-01-23`,
      outcome,
    ),
  dateOutOfRange: (field: LocalizedText, value: string, outcome: IssueOutcome): LocalizedText =>
    sentence(
      `${quote(value).en} is outside the dates Excel knows, 1900-01-01 to 9999-12-31 (${field.en})`,
      `${quote(value).zh}超出 Excel 日期范围 1900-01-01 至 9999-12-31（${field.zh}）`,
      outcome,
    ),
  notText: (field: LocalizedText, value: string, outcome: IssueOutcome): LocalizedText =>
    sentence(
      `${quote(value).en} cannot be read as text (${field.en})`,
      `${quote(value).zh}无法作为文本读取（${field.zh}）`,
      outcome,
    ),
  notWholeNumber: (field: LocalizedText, value: string, outcome: IssueOutcome): LocalizedText =>
    sentence(
      `${quote(value).en} is not a whole number (${field.en})`,
      `${quote(value).zh}不是整数（${field.zh}）`,
      outcome,
    ),
  negativeCount: (field: LocalizedText, value: string, outcome: IssueOutcome): LocalizedText =>
    sentence(
      `${quote(value).en} is negative; a count cannot be below zero (${field.en})`,
      `${quote(value).zh}为负数，次数不能小于零（${field.zh}）`,
      outcome,
    ),
  negativeValue: (field: LocalizedText, value: string, outcome: IssueOutcome): LocalizedText =>
    sentence(
      `${quote(value).en} is negative; the ${field.en} cannot be below zero`,
      `${quote(value).zh}为负数，${field.zh}不能小于零`,
      outcome,
    ),
  tooLarge: (field: LocalizedText, value: string, outcome: IssueOutcome): LocalizedText =>
    sentence(
      `${quote(value).en} is too large to read (${field.en}): numbers must be below 10^15, the 15 digits Excel keeps exactly`,
      `${quote(value).zh}过大，无法读取（${field.zh}）：数值必须小于 10^15，即 Excel 能精确保存的 15 位数字`,
      outcome,
    ),
  negativeAmount: (field: LocalizedText, value: string): LocalizedText =>
    sentence(
      `The ${field.en} ${value} is negative (a refund?); it is counted as it is`,
      `${field.zh} ${value} 为负数（退款？），按原值计入`,
      "kept",
    ),
  zeroAmount: (field: LocalizedText): LocalizedText => sentence(`The ${field.en} is zero`, `${field.zh}为零`, "kept"),
  noPurchase: (): LocalizedText =>
    sentence(
      "The purchase count is 0: a customer with no purchase cannot be scored",
      "购买次数为 0：没有购买记录的客户无法评分",
      "rowSkipped",
    ),
  futureDateSummary: (field: LocalizedText, date: string, asOf: string): LocalizedText =>
    sentence(
      `The ${field.en} ${date} is after the as-of date ${asOf}`,
      `${field.zh} ${date} 晚于分析基准日 ${asOf}`,
      "rowSkipped",
    ),
  futureDateTransaction: (date: string, asOf: string): LocalizedText => ({
    en: `The transaction on ${date} is after the as-of date ${asOf}; it was left out of the summary.`,
    zh: `该笔交易日期 ${date} 晚于分析基准日 ${asOf}，未计入汇总。`,
  }),
  duplicateId: (id: string, firstRow: number): LocalizedText =>
    sentence(
      `The customer ID ${quote(id).en} already appears in row ${firstRow}`,
      `客户编号${quote(id).zh}已在第 ${firstRow} 行出现`,
      "rowSkipped",
    ),
  lastBeforeFirst: (last: string, first: string): LocalizedText =>
    sentence(
      `The last purchase date ${last} is before the first purchase date ${first}`,
      `最近购买日期 ${last} 早于首次购买日期 ${first}`,
      "rowSkipped",
    ),
  oneTimeBuyerSpan: (first: string, last: string): LocalizedText =>
    sentence(
      `The purchase count is 1 but the first (${first}) and last (${last}) purchase dates differ; the customer is taken as one purchase on the last date, a customer since the first date`,
      `购买次数为 1，但首次（${first}）与最近（${last}）购买日期不同；按在最近日期购买一次、自首次日期起成为客户处理`,
      "kept",
    ),
  lifetimesRecencyAfterT: (recency: string, age: string): LocalizedText =>
    sentence(
      `recency (${recency}) is greater than T (${age}): the last purchase cannot be after the end of the period`,
      `recency（${recency}）大于 T（${age}）：最近购买不能晚于观察期末`,
      "rowSkipped",
    ),
  lifetimesRecencyWithoutRepeat: (recency: string): LocalizedText =>
    sentence(
      `frequency is 0 but recency is ${recency}: with no repeat purchase, recency must be 0`,
      `frequency 为 0 但 recency 为 ${recency}：没有重复购买时 recency 必须为 0`,
      "rowSkipped",
    ),
  lifetimesNegative: (field: LocalizedText, value: string): LocalizedText =>
    sentence(`The ${field.en} ${value} is negative`, `${field.zh} ${value} 为负数`, "rowSkipped"),
  strategicFitOutOfRange: (value: string): LocalizedText =>
    sentence(`Strategic fit ${value} is outside 0–100`, `战略匹配度 ${value} 超出 0–100 范围`, "valueIgnored"),
  modelNeedsFirstPurchase: (count: number): LocalizedText => ({
    en: `${count} repeat customers have no first purchase date, so the time between their first and last purchase is unknown. RFM is unaffected; for the probabilistic CLV model (BG/NBD) they are treated as if all their purchases fell on the last purchase date, which understates their repeat rate. Add a first purchase date column for a better model.`,
    zh: `有 ${count} 位重复购买客户缺少首次购买日期，无法得知其首末购买间隔。RFM 不受影响；概率 CLV 模型（BG/NBD）会把他们的所有购买视为发生在最近购买日，这会低估其复购率。请补充首次购买日期列以改进模型。`,
  }),
});

/** Messages of the errors the table reader throws. */
export const ERROR_MESSAGES = Object.freeze({
  emptyTable: (): LocalizedText => ({
    en: "The table is empty: it needs a header row and at least one row of data.",
    zh: "表格为空：需要一行表头和至少一行数据。",
  }),
  noHeader: (): LocalizedText => ({
    en: "The table has no header row: the first row is empty.",
    zh: "表格没有表头：第一行为空。",
  }),
  noDataRows: (): LocalizedText => ({
    en: "The table has a header row but no rows of data.",
    zh: "表格只有表头，没有数据行。",
  }),
  missingColumns: (
    shapeName: LocalizedText,
    missing: readonly LocalizedText[],
    found: readonly string[],
    mentionLog: boolean,
  ): LocalizedText => {
    const foundText = found.length > 0 ? found.join(", ") : "—";
    const log = mentionLog
      ? {
          en: " A transaction log needs customer ID, transaction date and amount columns instead.",
          zh: "如为交易明细，则需要客户编号、交易日期和金额三列。",
        }
      : { en: "", zh: "" };
    return {
      en: `Cannot read the table as ${shapeName.en}: missing column(s) ${missing.map((m) => m.en).join(", ")}. Columns found: ${foundText}.${log.en} Rename the headers or set the column mapping.`,
      zh: `无法按${shapeName.zh}读取表格：缺少列 ${missing.map((m) => m.zh).join("、")}。已有列：${foundText}。${log.zh}请修改表头或设置列映射。`,
    };
  },
  unknownField: (field: string): LocalizedText => ({
    en: `The column mapping names an unknown field "${field}".`,
    zh: `列映射中的字段“${field}”不存在。`,
  }),
  mappedColumnNotFound: (field: LocalizedText, column: string): LocalizedText => ({
    en: `The column mapping for ${field.en} points to "${column}", which is not in the header row.`,
    zh: `${field.zh}的列映射指向“${column}”，但表头中没有该列。`,
  }),
  mappedColumnTwice: (column: string, first: LocalizedText, second: LocalizedText): LocalizedText => ({
    en: `The column mapping uses the column "${column}" for both ${first.en} and ${second.en}.`,
    zh: `列映射把列“${column}”同时用于${first.zh}和${second.zh}。`,
  }),
  badOption: (name: string, value: string, expected: LocalizedText): LocalizedText => ({
    en: `The option ${name} = ${value} is not valid: ${expected.en}.`,
    zh: `选项 ${name} = ${value} 无效：${expected.zh}。`,
  }),
});

/** Names of the table shapes, for messages. */
export const SHAPE_LABELS = Object.freeze({
  summary: { en: "a customer summary (one row per customer)", zh: "客户汇总表（每行一个客户）" },
  transactions: { en: "a transaction log (one row per purchase)", zh: "交易明细（每行一笔交易）" },
  lifetimes: {
    en: "a lifetimes-style summary (frequency, recency, T, monetary_value)",
    zh: "lifetimes 格式汇总（frequency、recency、T、monetary_value）",
  },
} satisfies Record<string, LocalizedText>);
