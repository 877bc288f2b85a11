// Hand-written: a few lines; the installed @stdlib packages do not include it.
/**
 * The logistic function 1 / (1 + e^(−z)) (the inverse of the log-odds), exact in both tails.
 *
 * Method: for z ≥ 0 computes 1 / (1 + e^(−z)); for z < 0 computes e^z / (1 + e^z), so no
 * exponential ever overflows and tiny probabilities keep their precision. Results lie in [0, 1]:
 * `expit(-Infinity) = 0`, `expit(Infinity) = 1`; NaN gives NaN.
 *
 * @param z - log-odds
 * @returns the probability whose log-odds is `z`
 *
 * @example
 * expit(0) // => 0.5
 * expit(-800) // => 0 (no overflow warning, no NaN)
 */
export function expit(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
