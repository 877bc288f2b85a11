import { DomainError } from "../../errors";
import { CN8_SCHEME } from "./cn8Scheme";
import { CN8_VOLCANO_SCHEME } from "./cn8VolcanoScheme";
import { RFM11_SCHEME } from "./rfm11Scheme";
import { RFM_R10_SCHEME } from "./rfmR10Scheme";
import type { SegmentScheme, SegmentSchemeKey } from "./types";

const SCHEMES: Readonly<Record<SegmentSchemeKey, SegmentScheme>> = {
  rfm11: RFM11_SCHEME,
  "rfm-r10": RFM_R10_SCHEME,
  cn8: CN8_SCHEME,
  "cn8-volcano": CN8_VOLCANO_SCHEME,
};

/** Every scheme key, the default (`rfm11`) first. */
export const SEGMENT_SCHEME_KEYS: readonly SegmentSchemeKey[] = ["rfm11", "rfm-r10", "cn8", "cn8-volcano"];

/**
 * The segment scheme with this key: its segments in display order, with labels, descriptions and
 * suggested actions in English and Chinese, and its rule.
 *
 * @param key - `rfm11`, `rfm-r10`, `cn8` or `cn8-volcano`
 * @returns the scheme
 * @throws {DomainError} `BAD_ARGUMENT` for an unknown key
 *
 * @example
 * segmentScheme("cn8").segments[0].label.zh // => "重要价值客户"
 */
export function segmentScheme(key: SegmentSchemeKey): SegmentScheme {
  const scheme = Object.prototype.hasOwnProperty.call(SCHEMES, key) ? SCHEMES[key] : undefined;
  if (!scheme) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `unknown segment scheme "${String(key)}"; use one of ${SEGMENT_SCHEME_KEYS.join(", ")}`,
      `未知的客户分群方案 "${String(key)}"，可用：${SEGMENT_SCHEME_KEYS.join("、")}`,
      { scheme: key },
    );
  }
  return scheme;
}
