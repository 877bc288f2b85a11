import type { SegmentDefinition, SegmentScheme } from "./types";

const t = (en: string, zh: string) => ({ en, zh });

/** The eight classes in the usual display order, with bits R F M (1 = recent / frequent / high spend). */
const SEGMENTS: readonly SegmentDefinition[] = [
  {
    key: "important-value",
    bits: "111",
    label: t("Important value", "重要价值客户"),
    description: t(
      "Recent, frequent and high-spending: the most valuable customers.",
      "最近有购买、购买频繁且消费金额高，是最有价值的客户。",
    ),
    action: t("Keep them: VIP service and a dedicated account manager.", "重点保持：提供 VIP 服务和专属客户经理。"),
  },
  {
    key: "important-development",
    bits: "101",
    label: t("Important development", "重要发展客户"),
    description: t("Recent and high-spending, but infrequent.", "最近有购买、消费金额高，但购买频次不高。"),
    action: t("Raise purchase frequency and build loyalty.", "提升购买频次，培养忠诚度。"),
  },
  {
    key: "important-retention",
    bits: "011",
    label: t("Important retention", "重要保持客户"),
    description: t("Frequent and high-spending, but no recent purchase.", "购买频繁、消费金额高，但最近没有购买。"),
    action: t(
      "Contact them proactively to keep the relationship: visits, reviews, tailored offers.",
      "主动联系以保持关系：拜访、回顾、定制优惠。",
    ),
  },
  {
    key: "important-win-back",
    bits: "001",
    label: t("Important win-back", "重要挽留客户"),
    description: t(
      "High-spending, but neither recent nor frequent: high value at risk.",
      "消费金额高，但最近未购买且频次低，是有流失风险的高价值客户。",
    ),
    action: t("Find out why and win them back with a personal offer.", "查明原因，以个性化方案挽留。"),
  },
  {
    key: "general-value",
    bits: "110",
    label: t("General value", "一般价值客户"),
    description: t("Recent and frequent, but low spend.", "最近有购买、购买频繁，但消费金额低。"),
    action: t("Raise the order value with cross-selling and bundles.", "通过交叉销售和组合产品提升客单价。"),
  },
  {
    key: "general-development",
    bits: "100",
    label: t("General development", "一般发展客户"),
    description: t(
      "Recent, but infrequent and low spend (often new or light customers).",
      "最近有购买，但频次低、金额低（多为新客户或轻度客户）。",
    ),
    action: t(
      "Nurture them: onboarding and an incentive for the second purchase.",
      "培育：新客引导，给予第二次购买的激励。",
    ),
  },
  {
    key: "general-retention",
    bits: "010",
    label: t("General retention", "一般保持客户"),
    description: t("Frequent, but no recent purchase and low spend.", "购买频繁，但最近未购买、消费金额低。"),
    action: t("Contact them as needed and try to raise the basket.", "按需联系，设法提高客单价。"),
  },
  {
    key: "general-win-back",
    bits: "000",
    label: t("General win-back", "一般挽留客户"),
    description: t("No recent purchase, infrequent and low spend.", "最近未购买、频次低、金额低。"),
    action: t("Low-cost contact only (mass e-mail, automated offers).", "仅做低成本触达（群发邮件、自动化优惠）。"),
  },
];

const BY_BITS = new Map(SEGMENTS.map((s) => [s.bits!, s.key]));

/**
 * The Chinese eight-class scheme (八类客户): R, F and M are each "high" (1) or "low" (0) against a
 * threshold (by default the population mean; see {@link cn8Bits}), R being high when the customer
 * bought recently. The bits R F M name the class:
 *
 * | bits | class |
 * |---|---|
 * | 111 | 重要价值客户 Important value |
 * | 101 | 重要发展客户 Important development |
 * | 011 | 重要保持客户 Important retention |
 * | 001 | 重要挽留客户 Important win-back |
 * | 110 | 一般价值客户 General value |
 * | 100 | 一般发展客户 General development |
 * | 010 | 一般保持客户 General retention |
 * | 000 | 一般挽留客户 General win-back |
 *
 * A widely copied mapping swaps 101/001 and 100/000 (and is usually applied with R = raw days, so
 * 1 means long ago); this table is the consistent one: a recent, infrequent, high-spending customer
 * is to be developed (重要发展), a lapsed one of the same kind is to be won back (重要挽留).
 *
 * @example
 * CN8_SCHEME.segmentOf(1, 0, 1) // => "important-development"
 * CN8_SCHEME.segmentOf(0, 0, 1) // => "important-win-back"
 */
export const CN8_SCHEME: SegmentScheme = {
  key: "cn8",
  name: t("Eight customer classes (RFM high/low)", "RFM 八类客户"),
  basis: "bits",
  segments: SEGMENTS,
  segmentOf: (r, f, m) => BY_BITS.get(`${r}${f}${m}`)!,
};
