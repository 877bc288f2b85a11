import type { RiskLevel } from "./types";

/** Score of each level on the 1..3 scale. */
export const RISK_LEVEL_VALUE: Readonly<Record<RiskLevel, number>> = Object.freeze({ L: 1, M: 2, H: 3 });

/**
 * The level of an indicator against two bounds: H when the value is at least `high`, M when it is
 * at least `medium`, L otherwise (bounds included in the higher level).
 *
 * @param value - the indicator
 * @param medium - lowest value that is M
 * @param high - lowest value that is H (≥ `medium`)
 * @returns H, M or L
 *
 * @example
 * riskLevel(0.2, 0.05, 0.2) // => "H"
 * riskLevel(0.04, 0.05, 0.2) // => "L"
 */
export function riskLevel(value: number, medium: number, high: number): RiskLevel {
  if (value >= high) return "H";
  if (value >= medium) return "M";
  return "L";
}

/**
 * The risk score: likelihood × impact on the 1..3 scale (L = 1, M = 2, H = 3), so 1..9.
 *
 * @param likelihood - H, M or L
 * @param impact - H, M or L
 * @returns the product
 *
 * @example
 * riskScore("H", "M") // => 6
 */
export function riskScore(likelihood: RiskLevel, impact: RiskLevel): number {
  return RISK_LEVEL_VALUE[likelihood] * RISK_LEVEL_VALUE[impact];
}
