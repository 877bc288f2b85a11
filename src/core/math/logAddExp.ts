// Hand-written: a few lines; the installed @stdlib packages do not include it.
/**
 * ln(exp(a) + exp(b)) for two log-scale terms, without overflow or underflow.
 *
 * Method: max(a, b) + log1p(exp(−|a − b|)). Edge cases: −∞ is the log of 0, so
 * `logAddExp(-Infinity, b) = b`; +∞ gives +∞; NaN gives NaN.
 *
 * @param a - first log-scale term
 * @param b - second log-scale term
 * @returns ln(exp(a) + exp(b))
 *
 * @example
 * logAddExp(0, 0) // => 0.6931471805599453 (ln 2)
 * logAddExp(-Infinity, 5) // => 5
 */
export function logAddExp(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  const max = a > b ? a : b;
  if (max === -Infinity || max === Infinity) return max;
  const min = a > b ? b : a;
  return max + Math.log1p(Math.exp(min - max));
}
