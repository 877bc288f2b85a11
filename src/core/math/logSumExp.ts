// Hand-written: a few lines; the installed @stdlib packages do not include it.
/**
 * ln Σ exp(vᵢ), computed without overflow or underflow.
 *
 * Method: subtracts the largest value m before exponentiating, ln Σ exp(vᵢ) = m + ln Σ exp(vᵢ − m).
 * Edge cases: an empty list gives −∞ (the log of an empty sum, 0); −∞ entries contribute nothing;
 * any +∞ gives +∞; a NaN entry gives NaN (propagated, not hidden). Runs in O(n).
 *
 * @param values - log-scale terms
 * @returns ln Σ exp(vᵢ)
 *
 * @example
 * logSumExp([1000, 1000]) // => 1000.6931471805599 (1000 + ln 2; exp(1000) alone overflows)
 * logSumExp([]) // => -Infinity
 */
export function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) return NaN;
    if (v > max) max = v;
  }
  if (max === -Infinity || max === Infinity) return max;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i] - max);
  return max + Math.log(sum);
}
