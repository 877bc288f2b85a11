import { DomainError } from "../errors";
import type { SegmentSchemeKey } from "../rfm";
import type { Situation } from "./types";

/** The situations in playbook order. */
export const SITUATION_ORDER: readonly Situation[] = Object.freeze([
  "keep",
  "grow",
  "develop",
  "reactivate",
  "winBack",
  "lowCost",
]);

/** The eight classes by bits R F M (1 = recent / frequent / high spend); both label packs share them. */
const BY_BITS: Readonly<Record<string, Situation>> = {
  "111": "keep",
  "110": "grow",
  "101": "develop",
  "100": "develop",
  "011": "winBack",
  "001": "winBack",
  "010": "reactivate",
  "000": "lowCost",
};

const RFM11: Readonly<Record<string, Situation>> = {
  champions: "keep",
  loyal: "grow",
  "potential-loyalist": "develop",
  new: "develop",
  promising: "develop",
  "need-attention": "reactivate",
  "about-to-sleep": "reactivate",
  "at-risk": "winBack",
  "cant-lose": "winBack",
  hibernating: "lowCost",
  lost: "lowCost",
};

const SEGMENT_SITUATIONS: Readonly<Record<SegmentSchemeKey, Readonly<Record<string, Situation>>>> = {
  rfm11: RFM11,
  "rfm-r10": {
    champions: "keep",
    loyal: "grow",
    "potential-loyalist": "develop",
    new: "develop",
    promising: "develop",
    "need-attention": "reactivate",
    "about-to-sleep": "reactivate",
    "at-risk": "winBack",
    "cant-lose": "winBack",
    lost: "lowCost",
    others: "reactivate",
  },
  cn8: {
    "important-value": BY_BITS["111"],
    "important-development": BY_BITS["101"],
    "important-retention": BY_BITS["011"],
    "important-win-back": BY_BITS["001"],
    "general-value": BY_BITS["110"],
    "general-development": BY_BITS["100"],
    "general-retention": BY_BITS["010"],
    "general-win-back": BY_BITS["000"],
  },
  "cn8-volcano": {
    "important-value": BY_BITS["111"],
    "important-deepening": BY_BITS["101"],
    "important-reactivation": BY_BITS["011"],
    "important-win-back": BY_BITS["001"],
    potential: BY_BITS["110"],
    new: BY_BITS["100"],
    "general-maintenance": BY_BITS["010"],
    churned: BY_BITS["000"],
  },
};

/**
 * The situation the plan treats a segment's customers in, so every segment of every scheme has
 * a strategy (data: the mapping follows each segment's own suggested action):
 *
 * | situation | rfm11 / rfm-r10 | eight classes (bits R F M) |
 * |---|---|---|
 * | `keep` 保持核心 | Champions | 111 重要价值 |
 * | `grow` 提升客单价 | Loyal | 110 一般价值 / 潜力 |
 * | `develop` 培育发展 | Potential Loyalist, New, Promising | 101 重要发展 / 重要深耕, 100 一般发展 / 新客户 |
 * | `reactivate` 重新激活 | Need Attention, About to Sleep, Others (rfm-r10) | 010 一般保持 / 一般维持 |
 * | `winBack` 挽回高价值 | At Risk, Can't Lose Them | 011 重要保持 / 重要唤回, 001 重要挽留 |
 * | `lowCost` 低成本触达 | Hibernating, Lost | 000 一般挽留 / 流失 |
 *
 * `winBack` is the "at-risk high value" group: customers who bought much (or often) and stopped.
 *
 * @param scheme - the segment scheme
 * @param segment - a segment key of that scheme
 * @returns the situation
 * @throws {DomainError} `BAD_ARGUMENT` when the segment is not one of the scheme's
 *
 * @example
 * situationOfSegment("cn8", "important-win-back") // => "winBack"
 * situationOfSegment("rfm11", "new") // => "develop"
 */
export function situationOfSegment(scheme: SegmentSchemeKey, segment: string): Situation {
  const table = Object.prototype.hasOwnProperty.call(SEGMENT_SITUATIONS, scheme)
    ? SEGMENT_SITUATIONS[scheme]
    : undefined;
  const found = table && Object.prototype.hasOwnProperty.call(table, segment) ? table[segment] : undefined;
  if (found === undefined) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `the segment "${segment}" is not part of the scheme "${String(scheme)}"`,
      `客群 "${segment}" 不属于分群方案 "${String(scheme)}"`,
      { scheme, segment },
    );
  }
  return found;
}
