/**
 * A smooth objective with its analytic gradient: returns f(x) and writes ∇f(x) into `gradient`.
 * A non-finite return value means "outside the region where f is defined"; minimisers then
 * shorten the step instead of failing.
 */
export type ObjectiveWithGradient = (x: Float64Array, gradient: Float64Array) => number;

/** An objective without gradient (for derivative-free minimisers). */
export type Objective = (x: Float64Array) => number;

/** The name of a minimiser, or of a cascade of minimisers joined by "+". */
export type OptimizeMethod = "bfgs" | "nelder-mead" | string;

/**
 * Result of a minimiser. Minimisers never throw on non-convergence: they return the best point
 * found with `converged: false` and a message saying why.
 */
export interface OptimizeResult {
  /** The best point found. */
  readonly x: number[];
  /** f at `x`. */
  readonly value: number;
  /** True when a convergence test passed (see each minimiser). */
  readonly converged: boolean;
  /** Iterations performed. */
  readonly iterations: number;
  /** Which minimiser produced `x` (a cascade lists its stages, e.g. `bfgs+nelder-mead+bfgs`). */
  readonly method: OptimizeMethod;
  /** Why the minimiser stopped, in English (technical detail for logs and notes). */
  readonly message: string;
  /** Objective evaluations used. */
  readonly evaluations: number;
  /** Largest absolute gradient component at `x`, when a gradient was available. */
  readonly gradientNorm?: number;
}
