/**
 * Writes examples/cdp-sample.xlsx: a synthetic but realistic customer base of an industrial
 * supplier (320 B2B customers, 2023-01 to 2025-12), reproducible from a fixed seed.
 *
 * Purchases follow the process the BG/NBD model assumes (a Poisson purchase rate per customer that
 * varies as a gamma distribution, and a chance to drop out after each purchase that varies as a beta
 * distribution), so the probabilistic CLV model has something real to find. Order values are
 * log-normal around a customer-specific mean.
 *
 * Sheets:
 * - 客户汇总: one row per customer, Chinese headers, with the descriptive, satisfaction and
 *   financial-health columns a customer development plan uses; a few cells are dirty on purpose
 *   (text dates in two Chinese formats, an amount typed as text with ¥ and separators, an #N/A,
 *   a duplicated ID) so the demo shows how bad input is reported.
 * - Transactions: the same customers' orders, English headers (customer, date, amount, margin).
 *
 * Usage: node scripts/make-sample.js [out.xlsx]
 */
const ExcelJS = require("exceljs");
const path = require("path");

const SEED = 20251231;
const CUSTOMERS = 320;
const START = Date.UTC(2023, 0, 1);
const AS_OF = Date.UTC(2025, 11, 31);
const DAY = 86_400_000;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const normal = () => {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
};
/** Marsaglia and Tsang's gamma sampler (shape k, scale 1). */
function gamma(k) {
  if (k < 1) return gamma(k + 1) * Math.pow(random(), 1 / k);
  const d = k - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal();
    const v = Math.pow(1 + c * x, 3);
    if (v <= 0) continue;
    if (Math.log(random()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}
const beta = (a, b) => {
  const x = gamma(a);
  return x / (x + gamma(b));
};
const pick = (list) => list[Math.floor(random() * list.length)];
const round2 = (x) => Math.round(x * 100) / 100;
const round4 = (x) => Math.round(x * 10000) / 10000;

const CITIES = [
  "上海",
  "苏州",
  "杭州",
  "宁波",
  "南京",
  "无锡",
  "合肥",
  "武汉",
  "长沙",
  "成都",
  "重庆",
  "西安",
  "郑州",
  "济南",
  "青岛",
  "天津",
  "北京",
  "广州",
  "深圳",
  "东莞",
  "佛山",
  "厦门",
  "福州",
  "昆明",
];
const CORES = [
  "华信",
  "恒通",
  "瑞丰",
  "宏达",
  "鼎盛",
  "博远",
  "金泰",
  "永安",
  "新锐",
  "中科",
  "联创",
  "汇丰",
  "天成",
  "嘉诚",
  "远航",
  "明德",
  "正泰",
  "安捷",
  "精工",
  "协力",
];
const INDUSTRIES = [
  ["制造业", "机械制造有限公司"],
  ["汽车零部件", "汽车部件有限公司"],
  ["电子", "电子科技有限公司"],
  ["医药", "医药有限公司"],
  ["建筑工程", "建设工程有限公司"],
  ["零售", "商贸有限公司"],
  ["物流", "供应链管理有限公司"],
  ["食品饮料", "食品有限公司"],
];
const REGIONS = {
  上海: "华东",
  苏州: "华东",
  杭州: "华东",
  宁波: "华东",
  南京: "华东",
  无锡: "华东",
  合肥: "华东",
  武汉: "华中",
  长沙: "华中",
  郑州: "华中",
  成都: "西南",
  重庆: "西南",
  昆明: "西南",
  西安: "西北",
  济南: "华北",
  青岛: "华北",
  天津: "华北",
  北京: "华北",
  广州: "华南",
  深圳: "华南",
  东莞: "华南",
  佛山: "华南",
  厦门: "华南",
  福州: "华南",
};
const OWNERS = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆"];

function simulateCustomer(index) {
  const id = `C${String(1001 + index)}`;
  const city = pick(CITIES);
  const [industry, suffix] = pick(INDUSTRIES);
  const name = `${city}${pick(CORES)}${suffix}`;
  const first = START + Math.floor(random() * ((AS_OF - START) / DAY - 20)) * DAY;
  // Purchase rate per day ~ Gamma(r = 1.3, scale 1/60): about one order every 46 days on average.
  const rate = gamma(1.3) / 60;
  const dropout = beta(1.1, 7);
  const meanOrder = Math.exp(Math.log(18000) + 0.8 * normal());
  const marginRate = 0.14 + 0.2 * random();
  const orders = [];
  let day = first;
  for (;;) {
    const amount = Math.max(300, Math.round(meanOrder * Math.exp(0.35 * normal() - 0.06)));
    orders.push({ day, amount, margin: round2(amount * marginRate * (0.85 + 0.3 * random())) });
    if (random() < dropout) break;
    day += Math.max(1, Math.round(-Math.log(1 - random()) / rate)) * DAY;
    if (day > AS_OF) break;
  }
  return { id, name, city, industry, marginRate, meanOrder, orders };
}

function financialHealth(customer) {
  const strong = random() < 0.6;
  return {
    currentRatio: round2(strong ? 1.3 + 1.2 * random() : 0.7 + 0.7 * random()),
    netMargin: round4(strong ? 0.04 + 0.1 * random() : -0.04 + 0.08 * random()),
    roa: round4(strong ? 0.04 + 0.08 * random() : -0.02 + 0.06 * random()),
    dso: Math.round(strong ? 30 + 40 * random() : 55 + 70 * random()),
    inventoryDays: Math.round(35 + 90 * random()),
    monthlyVolume:
      Math.round((customer.meanOrder * customer.orders.length) / 24 / 100) * 100 * (1 + Math.round(random() * 4)),
  };
}

const chineseDate = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};
const slashDate = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
};

async function main() {
  const out = process.argv[2] || path.join(__dirname, "..", "examples", "cdp-sample.xlsx");
  const customers = Array.from({ length: CUSTOMERS }, (_, i) => simulateCustomer(i));

  const wb = new ExcelJS.Workbook();
  wb.creator = "CDP";
  wb.created = new Date(AS_OF);
  wb.modified = new Date(AS_OF);

  const summary = wb.addWorksheet("客户汇总", { views: [{ state: "frozen", ySplit: 1 }] });
  summary.columns = [
    { header: "客户编号", key: "id", width: 10 },
    { header: "客户名称", key: "name", width: 30 },
    { header: "行业", key: "industry", width: 12 },
    { header: "地区", key: "region", width: 8 },
    { header: "客户经理", key: "owner", width: 10 },
    { header: "首次购买日期", key: "first", width: 14, style: { numFmt: "yyyy-mm-dd" } },
    { header: "最近购买日期", key: "last", width: 14, style: { numFmt: "yyyy-mm-dd" } },
    { header: "购买次数", key: "count", width: 10 },
    { header: "消费金额(元)", key: "total", width: 14, style: { numFmt: "#,##0.00" } },
    { header: "毛利(元)", key: "margin", width: 12, style: { numFmt: "#,##0.00" } },
    { header: "服务成本(元)", key: "cost", width: 12, style: { numFmt: "#,##0.00" } },
    { header: "推荐意愿", key: "nps", width: 9 },
    { header: "投诉次数", key: "complaints", width: 9 },
    { header: "上期投诉次数", key: "complaintsPrev", width: 12 },
    { header: "流动比率", key: "currentRatio", width: 9 },
    { header: "净利率", key: "netMargin", width: 8, style: { numFmt: "0.0%" } },
    { header: "总资产收益率", key: "roa", width: 12, style: { numFmt: "0.0%" } },
    { header: "回款周期", key: "dso", width: 9 },
    { header: "存货周期", key: "inventoryDays", width: 9 },
    { header: "月采购额", key: "monthlyVolume", width: 11, style: { numFmt: "#,##0" } },
  ];
  summary.getRow(1).font = { bold: true };

  const transactions = wb.addWorksheet("Transactions", { views: [{ state: "frozen", ySplit: 1 }] });
  transactions.columns = [
    { header: "Customer ID", key: "id", width: 12 },
    { header: "Order Date", key: "date", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Amount", key: "amount", width: 12, style: { numFmt: "#,##0.00" } },
    { header: "Gross Margin", key: "margin", width: 12, style: { numFmt: "#,##0.00" } },
  ];
  transactions.getRow(1).font = { bold: true };

  customers.forEach((c, index) => {
    const first = c.orders[0].day;
    const last = c.orders[c.orders.length - 1].day;
    const total = c.orders.reduce((s, o) => s + o.amount, 0);
    const margin = round2(c.orders.reduce((s, o) => s + o.margin, 0));
    const years = Math.max(0.25, (AS_OF - first) / DAY / 365);
    const health = financialHealth(c);
    const lapsed = (AS_OF - last) / DAY > 180;
    const complaints = Math.max(0, Math.round((lapsed ? 1.2 : 0.4) + normal() * 0.9));
    const row = {
      id: c.id,
      name: c.name,
      industry: c.industry,
      region: REGIONS[c.city],
      owner: OWNERS[index % OWNERS.length],
      first: new Date(first),
      last: new Date(last),
      count: c.orders.length,
      total,
      margin,
      cost: round2(2000 * years + total * (0.03 + 0.05 * random())),
      nps: random() < 0.65 ? Math.max(0, Math.min(10, Math.round((lapsed ? 6 : 8) + 2 * normal()))) : null,
      complaints,
      complaintsPrev: Math.max(0, complaints + Math.round(normal())),
      ...health,
    };
    // Dates typed as text, as they arrive from other systems.
    if (index % 17 === 5) row.last = chineseDate(last);
    if (index % 23 === 7) row.first = slashDate(first);
    summary.addRow(row);
    for (const o of c.orders)
      transactions.addRow({ id: c.id, date: new Date(o.day), amount: o.amount, margin: o.margin });
  });

  // A few dirty cells, as real exports have them.
  summary.getCell("I12").value = `¥${Number(summary.getCell("I12").value).toLocaleString("en-US")}`; // amount as text
  summary.getCell("H40").value = { error: "#N/A" }; // a lookup that failed upstream
  summary.getCell("A77").value = summary.getCell("A76").value; // a duplicated ID

  await wb.xlsx.writeFile(out);
  const orders = customers.reduce((s, c) => s + c.orders.length, 0);
  console.log(`wrote ${out}: ${CUSTOMERS} customers, ${orders} orders, as of 2025-12-31`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
