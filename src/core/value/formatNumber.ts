/**
 * A number as short display text for reasons and labels: rounded to at most `maxDecimals`
 * decimals, trailing zeros dropped, thousands separated by commas (the same in English and
 * Chinese text), never `-0`. Independent of the machine's locale, so reasons read the same
 * everywhere.
 *
 * @param value - a finite number (non-finite values are written as `∞`, `-∞` or `?`)
 * @param maxDecimals - decimals to keep at most, an integer 0..10 (default 0)
 * @returns the formatted text
 *
 * @example
 * formatNumber(1234567.891, 2) // => "1,234,567.89"
 * formatNumber(3.2000001, 1) // => "3.2"
 * formatNumber(-0.0001, 2) // => "0"
 */
export function formatNumber(value: number, maxDecimals = 0): string {
  if (Number.isNaN(value)) return "?";
  if (value === Infinity) return "∞";
  if (value === -Infinity) return "-∞";
  const decimals = Math.min(10, Math.max(0, Math.floor(maxDecimals)));
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction = ""] = fixed.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const body = trimmed ? `${grouped}.${trimmed}` : grouped;
  const isZero = /^[0.,]+$/.test(body);
  return value < 0 && !isZero ? `-${body}` : body;
}

/**
 * A ratio (0.12 = 12%) as percent text, with at most `maxDecimals` decimals (default 1).
 *
 * @param ratio - the ratio as a plain number
 * @param maxDecimals - decimals of the percent figure to keep at most
 * @returns the text with a `%` sign
 *
 * @example
 * formatPercent(0.125) // => "12.5%"
 * formatPercent(0.05, 0) // => "5%"
 */
export function formatPercent(ratio: number, maxDecimals = 1): string {
  return `${formatNumber(ratio * 100, maxDecimals)}%`;
}
