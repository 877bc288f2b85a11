import { CN8_SCHEME } from "./cn8Scheme";
import type { SegmentDefinition, SegmentScheme } from "./types";

const t = (en: string, zh: string) => ({ en, zh });

/** The alternative labels by bits, in their usual display order. */
const LABELS: readonly { readonly bits: string; readonly key: string; readonly label: { en: string; zh: string } }[] = [
  { bits: "111", key: "important-value", label: t("Important value", "重要价值客户") },
  { bits: "011", key: "important-reactivation", label: t("Important reactivation", "重要唤回客户") },
  { bits: "101", key: "important-deepening", label: t("Important deepening", "重要深耕客户") },
  { bits: "001", key: "important-win-back", label: t("Important win-back", "重要挽留客户") },
  { bits: "110", key: "potential", label: t("Potential", "潜力客户") },
  { bits: "100", key: "new", label: t("New", "新客户") },
  { bits: "010", key: "general-maintenance", label: t("General maintenance", "一般维持客户") },
  { bits: "000", key: "churned", label: t("Churned", "流失客户") },
];

const classic = new Map(CN8_SCHEME.segments.map((s) => [s.bits!, s]));
const BY_BITS = new Map(LABELS.map((l) => [l.bits, l.key]));

/**
 * The eight classes with the label pack of 火山引擎 (Volcano Engine) RFM tags and some BI tools:
 * same bits and thresholds as {@link CN8_SCHEME}, other names. Descriptions and actions are those of
 * the classic class with the same bits.
 *
 * | bits | class |
 * |---|---|
 * | 111 | 重要价值客户 Important value |
 * | 011 | 重要唤回客户 Important reactivation |
 * | 101 | 重要深耕客户 Important deepening |
 * | 001 | 重要挽留客户 Important win-back |
 * | 110 | 潜力客户 Potential |
 * | 100 | 新客户 New |
 * | 010 | 一般维持客户 General maintenance |
 * | 000 | 流失客户 Churned |
 *
 * @example
 * CN8_VOLCANO_SCHEME.segmentOf(0, 1, 1) // => "important-reactivation"
 */
export const CN8_VOLCANO_SCHEME: SegmentScheme = {
  key: "cn8-volcano",
  name: t("Eight customer classes (Volcano Engine labels)", "RFM 八类客户（火山引擎标签）"),
  basis: "bits",
  segments: LABELS.map((l): SegmentDefinition => ({ ...classic.get(l.bits)!, key: l.key, label: l.label })),
  segmentOf: (r, f, m) => BY_BITS.get(`${r}${f}${m}`)!,
};
