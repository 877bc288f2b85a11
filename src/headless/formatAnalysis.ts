import type { AnalyzeResult } from "../app/analyzeTable";
import { CHURN_LEVEL_ORDER, CHURN_LEVELS } from "../core/churn";
import type { Lang } from "../core/types";
import { VALUE_TIER_ORDER, VALUE_TIERS } from "../core/value";

const MAX_ISSUES_SHOWN = 10;

const money = (x: number): string => Math.round(x).toLocaleString("en-US");
const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
const pad = (text: string, width: number): string => {
  // East Asian characters take two columns in a terminal.
  const columns = [...text].reduce((n, ch) => n + (/[\u1100-\uFFEF]/.test(ch) ? 2 : 1), 0);
  return text + " ".repeat(Math.max(1, width - columns));
};

/**
 * A short, readable report of an Analyze run, in the user's language: what was read, what was
 * skipped and why (by cell), which CLV method ran, the RFM breakpoints and the segment summary.
 */
export function formatAnalysis(result: AnalyzeResult, lang: Lang, table: string): string[] {
  const zh = lang === "zh";
  const scored = result.result.customers.length;
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.length - errors;
  const lines: string[] = [];
  lines.push(
    zh
      ? `${table}：读取 ${result.rowsRead} 行（${shapeName(result.shape, lang)}），截至 ${result.asOf ?? "—"}；评分客户 ${scored} 个；错误 ${errors} 个，提示 ${warnings} 个。`
      : `${table}: read ${result.rowsRead} rows (${shapeName(result.shape, lang)}), as of ${result.asOf ?? "-"}; scored ${scored} customers; ${errors} errors, ${warnings} warnings.`,
  );
  for (const issue of result.issues.slice(0, MAX_ISSUES_SHOWN)) {
    lines.push(`  ${issue.severity === "error" ? "✗" : "!"} ${issue.address}: ${issue.message[lang]}`);
  }
  if (result.issues.length > MAX_ISSUES_SHOWN) {
    const more = result.issues.length - MAX_ISSUES_SHOWN;
    lines.push(zh ? `  … 另有 ${more} 个问题，见“CDP说明”列` : `  … and ${more} more, see the CDP_note column`);
  }

  const clv = result.result.clv;
  lines.push(
    zh
      ? `CLV 方法：${clv.method}${clv.fallback ? `（${clv.fallback.reason.zh}）` : ""}`
      : `CLV method: ${clv.method}${clv.fallback ? ` (${clv.fallback.reason.en})` : ""}`,
  );
  if (clv.model) {
    const { r, alpha, a, b } = clv.model.bgnbd.params;
    lines.push(`  BG/NBD: r=${r.toFixed(3)} alpha=${alpha.toFixed(3)} a=${a.toFixed(3)} b=${b.toFixed(3)}`);
    const gg = clv.model.gammaGamma;
    if (gg)
      lines.push(`  Gamma-Gamma: p=${gg.params.p.toFixed(3)} q=${gg.params.q.toFixed(3)} v=${gg.params.v.toFixed(2)}`);
  }
  for (const note of clv.notes) lines.push(`  ${note[lang]}`);

  const bp = result.result.rfm.breakpoints;
  const list = (xs: readonly number[]) => xs.map((x) => +x.toFixed(2)).join(" / ");
  lines.push(
    zh
      ? `RFM 分界点：R（天）${list(bp.recency)}；F（次）${list(bp.frequency)}；M ${list(bp.monetary)}`
      : `RFM breakpoints: R (days) ${list(bp.recency)}; F (purchases) ${list(bp.frequency)}; M ${list(bp.monetary)}`,
  );

  lines.push(zh ? "客户细分：" : "Segments:");
  lines.push(
    `  ${pad(zh ? "细分" : "segment", 22)}${pad(zh ? "客户数" : "customers", 12)}${pad(zh ? "占比" : "share", 9)}${zh ? "销售额" : "revenue"}`,
  );
  for (const s of result.segments) {
    lines.push(`  ${pad(s.label, 22)}${pad(String(s.customers), 12)}${pad(percent(s.share), 9)}${money(s.revenue)}`);
  }

  const customers = result.result.customers;
  const count = <T>(values: T[], key: T) => values.filter((v) => v === key).length;
  const tiers = customers.map((c) => c.valueTier);
  const priorities = customers.map((c) => c.priority.tier);
  const churn = customers.map((c) => c.churn.level);
  lines.push(
    (zh ? "价值分层：" : "Value tiers: ") +
      VALUE_TIER_ORDER.map((t) => `${VALUE_TIERS[t].label[lang]} ${count(tiers, t)}`).join(", "),
  );
  lines.push(
    (zh ? "优先级：" : "Priority: ") + ["P1", "P2", "P3"].map((p) => `${p} ${count(priorities, p)}`).join(", "),
  );
  lines.push(
    (zh ? "流失预警：" : "Churn warning: ") +
      CHURN_LEVEL_ORDER.map((l) => `${CHURN_LEVELS[l].label[lang]} ${count(churn, l)}`).join(", "),
  );
  const keyAccounts = customers.filter((c) => c.health.keyAccount).length;
  lines.push(zh ? `重点大客户：${keyAccounts}` : `Key accounts: ${keyAccounts}`);
  return lines;
}

function shapeName(shape: AnalyzeResult["shape"], lang: Lang): string {
  const names = {
    summary: { en: "one row per customer", zh: "每行一个客户" },
    transactions: { en: "transaction log", zh: "交易明细" },
    lifetimes: { en: "lifetimes-style summary", zh: "lifetimes 格式汇总" },
  } as const;
  return names[shape][lang];
}
