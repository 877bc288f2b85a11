// Hand-written series: one pass serves every horizon, which no ₂F₁ library call can do.
import hyp2f1 from "@stdlib/math-base-special-hyp2f1";
import { expit } from "../../math/expit";
import { hyp2f1IsReliable } from "../../math/hyp2f1IsReliable";
import { expectedPurchasesByQuadratureUnchecked } from "./bgnbdExpectedPurchasesByQuadrature";
import { BGNBD_LIMIT_SWITCH, bgnbdLimitGap } from "./bgnbdLimitGap";
import { limitPurchasesPathUnchecked } from "./bgnbdLimitPurchasesPath";
import { bgnbdLogOddsDead } from "./bgnbdLogOddsDead";
import type { BgnbdHistory, BgnbdParams, BgnbdRouteCounts } from "./bgnbdTypes";
import { checkedPurchasesPath } from "./checkedPurchasesPath";

const MAX_TERMS = 600;
const TOLERANCE = 1e-15;
/** The Pfaff series is tried first when b is at least this multiple of max(a, 1). */
const PFAFF_FROM_RATIO = 1000;
/** The Pfaff series is accepted when Σ|terms| is at most this multiple of its sum. */
const PFAFF_MAX_CANCELLATION = 8;

// scratch buffers, grown on demand (the function is not re-entrant)
let zs = new Float64Array(16);
let logs = new Float64Array(16); // ln(1 − z)
let zp = new Float64Array(16);
let sums = new Float64Array(16);
let tails = new Float64Array(16);
let absSums = new Float64Array(16); // Σ |terms|, for the rounding error of an alternating sum
let pending = new Uint8Array(16);
let held = new Uint8Array(16);

/**
 * Conditional expected purchases E[Y(t) | x, tx, T] of the BG/NBD model (Fader, Hardie & Lee 2005,
 * eq. 10) at several horizons t at once, e.g. the 13 month ends of a 12-month CLV.
 *
 * Definition (eq. 10):
 *   E[Y(t)] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),
 *   z = t/(α+T+t).
 * Method: when a and b are so large that the model equals its a, b → ∞ limit to well under 1e-9
 * relative (`bgnbdLimitGap` ≤ 1e-10), the closed form of that limit is used
 * (see `bgnbdLimitPurchasesPath`). Otherwise up to three power series serve all horizons in one
 * loop each (one accumulator per horizon). Writing ε = a − 1, C = a+b+x−1, A = a+b−1−r,
 * s = r + x, τ = t/(α+T) and L = ln(1−z):
 * 0. When b ≥ 1000·max(a, 1) (the dropout probability is tiny), Pfaff's transformation
 *    ₂F₁(s, b+x; C; z) = (1−z)^(−s) ₂F₁(s, a−1; C; −τ) gives
 *      E[Y(t)] / P(alive) = Σ_{k≥1} e_k (−1)^(k+1) τ^k,  e_1 = s,  e_{k+1} = e_k (s+k)(a+k−1) / ((C+k)(k+1)),
 *    whose terms fall fast when C ≫ a; it is used for horizons with τ < 1 whose first term ratio is
 *    at most ½, and accepted when Σ|terms| ≤ 8 × the sum. The two series below lose about
 *    log10(b/a) digits to cancellation in that region (up to 3·10⁻⁷ relative at b/a = 10⁷).
 * 1. Euler's transformation turns ((1−z)^s)·₂F₁(s, b+x; C; z) into (1−z)^(a−1)·₂F₁(A, a−1; C; z):
 *      E[Y(t)] / P(alive) = −C·expm1(εL)/ε − e^(εL) · Σ_{k≥1} d_k z^k,
 *      d_1 = A,  d_{k+1} = d_k (A+k)(a+k−1) / ((C+k)(k+1)).
 *    Both pieces have finite limits at a = 1 (−C·L for the first), so **a = 1 needs no
 *    perturbation** and the (a − 1) singularity of the textbook formula disappears; C ≤ 0 (x = 0,
 *    a + b ≤ 1) is fine too. This series converges fast for large x and never overflows when
 *    a ≤ 2.
 * 2. The textbook series C/(a−1)·[1 − e^(sL) Σ_k c_k z^k], c_0 = 1,
 *    c_{k+1} = c_k (s+k)(b+x+k) / ((C+k)(k+1)), which converges fast when a is large (a fit can
 *    end with a and b in the millions when the dropout probability hardly varies between customers;
 *    the first series then needs about a·z terms).
 * Series 1 is tried before series 2 when a ≤ 2, after it otherwise (series 2 only when
 * |a − 1| > 1e-3 and C > 0). Each stops when the tail bound for the largest pending |z| is below
 * 1e-15 of its sum, or after 600 terms. Horizons still pending (z close to 1, i.e. t ≫ α + T)
 * are evaluated by @stdlib's `hyp2f1` on the transformed arguments when a − 1 is not tiny and
 * stdlib is reliable there (see `hyp2f1IsReliable`), and otherwise by
 * {@link bgnbdExpectedPurchasesByQuadrature}. P(alive) is in log space.
 * Accuracy (against 60-digit references over a, b from 0.05 to 10⁸, x to 100, horizons to 5·10⁴):
 * about 1e-10 relative or better, except where b/a > 10⁵ and t > α + T (up to about 2e-8).
 * Results are finite, ≥ 0 and 0 at t = 0. Units: t, tx, T and α in the same time unit.
 * Cost: O(terms × horizons), typically 10–200 terms (at most 1,800 before the fallbacks).
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
  return checkedPurchasesPath(params, history, horizons, expectedPurchasesPathUnchecked);
}

/** Mutable route counters, filled by {@link expectedPurchasesPathUnchecked}. */
export type RouteCounter = { -readonly [K in keyof BgnbdRouteCounts]: number };

/** A route counter with every count 0. */
export function newRouteCounter(): RouteCounter {
  return { trivial: 0, limit: 0, series: 0, hyp2f1: 0, quadrature: 0, quadratureUnconverged: 0 };
}

/**
 * {@link bgnbdExpectedPurchasesPath} without argument checks, writing into `out`; for hot loops
 * (CLV of a million customers). Not re-entrant (it reuses module-level scratch buffers).
 * `counts` (optional) is incremented by the route of each horizon; `useLimit: false` skips the
 * limit closed form (to compare the two sides of the switch).
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
  counts?: RouteCounter,
  useLimit = true,
): void {
  const m = horizons.length;
  const pAlive = expit(-bgnbdLogOddsDead(r, alpha, a, b, x, tx, T));
  if (pAlive === 0) {
    out.fill(0, 0, m);
    if (counts !== undefined) counts.trivial += m;
    return;
  }
  if (useLimit && bgnbdLimitGap(r, a, b, x) <= BGNBD_LIMIT_SWITCH) {
    limitPurchasesPathUnchecked(r, alpha, a, b, x, tx, T, horizons, out);
    if (counts !== undefined) {
      for (let h = 0; h < m; h++) {
        if (horizons[h] === 0) counts.trivial++;
        else counts.limit++;
      }
    }
    return;
  }
  if (zs.length < m) {
    zs = new Float64Array(m);
    logs = new Float64Array(m);
    zp = new Float64Array(m);
    sums = new Float64Array(m);
    tails = new Float64Array(m);
    absSums = new Float64Array(m);
    pending = new Uint8Array(m);
    held = new Uint8Array(m);
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
      if (counts !== undefined) counts.trivial++;
    } else {
      pending[h] = 1;
      open++;
    }
  }
  const opened = open;
  const eps = a - 1;
  const C = a + b + x - 1;
  const A = a + b - 1 - r;
  const s = r + x;
  // b ≫ a: the other two forms cancel (they lose about log10(b/a) digits); try the Pfaff form first
  if (open > 0 && b >= PFAFF_FROM_RATIO * Math.max(a, 1)) open -= pfaffPass(m, s, a, C, aT, horizons, out, pAlive);
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
  if (counts !== undefined) counts.series += opened - open;
  if (open === 0) return;
  for (let h = 0; h < m; h++) {
    if (pending[h] === 1) out[h] = fallback(r, alpha, a, b, x, tx, T, horizons[h], zs[h], pAlive, counts);
  }
}

/**
 * The Pfaff-transformed series for the pending horizons with τ = t/(α + T) < 1 where it converges
 * quickly; writes their values, clears their pending flags and returns how many it finished.
 * E[Y]/P(alive) = Σ_{k≥1} t_k (−1)^(k+1) τ^k, t_1 = s, t_{k+1} = t_k (s+k)(a+k−1)/((C+k)(k+1)).
 */
function pfaffPass(
  m: number,
  s: number,
  a: number,
  C: number,
  aT: number,
  horizons: ArrayLike<number>,
  out: Float64Array,
  pAlive: number,
): number {
  let candidates = 0;
  for (let h = 0; h < m; h++) {
    held[h] = 0;
    if (pending[h] === 0) continue;
    const tau = horizons[h] / aT;
    // first term ratio (s+1)·a·τ/(2(C+1)) ≤ ½: the terms fall from the start (few terms, little cancellation)
    if (tau < 1 && (s + 1) * Math.max(a, 1) * tau <= C + 1) {
      zs[h] = -tau;
      candidates++;
    } else {
      held[h] = 1;
      pending[h] = 0;
    }
  }
  let done = 0;
  if (candidates > 0) {
    sumSeries(m, s, s, a - 1, C, 1, true);
    for (let h = 0; h < m; h++) {
      if (pending[h] === 0) continue;
      const value = -sums[h];
      // accept when truncated below 1e-15 and the alternating sum lost at most a few digits to rounding
      if (
        value > 0 &&
        value < Infinity &&
        tails[h] <= TOLERANCE * value &&
        absSums[h] <= PFAFF_MAX_CANCELLATION * value
      ) {
        out[h] = pAlive * value;
        pending[h] = 0;
        done++;
      }
    }
  }
  for (let h = 0; h < m; h++) {
    if (held[h] === 1) pending[h] = 1;
    const t = horizons[h];
    zs[h] = t / (aT + t);
  }
  return done;
}

/**
 * sums[h] = Σ_{k ≥ start} t_k z_h^k over the pending horizons, with t_start = first and
 * t_{k+1} = t_k (p1+k)(p2+k)/((q+k)(k+1)); tails[h] = a bound on the omitted tail (Infinity when
 * none can be given); with `trackAbsolute`, absSums[h] = Σ |t_k z_h^k| (z may be negative). Stops
 * when the largest pending |z| has converged, or after MAX_TERMS terms.
 */
function sumSeries(
  m: number,
  first: number,
  p1: number,
  p2: number,
  q: number,
  start: number,
  trackAbsolute = false,
): void {
  let top = -1;
  let zmax = 0;
  for (let h = 0; h < m; h++) {
    if (pending[h] === 0) continue;
    sums[h] = 0;
    absSums[h] = 0;
    zp[h] = start === 0 ? 1 : zs[h];
    tails[h] = Infinity;
    const az = Math.abs(zs[h]);
    if (az > zmax) {
      zmax = az;
      top = h;
    }
  }
  if (top < 0) return;
  let term = first; // t_k, the next term to add
  let added = 0; // |t_k| of the last term added
  let ratio = 0; // t_{k+1} / t_k for that term
  let bounded = false; // whether the ratio bound holds from that term on
  for (let k = start; k < start + MAX_TERMS; k++) {
    if (trackAbsolute) {
      for (let h = 0; h < m; h++) {
        if (pending[h] === 0) continue;
        const v = term * zp[h];
        sums[h] += v;
        absSums[h] += Math.abs(v);
        zp[h] *= zs[h];
      }
    } else {
      for (let h = 0; h < m; h++) {
        if (pending[h] === 0) continue;
        sums[h] += term * zp[h];
        zp[h] *= zs[h];
      }
    }
    added = Math.abs(term);
    ratio = ((p1 + k) * (p2 + k)) / ((q + k) * (k + 1));
    bounded = term === 0 || (p1 + k > 0 && p2 + k > 0);
    if (bounded) {
      const rho = (ratio > 1 ? ratio : 1) * zmax;
      // tail after t_k at the largest |z|: |t_k| |z|^k · ρ/(1 − ρ); zp[top] now holds z^(k+1)
      if (
        term === 0 ||
        (rho < 1 && ((added * Math.abs(zp[top])) / zmax) * (rho / (1 - rho)) <= TOLERANCE * Math.abs(sums[top]))
      )
        break;
    }
    term *= ratio;
  }
  for (let h = 0; h < m; h++) {
    if (pending[h] === 0) continue;
    const az = Math.abs(zs[h]);
    const rho = (ratio > 1 ? ratio : 1) * az;
    if (added === 0) tails[h] = 0;
    else tails[h] = bounded && rho < 1 ? ((added * Math.abs(zp[h])) / az) * (rho / (1 - rho)) : Infinity;
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
  counts: RouteCounter | undefined,
): number {
  const eps = a - 1;
  const C = a + b + x - 1;
  const A = a + b - 1 - r;
  if (Math.abs(eps) >= 1e-3 && C > 0.5 && hyp2f1IsReliable(A, eps, C, z)) {
    const F = hyp2f1(A, eps, C, z);
    const w = Math.exp(-eps * Math.log1p(t / (alpha + T)));
    const value = (pAlive * C * (1 - w * F)) / eps;
    if (Number.isFinite(value) && value >= 0) {
      if (counts !== undefined) counts.hyp2f1++;
      return value;
    }
  }
  const q = expectedPurchasesByQuadratureUnchecked(r, alpha, a, b, x, tx, T, t);
  if (counts !== undefined) {
    counts.quadrature++;
    if (!q.converged) counts.quadratureUnconverged++;
  }
  return q.value;
}
