// Hand-written series: one pass serves every horizon, which no ₂F₁ library call can do.
import hyp2f1 from "@stdlib/math-base-special-hyp2f1";
import { expit } from "../../math/expit";
import { hyp2f1IsReliable } from "../../math/hyp2f1IsReliable";
import { expectedPurchasesByQuadratureUnchecked } from "./bgnbdExpectedPurchasesByQuadrature";
import { bgnbdLogOddsDead } from "./bgnbdLogOddsDead";
import type { BgnbdHistory, BgnbdParams } from "./bgnbdTypes";
import { checkBgnbdHistory } from "./checkBgnbdHistory";
import { checkBgnbdParams } from "./checkBgnbdParams";
import { checkHorizon } from "./checkHorizon";

const MAX_TERMS = 600;
const TOLERANCE = 1e-15;

// scratch buffers, grown on demand (the function is not re-entrant)
let zs = new Float64Array(16);
let logs = new Float64Array(16); // ln(1 − z)
let zp = new Float64Array(16);
let sums = new Float64Array(16);
let tails = new Float64Array(16);
let pending = new Uint8Array(16);

/**
 * Conditional expected purchases E[Y(t) | x, tx, T] of the BG/NBD model (Fader, Hardie & Lee 2005,
 * eq. 10) at several horizons t at once, e.g. the 13 month ends of a 12-month CLV.
 *
 * Definition (eq. 10):
 *   E[Y(t)] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),
 *   z = t/(α+T+t).
 * Method: two power series serve all horizons in one loop each (one accumulator per horizon):
 * 1. Euler's transformation turns ((1−z)^(r+x))·₂F₁(r+x, b+x; c; z) into
 *    (1−z)^(a−1)·₂F₁(a+b−1−r, a−1; c; z). Writing ε = a − 1, C = a+b+x−1, A = a+b−1−r and
 *    L = ln(1−z),
 *      E[Y(t)] / P(alive) = −C·expm1(εL)/ε − e^(εL) · Σ_{k≥1} d_k z^k,
 *      d_1 = A,  d_{k+1} = d_k (A+k)(a+k−1) / ((C+k)(k+1)).
 *    Both pieces have finite limits at a = 1 (−C·L for the first), so **a = 1 needs no
 *    perturbation** and the (a − 1) singularity of the textbook formula disappears; C ≤ 0 (x = 0,
 *    a + b ≤ 1) is fine too. This series converges fast for large x and never overflows when
 *    a ≤ 2.
 * 2. The textbook series C/(a−1)·[1 − e^((r+x)L) Σ_k c_k z^k], c_0 = 1,
 *    c_{k+1} = c_k (r+x+k)(b+x+k) / ((C+k)(k+1)), which converges fast when a is large (a fit can
 *    end with a and b in the millions when the dropout probability hardly varies between customers;
 *    the first series then needs about a·z terms).
 * The first series is tried first when a ≤ 2, the second first otherwise (the second only when
 * |a − 1| > 1e-3 and C > 0). Each stops when the tail bound for the largest pending z is below
 * 1e-15 of its sum, or after 600 terms. Horizons still pending (z close to 1, i.e. t ≫ α + T)
 * are evaluated by @stdlib's `hyp2f1` on the transformed arguments when a − 1 is not tiny and
 * stdlib is reliable there (see `hyp2f1IsReliable`), and otherwise by
 * {@link bgnbdExpectedPurchasesByQuadrature}. P(alive) is in log space.
 * Results are finite, ≥ 0 and 0 at t = 0. Units: t, tx, T and α in the same time unit.
 * Cost: O(terms × horizons), typically 10–200 terms (at most 1,200 before the fallbacks).
 *
 * @param params - r, α, a, b
 * @param history - x, tx, T
 * @param horizons - horizons t ≥ 0 (any order)
 * @returns E[Y(t)] for each horizon, in the same order
 * @throws {DomainError} `BAD_ARGUMENT` for invalid parameters, history or horizons
 *
 * @example
 * const p = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * Array.from(bgnbdExpectedPurchasesPath(p, { x: 2, tx: 30.43, T: 38.86 }, [0, 39, 52.14]))
 * // => [0, 1.22591, 1.5620] (lifetimes 0.11.3: 1.225910424 at t = 39)
 */
export function bgnbdExpectedPurchasesPath(
  params: BgnbdParams,
  history: BgnbdHistory,
  horizons: ArrayLike<number>,
): Float64Array {
  checkBgnbdParams(params);
  checkBgnbdHistory(history.x, history.tx, history.T);
  for (let h = 0; h < horizons.length; h++) checkHorizon(horizons[h]);
  const out = new Float64Array(horizons.length);
  expectedPurchasesPathUnchecked(
    params.r,
    params.alpha,
    params.a,
    params.b,
    history.x,
    history.tx,
    history.T,
    horizons,
    out,
  );
  return out;
}

/**
 * {@link bgnbdExpectedPurchasesPath} without argument checks, writing into `out`; for hot loops
 * (CLV of a million customers). Not re-entrant (it reuses module-level scratch buffers).
 */
export function expectedPurchasesPathUnchecked(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  tx: number,
  T: number,
  horizons: ArrayLike<number>,
  out: Float64Array,
): void {
  const m = horizons.length;
  const pAlive = expit(-bgnbdLogOddsDead(r, alpha, a, b, x, tx, T));
  if (pAlive === 0) {
    out.fill(0, 0, m);
    return;
  }
  if (zs.length < m) {
    zs = new Float64Array(m);
    logs = new Float64Array(m);
    zp = new Float64Array(m);
    sums = new Float64Array(m);
    tails = new Float64Array(m);
    pending = new Uint8Array(m);
  }
  const aT = alpha + T;
  let open = 0;
  for (let h = 0; h < m; h++) {
    const t = horizons[h];
    zs[h] = t / (aT + t);
    logs[h] = -Math.log1p(t / aT);
    if (t === 0) {
      out[h] = 0;
      pending[h] = 0;
    } else {
      pending[h] = 1;
      open++;
    }
  }
  const eps = a - 1;
  const C = a + b + x - 1;
  const A = a + b - 1 - r;
  const s = r + x;
  const textbookUsable = Math.abs(eps) > 1e-3 && C > 0;
  const order = a <= 2 ? [0, 1] : [1, 0];
  for (const form of order) {
    if (open === 0) break;
    if (form === 0) {
      // Euler form: E/P = −C·expm1(εL)/ε − e^(εL)·Σ_{k≥1} d_k z^k
      sumSeries(m, A, A, eps, C, 1);
      for (let h = 0; h < m; h++) {
        if (pending[h] === 0) continue;
        const L = logs[h];
        const w = Math.exp(eps * L);
        const first = eps === 0 ? -C * L : (-C * Math.expm1(eps * L)) / eps;
        const value = first - w * sums[h];
        if (tails[h] * w <= TOLERANCE * (Math.abs(first) + Math.abs(w * sums[h])) && Number.isFinite(value)) {
          out[h] = value > 0 ? pAlive * value : 0;
          pending[h] = 0;
          open--;
        }
      }
    } else if (textbookUsable) {
      // textbook form: E/P = C/(a−1)·[1 − e^(sL)·Σ_{k≥0} c_k z^k]
      sumSeries(m, 1, s, b + x, C, 0);
      for (let h = 0; h < m; h++) {
        if (pending[h] === 0) continue;
        const w = Math.exp(s * logs[h]);
        const bracket = 1 - w * sums[h];
        const value = (C / eps) * bracket;
        // the truncation error must not exceed the rounding error of 1 − w·Σ
        if (tails[h] * w <= TOLERANCE * (1 + w * Math.abs(sums[h])) && Number.isFinite(value)) {
          out[h] = value > 0 ? pAlive * value : 0;
          pending[h] = 0;
          open--;
        }
      }
    }
  }
  if (open === 0) return;
  for (let h = 0; h < m; h++) {
    if (pending[h] === 1) out[h] = fallback(r, alpha, a, b, x, tx, T, horizons[h], zs[h], pAlive);
  }
}

/**
 * sums[h] = Σ_{k ≥ start} t_k z_h^k over the pending horizons, with t_start = first and
 * t_{k+1} = t_k (p1+k)(p2+k)/((q+k)(k+1)); tails[h] = a bound on the omitted tail (Infinity when
 * none can be given). Stops when the largest pending z has converged, or after MAX_TERMS terms.
 */
function sumSeries(m: number, first: number, p1: number, p2: number, q: number, start: number): void {
  let top = -1;
  let zmax = 0;
  for (let h = 0; h < m; h++) {
    if (pending[h] === 0) continue;
    sums[h] = 0;
    zp[h] = start === 0 ? 1 : zs[h];
    tails[h] = Infinity;
    if (zs[h] > zmax) {
      zmax = zs[h];
      top = h;
    }
  }
  if (top < 0) return;
  let term = first; // t_k, the next term to add
  let added = 0; // |t_k| of the last term added
  let ratio = 0; // t_{k+1} / t_k for that term
  let bounded = false; // whether the ratio bound holds from that term on
  for (let k = start; k < start + MAX_TERMS; k++) {
    for (let h = 0; h < m; h++) {
      if (pending[h] === 0) continue;
      sums[h] += term * zp[h];
      zp[h] *= zs[h];
    }
    added = Math.abs(term);
    ratio = ((p1 + k) * (p2 + k)) / ((q + k) * (k + 1));
    bounded = term === 0 || (p1 + k > 0 && p2 + k > 0);
    if (bounded) {
      const rho = (ratio > 1 ? ratio : 1) * zmax;
      // tail after t_k at zmax: |t_k| zmax^k · ρ/(1 − ρ); zp[top] now holds zmax^(k+1)
      if (term === 0 || (rho < 1 && ((added * zp[top]) / zmax) * (rho / (1 - rho)) <= TOLERANCE * Math.abs(sums[top])))
        break;
    }
    term *= ratio;
  }
  for (let h = 0; h < m; h++) {
    if (pending[h] === 0) continue;
    const rho = (ratio > 1 ? ratio : 1) * zs[h];
    if (added === 0) tails[h] = 0;
    else tails[h] = bounded && rho < 1 ? ((added * zp[h]) / zs[h]) * (rho / (1 - rho)) : Infinity;
  }
}

/** E[Y(t)] where both series are slow: stdlib ₂F₁ on the transformed arguments where reliable, else quadrature. */
function fallback(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  tx: number,
  T: number,
  t: number,
  z: number,
  pAlive: number,
): number {
  const eps = a - 1;
  const C = a + b + x - 1;
  const A = a + b - 1 - r;
  if (Math.abs(eps) >= 1e-3 && C > 0.5 && hyp2f1IsReliable(A, eps, C, z)) {
    const F = hyp2f1(A, eps, C, z);
    const w = Math.exp(-eps * Math.log1p(t / (alpha + T)));
    const value = (pAlive * C * (1 - w * F)) / eps;
    if (Number.isFinite(value) && value >= 0) return value;
  }
  return expectedPurchasesByQuadratureUnchecked(r, alpha, a, b, x, tx, T, t).value;
}
