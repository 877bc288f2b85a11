// Hand-written: no well-kept JavaScript optimiser on npm offers BFGS with a guarded line search.
import { checkStartingPoint } from "./checkStartingPoint";
import type { ObjectiveWithGradient, OptimizeResult } from "./optimizeTypes";

/** Options of {@link minimizeBfgs}. */
export interface BfgsOptions {
  /** Iteration limit (default 500). */
  readonly maxIterations?: number;
  /** Converged when max |projected ∂f/∂xᵢ| ≤ gradientTolerance · max(1, |f|) (default 1e-8). */
  readonly gradientTolerance?: number;
  /**
   * Also converged when the relative decrease of f in an iteration is ≤ relativeTolerance and
   * max |projected ∂f/∂xᵢ| ≤ looseGradientTolerance · max(1, |f|) (defaults 1e-12 and 1e-5): the
   * minimum is reached to the precision of f even if the gradient cannot be pushed lower.
   */
  readonly relativeTolerance?: number;
  readonly looseGradientTolerance?: number;
  /** Largest change of any coordinate in one step (default 5), which keeps exp(x) finite. */
  readonly maxStep?: number;
  /**
   * Upper bound for every coordinate (default +∞). Steps are projected onto x ≤ bound; a
   * coordinate at the bound whose gradient pushes outward is held there and left out of the
   * convergence tests (the Karush–Kuhn–Tucker conditions of the bounded problem).
   */
  readonly upperBound?: number;
}

const C1 = 1e-4; // sufficient decrease (Armijo)
const C2 = 0.9; // curvature (weak Wolfe)
const MAX_LINE_SEARCH = 60;

/**
 * Minimises a smooth function of a few variables by BFGS (quasi-Newton with an inverse-Hessian
 * approximation) and a weak-Wolfe line search.
 *
 * Method: the direction is −H·∇f; its largest coordinate is capped at `maxStep`, and steps never
 * grow beyond that cap. The line search brackets a step satisfying the Armijo and curvature
 * conditions by doubling and bisection (Lewis & Overton); a non-finite f or gradient at a trial
 * point counts as "too far", so the step shrinks instead of the search failing, and a step must
 * lower f strictly to be accepted. H starts as the identity, is rescaled by sᵀy/yᵀy after the
 * first step, and is updated only when sᵀy > 0 (it stays positive definite). When a line search
 * fails the approximation is reset to the identity once before giving up. With `upperBound`,
 * trial points are projected onto the bound and coordinates held at it are frozen (useful when
 * the minimum lies at infinity, e.g. a likelihood that keeps improving as a parameter grows).
 * Convergence: gradient test, or the relative-decrease test (see {@link BfgsOptions}); a line
 * search that cannot improve f at a point that passes the loose gradient test also counts as
 * converged (the minimum is reached to the precision of f).
 * Never throws on non-convergence; returns the best point with `converged: false`.
 * Cost: O(n²) per iteration plus the objective evaluations.
 *
 * @param f - objective writing its gradient
 * @param x0 - starting point (finite; coordinates above `upperBound` are moved onto it)
 * @param options - tolerances, limits and bound
 * @returns `{ x, value, converged, iterations, method: "bfgs", message, evaluations, gradientNorm }`
 *   (`gradientNorm` is the largest projected gradient component)
 * @throws {DomainError} `BAD_ARGUMENT` when x0 is empty or not finite
 *
 * @example
 * // f(x, y) = (x − 1)² + 10(y + 2)²
 * minimizeBfgs((x, g) => { g[0] = 2 * (x[0] - 1); g[1] = 20 * (x[1] + 2); return (x[0] - 1) ** 2 + 10 * (x[1] + 2) ** 2; }, [0, 0]).x
 * // => [1, -2] (to about 1e-8)
 */
export function minimizeBfgs(
  f: ObjectiveWithGradient,
  x0: ArrayLike<number>,
  options: BfgsOptions = {},
): OptimizeResult {
  checkStartingPoint(x0);
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 500;
  const gtol = options.gradientTolerance ?? 1e-8;
  const ftol = options.relativeTolerance ?? 1e-12;
  const looseGtol = options.looseGradientTolerance ?? 1e-5;
  const maxStep = options.maxStep ?? 5;
  const upper = options.upperBound ?? Infinity;

  let x = Float64Array.from(x0, (v) => Math.min(v, upper));
  let g = new Float64Array(n);
  let fx = f(x, g);
  let evaluations = 1;
  const projected = new Float64Array(n);
  /** The gradient with the components of coordinates held at the bound set to 0; returns its max norm. */
  const project = (): number => {
    let m = 0;
    for (let i = 0; i < n; i++) {
      projected[i] = x[i] >= upper && g[i] < 0 ? 0 : g[i];
      m = Math.max(m, Math.abs(projected[i]));
    }
    return m;
  };
  const result = (converged: boolean, iterations: number, message: string): OptimizeResult => ({
    x: Array.from(x),
    value: fx,
    converged,
    iterations,
    method: "bfgs",
    message,
    evaluations,
    gradientNorm: project(),
  });
  if (!Number.isFinite(fx) || !g.every(Number.isFinite)) {
    return result(false, 0, "the objective or its gradient is not finite at the starting point");
  }

  const H = identity(n);
  let fresh = true; // H is the (unscaled) identity
  const d = new Float64Array(n);
  const xt = new Float64Array(n);
  const gt = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const Hy = new Float64Array(n);

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const scale = Math.max(1, Math.abs(fx));
    const gnorm = project();
    if (gnorm <= gtol * scale) return result(true, iteration - 1, "gradient below tolerance");

    // direction d = −H g (frozen coordinates excluded); steepest descent if it is not a descent direction
    multiply(H, projected, d, -1);
    for (let i = 0; i < n; i++) if (x[i] >= upper && d[i] > 0) d[i] = 0;
    let slope = dot(g, d);
    if (!(slope < 0)) {
      resetIdentity(H);
      fresh = true;
      for (let i = 0; i < n; i++) d[i] = -projected[i];
      slope = dot(g, d);
    }
    const dnorm = normInf(d);
    if (dnorm > maxStep) {
      const k = maxStep / dnorm;
      for (let i = 0; i < n; i++) d[i] *= k;
    }
    const tMax = maxStep / normInf(d);

    // weak Wolfe line search by bracketing on the projected path; non-finite values shrink the step
    let lo = 0;
    let hi = Infinity;
    let t = Math.min(1, tMax);
    let accepted = false;
    let fNew = NaN;
    let armijoT = 0;
    let armijoF = Infinity;
    for (let trial = 0; trial < MAX_LINE_SEARCH; trial++) {
      for (let i = 0; i < n; i++) {
        xt[i] = Math.min(x[i] + t * d[i], upper);
        s[i] = xt[i] - x[i];
      }
      const decrease = dot(g, s); // predicted change along the projected step (< 0)
      const ft = f(xt, gt);
      evaluations++;
      if (
        !Number.isFinite(ft) ||
        !gt.every(Number.isFinite) ||
        !(decrease < 0) ||
        ft > fx + C1 * decrease ||
        !(ft < fx)
      ) {
        hi = t;
      } else {
        if (ft < armijoF) {
          armijoF = ft;
          armijoT = t;
        }
        if (dot(gt, s) < C2 * decrease && t < tMax) {
          lo = t;
        } else {
          accepted = true;
          fNew = ft;
          break;
        }
      }
      t = hi < Infinity ? (lo + hi) / 2 : Math.min(2 * lo, tMax);
      if (hi < 1e-16) break;
    }
    if (!accepted && armijoT > 0) {
      // keep the best point with sufficient decrease even though the curvature test failed
      for (let i = 0; i < n; i++) xt[i] = Math.min(x[i] + armijoT * d[i], upper);
      fNew = f(xt, gt);
      evaluations++;
      accepted = true;
    }
    if (!accepted) {
      if (!fresh) {
        resetIdentity(H);
        fresh = true;
        continue;
      }
      const converged = gnorm <= looseGtol * scale;
      return result(
        converged,
        iteration,
        converged ? "no further decrease possible at the precision of the objective" : "line search failed",
      );
    }

    for (let i = 0; i < n; i++) {
      s[i] = xt[i] - x[i];
      y[i] = gt[i] - g[i];
    }
    const previous = fx;
    x = Float64Array.from(xt);
    g = Float64Array.from(gt);
    fx = fNew;

    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (fresh) {
        const k = sy / dot(y, y);
        for (let i = 0; i < n; i++) H[i * n + i] = k;
        fresh = false;
      }
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
      const rho = 1 / sy;
      multiply(H, y, Hy, 1);
      const yHy = dot(y, Hy);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i * n + j] += -rho * (s[i] * Hy[j] + Hy[i] * s[j]) + (rho * rho * yHy + rho) * s[i] * s[j];
        }
      }
    }

    const relChange = Math.abs(previous - fx) / Math.max(1, Math.abs(fx));
    const newNorm = project();
    if (newNorm <= gtol * Math.max(1, Math.abs(fx))) return result(true, iteration, "gradient below tolerance");
    if (relChange <= ftol && newNorm <= looseGtol * Math.max(1, Math.abs(fx))) {
      return result(true, iteration, "relative change of the objective below tolerance");
    }
  }
  return result(false, maxIterations, "iteration limit reached");
}

function identity(n: number): Float64Array {
  const H = new Float64Array(n * n);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
  return H;
}

function resetIdentity(H: Float64Array): void {
  const n = Math.round(Math.sqrt(H.length));
  H.fill(0);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
}

/** out = k · M v for a square matrix stored row-major. */
function multiply(M: Float64Array, v: Float64Array, out: Float64Array, k: number): void {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += M[i * n + j] * v[j];
    out[i] = k * sum;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function normInf(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}
