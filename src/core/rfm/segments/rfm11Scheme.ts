import type { SegmentDefinition, SegmentScheme } from "./types";

const t = (en: string, zh: string) => ({ en, zh });

/** The eleven segments, in display order (best first). */
const SEGMENTS: readonly SegmentDefinition[] = [
  {
    key: "champions",
    label: t("Champions", "冠军客户"),
    description: t("Bought very recently and buy the most often.", "最近刚购买，且购买最频繁。"),
    action: t(
      "Reward and keep them: VIP service, early access to new products, ask for referrals and reviews.",
      "奖励并保持：提供 VIP 服务和新品抢先体验，邀请其推荐和评价。",
    ),
  },
  {
    key: "loyal",
    label: t("Loyal", "忠诚客户"),
    description: t("Buy often and bought fairly recently.", "购买频繁，且近期有购买。"),
    action: t(
      "Upsell higher-value products and enrol them in the loyalty programme.",
      "向上销售更高价值的产品，纳入会员（忠诚度）计划。",
    ),
  },
  {
    key: "potential-loyalist",
    label: t("Potential Loyalist", "潜在忠诚客户"),
    description: t("Recent customers with a few purchases.", "近期购买过，且已有几次购买。"),
    action: t(
      "Build the habit: membership offers, personalised recommendations, an incentive for the next purchase.",
      "培养购买习惯：会员权益、个性化推荐、下次购买激励。",
    ),
  },
  {
    key: "new",
    label: t("New Customers", "新客户"),
    description: t("Bought very recently, but only once so far.", "最近刚购买，但目前只买过一次。"),
    action: t(
      "Onboard them well: a welcome contact, support with first use, a reason for a second purchase.",
      "做好新客引导：欢迎联系、首次使用支持，并给出第二次购买的理由。",
    ),
  },
  {
    key: "promising",
    label: t("Promising", "潜力新客"),
    description: t("Bought recently, but only once so far.", "近期购买过，但目前只买过一次。"),
    action: t(
      "Build awareness of the range and offer trials of more products.",
      "提升对产品线的认知，提供更多产品的试用。",
    ),
  },
  {
    key: "need-attention",
    label: t("Need Attention", "需关注客户"),
    description: t(
      "Average recency and frequency; may slip away without contact.",
      "购买时间和频次居中，若不跟进可能下滑。",
    ),
    action: t(
      "Reactivate with limited-time offers and recommendations based on past purchases.",
      "用限时优惠和基于历史购买的推荐重新激活。",
    ),
  },
  {
    key: "about-to-sleep",
    label: t("About to Sleep", "即将沉睡客户"),
    description: t("Have not bought for a while, and bought only once or twice.", "有一段时间未购买，且购买次数少。"),
    action: t(
      "Share popular products and timely discounts; reconnect before they lapse.",
      "推送热门产品和适时折扣，在其流失前重新建立联系。",
    ),
  },
  {
    key: "at-risk",
    label: t("At Risk", "流失风险客户"),
    description: t("Bought often, but a long time ago.", "曾经购买频繁，但已很久没有购买。"),
    action: t(
      "Contact them personally, find out why, and offer a renewal or a tailored offer.",
      "一对一联系，了解原因，提供续约或定制优惠。",
    ),
  },
  {
    key: "cant-lose",
    label: t("Can't Lose Them", "不能失去的客户"),
    description: t(
      "Were among the most frequent buyers, but have not come back for a long time.",
      "曾是购买最频繁的客户，但已很久没有回购。",
    ),
    action: t(
      "Win them back with senior attention: an account review and new products, not mass mailings.",
      "由管理层出面挽回：客户回顾、介绍新产品，避免群发式营销。",
    ),
  },
  {
    key: "hibernating",
    label: t("Hibernating", "休眠客户"),
    description: t("Last bought a while ago, and only once or twice.", "较久以前购买，且购买次数少。"),
    action: t(
      "Offer relevant products and special prices; keep the cost of contact low.",
      "推荐相关产品和特价，控制联系成本。",
    ),
  },
  {
    key: "lost",
    label: t("Lost", "已流失客户"),
    description: t(
      "The longest time since the last purchase, and only one or two purchases.",
      "距上次购买最久，且购买次数少。",
    ),
    action: t(
      "Try one low-cost win-back campaign; if it fails, stop spending on them.",
      "尝试一次低成本的挽回活动，无效则停止投入。",
    ),
  },
];

/** Rows R = 1..5, columns F = 1..5. "Lost" is R 1 with F 1–2; "Hibernating" is R 2 with F 1–2. */
const GRID: readonly (readonly string[])[] = [
  ["lost", "lost", "at-risk", "at-risk", "cant-lose"],
  ["hibernating", "hibernating", "at-risk", "at-risk", "cant-lose"],
  ["about-to-sleep", "about-to-sleep", "need-attention", "loyal", "loyal"],
  ["promising", "potential-loyalist", "potential-loyalist", "loyal", "loyal"],
  ["new", "potential-loyalist", "potential-loyalist", "champions", "champions"],
];

/**
 * The eleven-segment R × F grid (M is not used), exhaustive and non-overlapping over the 25 cells
 * of 1..5 scores:
 *
 * | segment | R | F |
 * |---|---|---|
 * | Champions | 5 | 4–5 |
 * | Loyal | 3–4 | 4–5 |
 * | Potential Loyalist | 4–5 | 2–3 |
 * | New Customers | 5 | 1 |
 * | Promising | 4 | 1 |
 * | Need Attention | 3 | 3 |
 * | About to Sleep | 3 | 1–2 |
 * | At Risk | 1–2 | 3–4 |
 * | Can't Lose Them | 1–2 | 5 |
 * | Hibernating | 2 | 1–2 |
 * | Lost | 1 | 1–2 |
 *
 * Scores on another scale are rescaled to 1..5 first (see {@link rescaleToFive}).
 *
 * @example
 * RFM11_SCHEME.segmentOf(5, 4, 1) // => "champions"
 * RFM11_SCHEME.segmentOf(1, 2, 5) // => "lost"
 */
export const RFM11_SCHEME: SegmentScheme = {
  key: "rfm11",
  name: t("RFM 11 segments (R × F grid)", "RFM 十一类客户（R × F 网格）"),
  basis: "scores",
  segments: SEGMENTS,
  segmentOf: (r, f) => GRID[r - 1][f - 1],
};
