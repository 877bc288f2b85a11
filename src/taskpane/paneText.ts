/**
 * Every word the task pane shows, in English and Chinese. Names the plan and the table reader
 * already have (fields, input types, segment schemes, CLV methods, ambition levels, default roles,
 * table words) are taken from the core's tables, so the pane and the plan sheet say the same thing.
 * One table for the whole pane (over 400 lines, on purpose): both languages side by side in one place.
 */
import { CLV_METHOD_LABELS } from "../core/plan";
import type { Ambition } from "../core/plan";
import { englishCount } from "../core/plan/englishCount";
import { AMBITION_LABELS } from "../core/plan/layout";
import { WORDS } from "../core/plan/layout/layoutLabels";
import type { PriorityCriterion } from "../core/priority";
import { segmentScheme } from "../core/rfm";
import type { SegmentSchemeKey } from "../core/rfm";
import { FIELD_LABELS, SHAPE_LABELS } from "../core/table";
import type { FieldKey, TableShape } from "../core/table";
import type { ClvRequestedMethod } from "../core/clv";
import type { Lang } from "../core/types";

/** The task pane's words in one language. */
export interface PaneText {
  readonly productName: string;
  readonly tagline: string;
  readonly version: (version: string) => string;
  readonly language: string;
  readonly functionsHeading: string;
  readonly functionsIntro: string;
  readonly example: string;

  readonly steps: string;
  readonly tabData: string;
  readonly tabAnalyze: string;
  readonly tabPlan: string;
  readonly tabFunctions: string;

  readonly fileIntro: string;
  readonly openFile: string;
  readonly opening: string;
  readonly openedFile: (name: string) => string;
  readonly download: string;
  readonly downloaded: (name: string) => string;

  readonly table: string;
  readonly tableOption: (name: string, rows: number) => string;
  readonly refreshTables: string;
  readonly useSelection: string;
  readonly noTables: string;
  readonly noFile: string;
  readonly reading: string;
  readonly inputType: string;
  readonly shapeLabel: (shape: TableShape) => string;
  readonly shapeAuto: (detected: TableShape) => string;
  readonly asOf: string;
  readonly asOfHint: (latest: string | undefined) => string;
  readonly columnsHeading: string;
  readonly columnsIntro: string;
  readonly fieldLabel: (field: FieldKey) => string;
  readonly requiredField: (label: string) => string;
  readonly chooseColumn: string;
  readonly notUsed: string;
  readonly columnOption: (letters: string, header: string) => string;
  readonly recognised: string;
  readonly chosen: string;
  readonly pickColumn: string;
  readonly showAllFields: string;
  readonly columnsMissing: string;
  readonly nothingToRead: string;
  readonly rowsAndIssues: (rows: number, issues: number) => string;
  readonly customersReadable: (customers: number) => string;
  readonly noIssues: string;
  readonly issuesHeading: string;
  readonly issuesHint: string;
  readonly severity: (severity: "error" | "warning") => string;
  readonly moreIssues: (count: number) => string;

  readonly scheme: string;
  readonly schemeName: (scheme: SegmentSchemeKey) => string;
  readonly clvMethod: string;
  readonly clvMethodName: (method: ClvRequestedMethod) => string;
  readonly clvAutoHint: string;
  readonly weightsHeading: string;
  readonly weightsHint: string;
  readonly criterion: (criterion: PriorityCriterion) => string;
  readonly percent: (value: number) => string;
  readonly resetWeights: string;
  readonly analyze: string;
  readonly analyzeAgain: string;
  readonly cancel: string;
  readonly progress: string;
  readonly starting: string;
  readonly readingRows: (done: string, total: string) => string;
  readonly scoring: string;
  readonly writingRows: (done: string, total: string) => string;
  readonly cancelling: string;
  readonly cancelled: string;
  readonly needTable: string;
  readonly needColumns: string;
  readonly scored: (customers: number) => string;
  readonly wroteColumns: (count: number, table: string) => string;
  readonly wroteSheet: (sheet: string) => string;
  readonly clvUsed: (method: string) => string;
  readonly clvWhy: (reason: string) => string;
  readonly segmentsHeading: string;
  readonly segment: string;
  readonly customers: string;
  readonly share: string;
  readonly revenue: string;
  readonly revenueShare: string;
  readonly total: string;
  readonly breakpointsHeading: string;
  readonly breakpointsIntro: (bins: number) => string;
  readonly thresholdsIntro: string;
  readonly dimension: string;
  readonly cutPoints: string;
  readonly threshold: string;
  readonly recencyDays: string;
  readonly frequencyPurchases: string;
  readonly monetaryAmount: (average: boolean) => string;
  readonly recencyNote: string;

  readonly needAnalysis: string;
  readonly planName: string;
  readonly defaultPlanName: (year: string) => string;
  readonly startDate: string;
  readonly horizon: string;
  readonly quarters: (count: number) => string;
  readonly rolesHeading: string;
  readonly rolesHint: string;
  readonly role: (position: number) => string;
  readonly removeRole: (position: number) => string;
  readonly addRole: string;
  readonly defaultRoles: string;
  readonly planLanguage: string;
  readonly ambition: string;
  readonly ambitionName: (ambition: Ambition) => string;
  readonly buildPlan: string;
  readonly rebuildPlan: string;
  readonly building: string;
  readonly built: (sheet: string) => string;
  readonly builtInFile: string;
  readonly keepsEdits: string;
  readonly nameNeeded: string;
  readonly startNeeded: string;
  readonly roleNeedsName: (position: number) => string;
  readonly roleTwice: (name: string) => string;

  readonly unexpected: (message: string) => string;
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const CRITERIA: Readonly<Record<PriorityCriterion, { en: string; zh: string }>> = {
  strategic: { en: "Strategic alignment", zh: "战略对齐度" },
  returnOnResources: { en: "Return on resources", zh: "资源投入产出比" },
  growth: { en: "Growth potential", zh: "客户成长潜力" },
  riskControl: { en: "Risk controllability", zh: "风险可控性" },
};

const en: PaneText = {
  productName: "CDP Customer Development Planning",
  tagline: "Score customers with RFM, CLV and priority, right in Excel.",
  version: (v) => `Version ${v}`,
  language: "Language",
  functionsHeading: "Functions in cells",
  functionsIntro: "Type these formulas in any cell. Results spill into the cells below and to the right.",
  example: "Example:",

  steps: "Steps",
  tabData: "Data",
  tabAnalyze: "Analyze",
  tabPlan: "Build plan",
  tabFunctions: "Functions",

  fileIntro:
    "Outside Excel, open a customer workbook (.xlsx) or a CSV file. It is processed on this computer only: nothing is uploaded.",
  openFile: "Open an .xlsx or .csv file",
  opening: "Opening the file…",
  openedFile: (name) => `Open file: ${name}`,
  download: "Download the workbook",
  downloaded: (name) => `Saved as ${name} in your downloads.`,

  table: "Customer table",
  tableOption: (name, rows) => `${name} (${englishCount(rows, "row")})`,
  refreshTables: "Refresh the table list",
  useSelection: "Use the selected range",
  noTables:
    "No customer table found. Put your customers on a sheet under a header row (or in an Excel table), then refresh the list.",
  noFile: "Open a file to start.",
  reading: "Reading the table…",
  inputType: "Input type",
  shapeLabel: (shape) => capitalized(SHAPE_LABELS[shape].en),
  shapeAuto: (detected) => `Automatic: ${SHAPE_LABELS[detected].en}`,
  asOf: "As-of date",
  asOfHint: (latest) =>
    `Recency is measured to this day. Leave it empty for the latest date in the data${latest ? ` (${latest})` : ""}.`,
  columnsHeading: "Columns",
  columnsIntro: "Each field is matched to a column by its header, in English or Chinese. Change any that is wrong.",
  fieldLabel: (field) => capitalized(FIELD_LABELS[field].en),
  requiredField: (label) => `${label} (required)`,
  chooseColumn: "Choose a column",
  notUsed: "Not used",
  columnOption: (letters, header) => `${letters}: ${header || "(no header)"}`,
  recognised: "Recognised from the header.",
  chosen: "Chosen by you.",
  pickColumn: "Pick the column that holds this field.",
  showAllFields: "Show all fields",
  columnsMissing: "Columns missing",
  nothingToRead: "Nothing to read",
  rowsAndIssues: (rows, issues) => `${englishCount(rows, "row")}, ${englishCount(issues, "issue")}`,
  customersReadable: (customers) => `${englishCount(customers, "customer")} can be scored.`,
  noIssues: "No issues found.",
  issuesHeading: "Issues",
  issuesHint: "Select an issue to go to its cell.",
  severity: (s) => (s === "error" ? "Error" : "Warning"),
  moreIssues: (count) =>
    `…and ${englishCount(count, "more issue")}; after Analyze each is noted in the CDP_note column.`,

  scheme: "Segment scheme",
  schemeName: (scheme) => segmentScheme(scheme).name.en,
  clvMethod: "CLV method",
  clvMethodName: (method) =>
    method === "auto" ? "Automatic (model when the data supports it)" : CLV_METHOD_LABELS[method].en,
  clvAutoHint:
    "Automatic fits the BG/NBD and Gamma-Gamma models when there are enough repeat customers; otherwise it uses the retention method and says why.",
  weightsHeading: "Priority weights",
  weightsHint: "The four weights always add up to 100%. Moving one rescales the others in proportion.",
  criterion: (c) => CRITERIA[c].en,
  percent: (value) => `${value}%`,
  resetWeights: "Default weights (30/25/25/20)",
  analyze: "Analyze",
  analyzeAgain: "Analyze again",
  cancel: "Cancel",
  progress: "Progress",
  starting: "Starting…",
  readingRows: (done, total) => `Reading rows: ${done} of ${total}`,
  scoring: "Scoring the customers…",
  writingRows: (done, total) => `Writing the results: ${done} of ${total}`,
  cancelling: "Cancelling…",
  cancelled: "Analyze was cancelled. Nothing was written.",
  needTable: "Pick a customer table on the Data tab first.",
  needColumns: "Some needed columns are missing: choose them on the Data tab.",
  scored: (customers) => `Scored ${englishCount(customers, "customer")}.`,
  wroteColumns: (count, table) => `Wrote ${englishCount(count, "column")} next to ${table}.`,
  wroteSheet: (sheet) => `Wrote the sheet ${sheet}.`,
  clvUsed: (method) => `CLV method used: ${method}.`,
  clvWhy: (reason) => `Why: ${reason}`,
  segmentsHeading: "Segments",
  segment: "Segment",
  customers: WORDS.customers.en,
  share: "Share",
  revenue: "Revenue",
  revenueShare: WORDS.revenueShare.en,
  total: "Total",
  breakpointsHeading: "RFM breakpoints used",
  breakpointsIntro: (bins) =>
    `Scores run from 1 to ${bins}. A value at a cut point takes the lower score; for recency, a lower score means longer ago.`,
  thresholdsIntro: "Each of R, F and M is high or low compared with these thresholds.",
  dimension: "Dimension",
  cutPoints: "Cut points",
  threshold: "Threshold",
  recencyDays: "Recency (days)",
  frequencyPurchases: "Frequency (purchases)",
  monetaryAmount: (average) => (average ? "Monetary (average order)" : "Monetary (total amount)"),
  recencyNote: "Recency cut points are in days since the last purchase.",

  needAnalysis: "Run Analyze first: the plan is built from its scores.",
  planName: "Plan name",
  defaultPlanName: (year) => `Customer development plan ${year}`,
  startDate: "Start date",
  horizon: "Horizon",
  quarters: (count) =>
    `${englishCount(count, "quarter")}${count % 4 === 0 ? ` (${englishCount(count / 4, "year")})` : ""}`,
  rolesHeading: "Roles",
  rolesHint:
    "Roles stand for functions by position: 1 sales/KAM, 2 service, 3 marketing, 4 technical support, 5 finance, 6 management. 2 to 12 roles.",
  role: (position) => `Role ${position}`,
  removeRole: (position) => `Remove role ${position}`,
  addRole: "Add a role",
  defaultRoles: "Default roles",
  planLanguage: "Plan language",
  ambition: "Ambition",
  ambitionName: (ambition) => AMBITION_LABELS[ambition].en,
  buildPlan: "Build plan",
  rebuildPlan: "Rebuild plan",
  building: "Building the plan…",
  built: (sheet) => `The plan is on the sheet ${sheet}.`,
  builtInFile: "Download the workbook to keep the plan.",
  keepsEdits: "Rebuilding keeps what people typed into owner, date, status and RACI cells.",
  nameNeeded: "Give the plan a name.",
  startNeeded: "Enter the plan's start date.",
  roleNeedsName: (position) => `Role ${position} needs a name.`,
  roleTwice: (name) => `Two roles are called ${name}; give each role its own name.`,

  unexpected: (message) => `Something went wrong: ${message}`,
};

const zh: PaneText = {
  productName: "CDP 客户发展计划",
  tagline: "在 Excel 中直接完成 RFM、客户生命周期价值和优先级评分。",
  version: (v) => `版本 ${v}`,
  language: "语言",
  functionsHeading: "单元格函数",
  functionsIntro: "在任意单元格输入以下公式，结果会自动溢出到下方和右侧的单元格。",
  example: "示例：",

  steps: "步骤",
  tabData: "数据",
  tabAnalyze: "分析",
  tabPlan: "生成计划",
  tabFunctions: "函数",

  fileIntro: "在 Excel 之外，可打开客户工作簿（.xlsx）或 CSV 文件。文件只在本机处理，不会上传。",
  openFile: "打开 .xlsx 或 .csv 文件",
  opening: "正在打开文件…",
  openedFile: (name) => `已打开：${name}`,
  download: "下载工作簿",
  downloaded: (name) => `已保存为 ${name}（在下载文件夹中）。`,

  table: "客户表",
  tableOption: (name, rows) => `${name}（${rows} 行）`,
  refreshTables: "刷新表格列表",
  useSelection: "使用所选区域",
  noTables: "未找到客户表。请把客户数据放在带标题行的工作表（或 Excel 表格）中，然后刷新列表。",
  noFile: "请先打开一个文件。",
  reading: "正在读取表格…",
  inputType: "数据类型",
  shapeLabel: (shape) => SHAPE_LABELS[shape].zh,
  shapeAuto: (detected) => `自动识别：${SHAPE_LABELS[detected].zh}`,
  asOf: "分析基准日",
  asOfHint: (latest) => `最近购买天数计算到这一天。留空则使用数据中的最新日期${latest ? `（${latest}）` : ""}。`,
  columnsHeading: "列对应关系",
  columnsIntro: "系统按中英文标题自动识别每个字段对应的列，如有不对请修改。",
  fieldLabel: (field) => FIELD_LABELS[field].zh,
  requiredField: (label) => `${label}（必填）`,
  chooseColumn: "请选择列",
  notUsed: "不使用",
  columnOption: (letters, header) => `${letters}：${header || "（无标题）"}`,
  recognised: "根据标题自动识别。",
  chosen: "手动指定。",
  pickColumn: "请选择包含此字段的列。",
  showAllFields: "显示全部字段",
  columnsMissing: "缺少必要的列",
  nothingToRead: "没有可读取的数据",
  rowsAndIssues: (rows, issues) => `${rows} 行，${issues} 个问题`,
  customersReadable: (customers) => `可评分客户 ${customers} 位。`,
  noIssues: "未发现问题。",
  issuesHeading: "问题",
  issuesHint: "点击问题可定位到对应单元格。",
  severity: (s) => (s === "error" ? "错误" : "提示"),
  moreIssues: (count) => `……另有 ${count} 个问题；分析后每个问题都会记在“CDP说明”列中。`,

  scheme: "客户细分方案",
  schemeName: (scheme) => segmentScheme(scheme).name.zh,
  clvMethod: "CLV 计算方法",
  clvMethodName: (method) => (method === "auto" ? "自动（数据足够时使用模型）" : CLV_METHOD_LABELS[method].zh),
  clvAutoHint: "自动：重复购买的客户足够多时拟合 BG/NBD 与 Gamma-Gamma 模型，否则改用留存率法，并说明原因。",
  weightsHeading: "优先级权重",
  weightsHint: "四项权重之和始终为 100%，调整其中一项时，其余各项按比例调整。",
  criterion: (c) => CRITERIA[c].zh,
  percent: (value) => `${value}%`,
  resetWeights: "恢复默认权重（30/25/25/20）",
  analyze: "开始分析",
  analyzeAgain: "重新分析",
  cancel: "取消",
  progress: "进度",
  starting: "正在开始…",
  readingRows: (done, total) => `正在读取：第 ${done} 行，共 ${total} 行`,
  scoring: "正在为客户评分…",
  writingRows: (done, total) => `正在写入结果：${done}/${total}`,
  cancelling: "正在取消…",
  cancelled: "已取消分析，未写入任何内容。",
  needTable: "请先在“数据”页选择客户表。",
  needColumns: "缺少必要的列，请在“数据”页选择。",
  scored: (customers) => `已为 ${customers} 位客户评分。`,
  wroteColumns: (count, table) => `已在 ${table} 右侧写入 ${count} 列。`,
  wroteSheet: (sheet) => `已写入工作表“${sheet}”。`,
  clvUsed: (method) => `实际使用的 CLV 方法：${method}。`,
  clvWhy: (reason) => `原因：${reason}`,
  segmentsHeading: "客户细分汇总",
  segment: "客户细分",
  customers: WORDS.customers.zh,
  share: "客户占比",
  revenue: "收入",
  revenueShare: WORDS.revenueShare.zh,
  total: "合计",
  breakpointsHeading: "使用的 RFM 分档界值",
  breakpointsIntro: (bins) => `评分从 1 到 ${bins}。等于界值的数值取较低的分；最近购买得分越低，表示距今越久。`,
  thresholdsIntro: "R、F、M 各自与以下阈值比较，分为高、低两类。",
  dimension: "维度",
  cutPoints: "界值",
  threshold: "阈值",
  recencyDays: "最近购买（天）",
  frequencyPurchases: "购买频率（次）",
  monetaryAmount: (average) => (average ? "消费金额（客单价）" : "消费金额（累计）"),
  recencyNote: "最近购买的界值是距最近一次购买的天数。",

  needAnalysis: "请先完成分析：计划基于分析结果生成。",
  planName: "计划名称",
  defaultPlanName: (year) => `${year} 客户发展计划`,
  startDate: "开始日期",
  horizon: "计划周期",
  quarters: (count) => `${count} 个季度${count % 4 === 0 ? `（${count / 4} 年）` : ""}`,
  rolesHeading: "角色",
  rolesHint:
    "角色按顺序对应职能：1 销售/客户经理，2 客户服务，3 市场，4 技术支持，5 财务，6 管理层。共 2 到 12 个角色。",
  role: (position) => `角色 ${position}`,
  removeRole: (position) => `删除角色 ${position}`,
  addRole: "添加角色",
  defaultRoles: "恢复默认角色",
  planLanguage: "计划语言",
  ambition: "目标力度",
  ambitionName: (ambition) => AMBITION_LABELS[ambition].zh,
  buildPlan: "生成计划",
  rebuildPlan: "重新生成计划",
  building: "正在生成计划…",
  built: (sheet) => `计划已写入工作表“${sheet}”。`,
  builtInFile: "请下载工作簿以保存计划。",
  keepsEdits: "重新生成会保留已填写的负责人、日期、状态和 RACI 内容。",
  nameNeeded: "请填写计划名称。",
  startNeeded: "请填写计划开始日期。",
  roleNeedsName: (position) => `角色 ${position} 需要名称。`,
  roleTwice: (name) => `有两个角色都叫“${name}”，请为每个角色取不同的名称。`,

  unexpected: (message) => `出现意外问题：${message}`,
};

/** The pane's words, by language. */
export const PANE_TEXT: Readonly<Record<Lang, PaneText>> = { en, zh };
