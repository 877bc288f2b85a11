// Hand-written: no well-kept JavaScript optimiser on npm; this is the derivative-free fallback of minimizeBfgs.
import { checkStartingPoint } from "./checkStartingPoint";
import type { Objective, OptimizeResult } from "./optimizeTypes";

/** Options of {@link minimizeNelderMead}. */
export interface NelderMeadOptions {
  /** Iteration limit (default 400 per dimension). */
  readonly maxIterations?: number;
  /** Size of the initial simplex along each axis (default 0.5). */
  readonly initialStep?: number;
  /** Converged when (f_worst − f_best) ≤ relativeTolerance · max(1, |f_best|) (default 1e-12) … */
  readonly relativeTolerance?: number;
  /** … and every vertex is within xTolerance of the best one in every coordinate (default 1e-8). */
  readonly xTolerance?: number;
}

/**
 * Minimises a function of a few variables by the Nelder–Mead simplex method, with the
 * dimension-adaptive coefficients of Gao & Han (2012): reflection 1, expansion 1 + 2/n,
 * contraction 0.75 − 1/(2n), shrink 1 − 1/n.
 *
 * Method: needs no gradient and treats a non-finite value as +∞, so it walks around regions where
 * f is undefined; this makes it the fallback when a gradient method stalls. Convergence needs both
 * the spread of f over the simplex and the size of the simplex under their tolerances. Never
 * throws on non-convergence; returns the best vertex with `converged: false`.
 * Cost: one or two evaluations per iteration (n + 1 on a shrink).
 *
 * @param f - objective
 * @param x0 - starting point (finite); the first simplex is x0 plus `initialStep` along each axis
 * @param options - tolerances and limits
 * @returns `{ x, value, converged, iterations, method: "nelder-mead", message, evaluations }`
 * @throws {DomainError} `BAD_ARGUMENT` when x0 is empty or not finite
 *
 * @example
 * minimizeNelderMead((x) => (x[0] - 1) ** 2 + 10 * (x[1] + 2) ** 2, [0, 0]).x
 * // => [1, -2] (to about 1e-8)
 */
export function minimizeNelderMead(
  f: Objective,
  x0: ArrayLike<number>,
  options: NelderMeadOptions = {},
): OptimizeResult {
  checkStartingPoint(x0);
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 400 * n;
  const step = options.initialStep ?? 0.5;
  const ftol = options.relativeTolerance ?? 1e-12;
  const xtol = options.xTolerance ?? 1e-8;
  const alpha = 1;
  const beta = 1 + 2 / n;
  const gamma = 0.75 - 1 / (2 * n);
  const delta = 1 - 1 / n;

  let evaluations = 0;
  const value = (x: Float64Array): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };

  const simplex: Float64Array[] = [];
  const values: number[] = [];
  for (let i = 0; i <= n; i++) {
    const v = Float64Array.from(x0);
    if (i > 0) v[i - 1] += step;
    simplex.push(v);
    values.push(value(v));
  }
  const order = (): void => {
    const idx = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const s = idx.map((i) => simplex[i]);
    const v = idx.map((i) => values[i]);
    for (let i = 0; i <= n; i++) {
      simplex[i] = s[i];
      values[i] = v[i];
    }
  };
  const centroid = new Float64Array(n);
  const point = (from: Float64Array, towards: Float64Array, k: number): Float64Array => {
    const p = new Float64Array(n);
    for (let j = 0; j < n; j++) p[j] = from[j] + k * (towards[j] - from[j]);
    return p;
  };
  const done = (converged: boolean, iterations: number, message: string): OptimizeResult => ({
    x: Array.from(simplex[0]),
    value: values[0],
    converged,
    iterations,
    method: "nelder-mead",
    message,
    evaluations,
  });

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    order();
    if (values[0] < Infinity) {
      const fSpread = values[n] - values[0];
      let xSpread = 0;
      for (let i = 1; i <= n; i++) {
        for (let j = 0; j < n; j++) xSpread = Math.max(xSpread, Math.abs(simplex[i][j] - simplex[0][j]));
      }
      if (fSpread <= ftol * Math.max(1, Math.abs(values[0])) && xSpread <= xtol) {
        return done(true, iteration - 1, "simplex converged");
      }
    }
    centroid.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;

    const worst = simplex[n];
    const reflected = point(centroid, worst, -alpha);
    const fr = value(reflected);
    if (fr < values[0]) {
      const expanded = point(centroid, worst, -alpha * beta);
      const fe = value(expanded);
      if (fe < fr) {
        simplex[n] = expanded;
        values[n] = fe;
      } else {
        simplex[n] = reflected;
        values[n] = fr;
      }
      continue;
    }
    if (fr < values[n - 1]) {
      simplex[n] = reflected;
      values[n] = fr;
      continue;
    }
    // contraction: outside when the reflected point beats the worst, inside otherwise
    const outside = fr < values[n];
    const contracted = outside ? point(centroid, reflected, gamma) : point(centroid, worst, gamma);
    const fc = value(contracted);
    if (fc < (outside ? fr : values[n])) {
      simplex[n] = contracted;
      values[n] = fc;
      continue;
    }
    // shrink towards the best vertex
    for (let i = 1; i <= n; i++) {
      simplex[i] = point(simplex[0], simplex[i], delta);
      values[i] = value(simplex[i]);
    }
  }
  order();
  return done(false, maxIterations, "iteration limit reached");
}
