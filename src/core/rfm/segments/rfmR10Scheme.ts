import { RFM11_SCHEME } from "./rfm11Scheme";
import type { SegmentDefinition, SegmentScheme } from "./types";

const t = (en: string, zh: string) => ({ en, zh });

type Range = readonly [number, number];
interface Box {
  readonly key: string;
  readonly r: Range;
  readonly f: Range;
  readonly m: Range;
  readonly description: { en: string; zh: string };
}

/** R `rfm` 0.3.0's segment boxes (README, vignette and examples), in its order: the first match wins. */
const BOXES: readonly Box[] = [
  {
    key: "champions",
    r: [5, 5],
    f: [5, 5],
    m: [5, 5],
    description: t("Bought most recently, buy most often and spend the most.", "最近购买、购买最频繁且消费最多。"),
  },
  {
    key: "potential-loyalist",
    r: [3, 5],
    f: [3, 5],
    m: [2, 5],
    description: t("Fairly recent repeat customers who spend a good amount.", "近期有购买的回头客，消费金额不错。"),
  },
  {
    key: "loyal",
    r: [2, 4],
    f: [2, 4],
    m: [2, 4],
    description: t(
      "Mid-range on recency, frequency and spend, and still buying.",
      "近度、频次和金额都居中，仍在购买。",
    ),
  },
  {
    key: "promising",
    r: [3, 4],
    f: [1, 3],
    m: [3, 5],
    description: t("Fairly recent with few purchases, but a good spend.", "近期有购买，次数不多，但消费金额较高。"),
  },
  {
    key: "new",
    r: [4, 5],
    f: [1, 3],
    m: [1, 5],
    description: t("Bought recently, but not often.", "最近有购买，但购买不多。"),
  },
  {
    key: "cant-lose",
    r: [1, 2],
    f: [3, 4],
    m: [4, 5],
    description: t("Spent a lot and bought often, but a long time ago.", "曾经消费高、购买频繁，但已很久没有购买。"),
  },
  {
    key: "at-risk",
    r: [1, 2],
    f: [2, 5],
    m: [4, 5],
    description: t("Spent big money, but have not bought for a long time.", "曾经消费金额大，但已很久没有购买。"),
  },
  {
    key: "need-attention",
    r: [1, 3],
    f: [3, 5],
    m: [3, 5],
    description: t(
      "Frequent, good spenders whose last purchase is getting old.",
      "购买频繁、消费不错，但上次购买已有一段时间。",
    ),
  },
  {
    key: "about-to-sleep",
    r: [2, 3],
    f: [1, 3],
    m: [1, 4],
    description: t("Below average on recency, frequency and spend.", "近度、频次和金额都低于平均。"),
  },
  {
    key: "lost",
    r: [1, 1],
    f: [1, 5],
    m: [1, 5],
    description: t("The longest time since the last purchase.", "距上次购买的时间最久。"),
  },
];

const OTHERS: SegmentDefinition = {
  key: "others",
  label: t("Others", "其他客户"),
  description: t("Matched by none of the scheme's rules.", "不符合本方案的任何规则。"),
  action: t("Review them one by one.", "逐个评估。"),
};

const inRange = (v: number, [lo, hi]: Range) => v >= lo && v <= hi;
const base = new Map(RFM11_SCHEME.segments.map((s) => [s.key, s]));

/**
 * The ten segments of the R `rfm` package (0.3.0), so analysts coming from R get the same names:
 * each segment is an inclusive (R, F, M) box on 1..5 scores, tried in this order, the first match
 * wins, and a customer matched by none is "Others":
 *
 * | # | segment | R | F | M |
 * |---|---|---|---|---|
 * | 1 | Champions | 5 | 5 | 5 |
 * | 2 | Potential Loyalist | 3–5 | 3–5 | 2–5 |
 * | 3 | Loyal | 2–4 | 2–4 | 2–4 |
 * | 4 | Promising | 3–4 | 1–3 | 3–5 |
 * | 5 | New Customers | 4–5 | 1–3 | 1–5 |
 * | 6 | Can't Lose Them | 1–2 | 3–4 | 4–5 |
 * | 7 | At Risk | 1–2 | 2–5 | 4–5 |
 * | 8 | Need Attention | 1–3 | 3–5 | 3–5 |
 * | 9 | About To Sleep | 2–3 | 1–3 | 1–4 |
 * | 10 | Lost | 1 | 1–5 | 1–5 |
 *
 * Labels and actions are shared with {@link RFM11_SCHEME}; descriptions follow these boxes.
 *
 * @example
 * RFM_R10_SCHEME.segmentOf(3, 4, 3) // => "potential-loyalist"
 * RFM_R10_SCHEME.segmentOf(2, 1, 5) // => "others"
 */
export const RFM_R10_SCHEME: SegmentScheme = {
  key: "rfm-r10",
  name: t("R rfm package, 10 segments", "R 语言 rfm 包十类客户"),
  basis: "scores",
  segments: [...BOXES.map((b): SegmentDefinition => ({ ...base.get(b.key)!, description: b.description })), OTHERS],
  segmentOf: (r, f, m) => BOXES.find((b) => inRange(r, b.r) && inRange(f, b.f) && inRange(m, b.m))?.key ?? OTHERS.key,
};
