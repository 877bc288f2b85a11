// Hand-written: no well-kept npm library offers double-exponential quadrature with endpoint complements.

/** Options of {@link integrateTanhSinh}. */
export interface TanhSinhOptions {
  /** Relative tolerance between successive levels (default 1e-12). */
  readonly tolerance?: number;
  /** Maximum number of step halvings (default 10: at most about 12,000 evaluations). */
  readonly maxLevels?: number;
}

/** Result of {@link integrateTanhSinh}. */
export interface TanhSinhResult {
  /** The estimate of the integral. */
  readonly value: number;
  /** |difference| between the last two levels, an estimate of the absolute error. */
  readonly errorEstimate: number;
  /** True when the last two levels agree within the tolerance. */
  readonly converged: boolean;
  /** Number of integrand evaluations. */
  readonly evaluations: number;
}

/**
 * ∫₀¹ f(u) du by tanh-sinh (double-exponential) quadrature, which tolerates integrable
 * singularities at both ends.
 *
 * Method: substitutes u = ½(1 + tanh(½π sinh t)) and applies the trapezoidal rule in t with step
 * h = 1, ½, ¼, …, reusing the previous nodes, until two levels agree to `tolerance` (relative).
 * The integrand receives both u and 1 − u, each computed without cancellation, so it can evaluate
 * factors such as (1 − u)^(−½) accurately next to u = 1. Nodes closer than 10⁻³⁰⁰ to an end are
 * skipped. A non-finite integrand value makes the result non-converged: its value is then the
 * last finite level, or NaN when not even the first level (h = 1) is finite, so callers must
 * check `converged`. Cost: about 12/h evaluations at step h.
 *
 * @param f - integrand f(u, 1 − u), finite on (0, 1)
 * @param options - tolerance and level limit
 * @returns the estimate, its error estimate, convergence flag and evaluation count
 *
 * @example
 * integrateTanhSinh((u) => 1 / Math.sqrt(u)).value // => 2 (to about 1e-12)
 */
export function integrateTanhSinh(
  f: (u: number, complement: number) => number,
  options: TanhSinhOptions = {},
): TanhSinhResult {
  const tolerance = options.tolerance ?? 1e-12;
  const maxLevels = options.maxLevels ?? 10;
  const tMax = 6.1; // ½π·sinh(6.1) ≈ 350: the complement is about e^(−700) there
  let evaluations = 0;

  /** Σ w(t)·[f(u(t)) + f(u(−t))] for the given t (t > 0), or the single centre term for t = 0. */
  const pair = (t: number): number => {
    const s = 0.5 * Math.PI * Math.sinh(t);
    const c = Math.cosh(s);
    const w = (0.25 * Math.PI * Math.cosh(t)) / (c * c);
    // u = 1 / (1 + e^(−2s)), 1 − u = 1 / (1 + e^(2s))
    const upper = 1 / (1 + Math.exp(-2 * s));
    const lower = 1 / (1 + Math.exp(2 * s));
    if (t === 0) {
      evaluations++;
      return w * f(0.5, 0.5);
    }
    let sum = 0;
    if (lower > 1e-300) {
      evaluations += 2;
      sum += f(upper, lower) + f(lower, upper);
    }
    return w * sum;
  };

  let h = 1;
  let sum = pair(0);
  for (let k = 1; k * h <= tMax; k++) sum += pair(k * h);
  let estimate = h * sum;
  if (!Number.isFinite(estimate)) return { value: NaN, errorEstimate: Infinity, converged: false, evaluations };
  let error = Infinity;
  for (let level = 1; level <= maxLevels; level++) {
    h /= 2;
    for (let k = 1; k * h <= tMax; k += 2) sum += pair(k * h);
    const next = h * sum;
    if (!Number.isFinite(next)) return { value: estimate, errorEstimate: Infinity, converged: false, evaluations };
    error = Math.abs(next - estimate);
    estimate = next;
    if (level >= 3 && error <= tolerance * Math.abs(estimate)) {
      return { value: estimate, errorEstimate: error, converged: true, evaluations };
    }
  }
  return { value: estimate, errorEstimate: error, converged: error <= tolerance * Math.abs(estimate), evaluations };
}
