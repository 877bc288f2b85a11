import type { SegmentSchemeKey } from "../../core/rfm";
import { choice } from "./choice";

/**
 * The segment scheme a `scheme` argument names: `rfm11` (default; `rfm` is accepted as its short
 * name), `rfm-r10`, `cn8` or `cn8-volcano`, case-insensitive.
 *
 * @param value - the argument as Excel passed it
 * @returns the scheme's key
 * @throws {DomainError} `BAD_ARGUMENT` listing the schemes, for any other value
 *
 * @example
 * schemeArgument("RFM") // => "rfm11"
 * schemeArgument("") // => "rfm11"
 */
export function schemeArgument(value: unknown): SegmentSchemeKey {
  const key = choice(value, "scheme", ["rfm11", "rfm", "rfm-r10", "cn8", "cn8-volcano"] as const, "rfm11");
  return key === "rfm" ? "rfm11" : key;
}
