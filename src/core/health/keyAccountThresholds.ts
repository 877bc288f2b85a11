import { DomainError } from "../errors";

/**
 * Thresholds of key-account screening. Ratios are plain numbers (0.05 = 5%), days are days,
 * volume is money per month.
 */
export interface KeyAccountThresholds {
  /** Current ratio passes when ≥ this. */
  readonly currentRatioMin: number;
  /** Current ratio below this is a credit-risk flag (current liabilities exceed current assets). */
  readonly currentRatioAlert: number;
  /** Net margin passes when strictly above this (break-even is not a profit). */
  readonly netMarginMin: number;
  /** Net margin at or above this is "good" (green). */
  readonly netMarginGood: number;
  /** Return on assets passes when ≥ this. */
  readonly roaMin: number;
  /** Days sales outstanding passes when ≤ this. */
  readonly dsoMax: number;
  /** Days sales outstanding above this is a credit-risk flag. */
  readonly dsoAlert: number;
  /** Inventory days pass when ≤ this. */
  readonly inventoryDaysMax: number;
  /** Monthly purchase volume passes when ≥ this (the key-account size test). */
  readonly monthlyVolumeMin: number;
}

/**
 * Default screening thresholds, with their sources:
 *
 * - current ratio ≥ 1.5, flag < 1.0 — seed 004 流动资产率 ("whether the customer has the cash to
 *   pay"); 1.5–2 is the usual credit-analysis comfort zone, and below 1 current liabilities exceed
 *   current assets (common practice);
 * - net margin > 0, good ≥ 5% — seed 004 净利润率 ("measures the whole company's earnings");
 *   5% is a common rule of thumb for a healthy margin;
 * - ROA ≥ 5% — seed 004 资产回报率 ("compares investment and return, judges management");
 *   5% is the usual rule-of-thumb line for a good ROA;
 * - DSO ≤ 60 days, flag > 90 — seed 004 回款周期; net-30 to net-60 are the usual B2B terms, and
 *   receivables beyond 90 days are the standard "seriously overdue" ageing bucket in credit
 *   control (the overdue-days limits of Kingdee-style credit management);
 * - inventory days ≤ 90 — seed 004 存货周期 (sales strength and cash velocity); about one
 *   quarter of stock is a common ceiling;
 * - monthly volume ≥ 50,000 — seed 004's own example: large customers whose monthly purchases
 *   are "5万元以上" (above 50,000 yuan) are worth developing.
 *
 * @example
 * DEFAULT_KEY_ACCOUNT_THRESHOLDS.monthlyVolumeMin // => 50000
 */
export const DEFAULT_KEY_ACCOUNT_THRESHOLDS: KeyAccountThresholds = Object.freeze({
  currentRatioMin: 1.5,
  currentRatioAlert: 1.0,
  netMarginMin: 0,
  netMarginGood: 0.05,
  roaMin: 0.05,
  dsoMax: 60,
  dsoAlert: 90,
  inventoryDaysMax: 90,
  monthlyVolumeMin: 50_000,
});

/**
 * The defaults overridden by the given thresholds, validated.
 *
 * @param overrides - thresholds to change; the rest keep their defaults
 * @returns the complete set of thresholds
 * @throws {DomainError} `BAD_ARGUMENT` when a threshold is not a finite number, when an alert
 *   line is on the wrong side of its pass line (current-ratio alert above the minimum, DSO alert
 *   below the maximum, "good" net margin below the minimum), or when the DSO, inventory-day or
 *   volume threshold is negative
 *
 * @example
 * resolveKeyAccountThresholds({ dsoMax: 45 }).dsoMax // => 45
 */
export function resolveKeyAccountThresholds(overrides: Partial<KeyAccountThresholds> = {}): KeyAccountThresholds {
  const t: KeyAccountThresholds = { ...DEFAULT_KEY_ACCOUNT_THRESHOLDS, ...dropUndefined(overrides) };
  for (const [key, value] of Object.entries(t)) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `threshold ${key} must be a finite number, got ${String(value)}`,
        `阈值 ${key} 必须是有限数，收到 ${String(value)}`,
        { key, value },
      );
    }
  }
  for (const key of ["dsoMax", "dsoAlert", "inventoryDaysMax", "monthlyVolumeMin"] as const) {
    if (t[key] < 0) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `threshold ${key} cannot be negative, got ${t[key]}`,
        `阈值 ${key} 不能为负数，收到 ${t[key]}`,
        { key, value: t[key] },
      );
    }
  }
  const order: [keyof KeyAccountThresholds, keyof KeyAccountThresholds, string, string][] = [
    ["currentRatioAlert", "currentRatioMin", "the current-ratio alert line", "流动比率预警线"],
    ["netMarginMin", "netMarginGood", "the minimum net margin", "净利润率下限"],
    ["dsoMax", "dsoAlert", "the DSO maximum", "回款周期上限"],
  ];
  for (const [low, high, en, zh] of order) {
    if (t[low] > t[high]) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `${en} (${low} = ${t[low]}) cannot be above ${high} (${t[high]})`,
        `${zh}（${low} = ${t[low]}）不能高于 ${high}（${t[high]}）`,
        { [low]: t[low], [high]: t[high] },
      );
    }
  }
  return t;
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
