// Hand-written: no well-kept JavaScript library fits the Gamma-Gamma model (the references are Python and R).
import { DomainError } from "../../errors";
import { invertPositiveDefinite } from "../../math/invertPositiveDefinite";
import { minimizeCascade } from "../../math/minimizeCascade";
import { numericalHessian } from "../../math/numericalHessian";
import type { LocalizedText } from "../../types";
import { GAMMA_GAMMA_MAX_PARAMETER, gammaGammaObjective } from "./gammaGammaObjective";
import type { FitGammaGammaOptions, GammaGammaData, GammaGammaFit } from "./gammaGammaTypes";

/** |corr(x, m̄)| above this adds a warning: the model assumes spend is independent of frequency. */
export const GAMMA_GAMMA_CORRELATION_WARNING = 0.3;

/**
 * Fits the Gamma-Gamma spend model by maximum likelihood, on the customers with at least one
 * repeat purchase and a positive mean repeat spend.
 *
 * Method:
 * 1. Customers with x = 0 (no repeat purchase to observe spend on) and customers with x > 0 but
 *    m̄ ≤ 0 (repeat purchases that net to zero or less: refunds, free orders; the gamma
 *    distribution needs positive values) are left out and counted by reason, never a failure.
 * 2. Spend is divided by its mean during the fit (v is scaled back), for conditioning.
 * 3. The mean negative log-likelihood is minimised over (ln p, ln(q − 1), ln v), so q > 1 always:
 *    the population mean p·v/(q − 1) is positive and finite and CLV can never turn negative
 *    (lifetimes #146, #362, #370). Minimiser cascade: BFGS, then Nelder–Mead and BFGS, from
 *    (p, q, v) = (1, 2, mean), then (2, 3, 2·mean), then (5, 5, 4·mean). p, q − 1 and v/mean are
 *    held at most 1e7; a fit that stops there is the model's limit and says so in a note.
 * 4. Standard errors by the delta method from the Hessian in the transformed parameters.
 * 5. Reports the Pearson correlation of x and m̄ and adds a warning note when it exceeds 0.3 in
 *    absolute value (Hardie recommends checking it is near 0).
 * Degenerate data: when every fitted customer has the same m̄ there is no spread to estimate and
 * the likelihood has no maximum; no minimiser runs, and the result has `converged: false`, the
 * limit values p = q − 1 = 1e7, v = m̄ (population mean m̄), method "none" and a note saying why.
 * Cost: O(n) per objective evaluation.
 *
 * @param data - x and m̄ per customer (all customers; the fit picks the usable ones)
 * @param options - penalizer
 * @returns parameters, log-likelihood, convergence, standard errors, counts, correlation and notes
 * @throws {DomainError} `SIZE_MISMATCH` for columns of different lengths; `BAD_ARGUMENT` for a
 *   non-integer or negative x or a non-finite m̄ (named by index) or a bad penalizer;
 *   `NOT_ENOUGH_DATA` when fewer than 3 customers have x > 0 and m̄ > 0
 *
 * @example
 * // CDNOW, 946 repeat customers (zbar of cdnow_customers_summary_with_transactions.csv)
 * fitGammaGamma({ x, mbar: zbar }).params // => { p: 6.2488, q: 3.7446, v: 15.4477 } (published 6.25, 3.74, 15.44)
 */
export function fitGammaGamma(data: GammaGammaData, options: FitGammaGammaOptions = {}): GammaGammaFit {
  const n = data.x.length;
  if (data.mbar.length !== n) {
    throw new DomainError(
      "SIZE_MISMATCH",
      `x and mean spend must have the same length (got ${n} and ${data.mbar.length})`,
      `x 与平均消费的长度必须相同（实际为 ${n} 和 ${data.mbar.length}）`,
    );
  }
  const penalizer = options.penalizer ?? 0;
  if (!(penalizer >= 0 && penalizer < Infinity)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `penalizer must be a finite number >= 0 (got ${penalizer})`,
      `惩罚系数必须是大于等于 0 的有限数（实际为 ${penalizer}）`,
    );
  }
  const xs: number[] = [];
  const ms: number[] = [];
  let noRepeat = 0;
  let nonPositiveSpend = 0;
  for (let i = 0; i < n; i++) {
    const x = data.x[i];
    const m = data.mbar[i];
    if (!(Number.isInteger(x) && x >= 0) || !Number.isFinite(m)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `invalid spend data at index ${i}: x must be a whole number >= 0 and the mean spend finite (got x=${x}, mean spend=${m})`,
        `第 ${i} 个（从 0 开始）消费数据无效：x 必须是大于等于 0 的整数且平均消费为有限数（实际 x=${x}，平均消费=${m}）`,
        { index: i },
      );
    }
    if (x === 0) noRepeat++;
    else if (!(m > 0)) nonPositiveSpend++;
    else {
      xs.push(x);
      ms.push(m);
    }
  }
  const count = xs.length;
  if (count < 3) {
    throw new DomainError(
      "NOT_ENOUGH_DATA",
      `the Gamma-Gamma spend model needs at least 3 customers with repeat purchases and a positive mean spend (found ${count})`,
      `Gamma-Gamma 消费模型至少需要 3 位有重复购买且平均消费为正的客户（实际 ${count} 位）`,
    );
  }
  const scale = ms.reduce((s, m) => s + m, 0) / count;
  const scaled = ms.map((m) => m / scale);
  if (ms.every((m) => m === ms[0])) return noSpread(xs, scaled, ms[0], { noRepeat, nonPositiveSpend });
  const objective = gammaGammaObjective(xs, scaled, penalizer);
  const logMax = Math.log(GAMMA_GAMMA_MAX_PARAMETER);
  const result = minimizeCascade(
    objective,
    [
      [0, 0, 0],
      [Math.log(2), Math.log(2), Math.log(2)],
      [Math.log(5), Math.log(4), Math.log(4)],
    ],
    { upperBound: logMax },
  );
  const p = Math.exp(result.x[0]);
  const q = 1 + Math.exp(result.x[1]);
  const v = Math.exp(result.x[2]) * scale;

  // unpenalised log-likelihood in money units: each customer's term shifts by −ln(scale)
  const unpenalised = gammaGammaObjective(xs, scaled, 0);
  const logLikelihood =
    -unpenalised(Float64Array.from(result.x), new Float64Array(3)) * count - count * Math.log(scale);

  let standardErrors: GammaGammaFit["standardErrors"];
  const hessian = numericalHessian(objective, result.x);
  const inverse = hessian === undefined ? undefined : invertPositiveDefinite(hessian);
  if (inverse !== undefined) {
    const se = [p, q - 1, v].map((d, i) => d * Math.sqrt(inverse[i][i] / count));
    if (se.every((s) => s >= 0 && s < Infinity)) standardErrors = { p: se[0], q: se[1], v: se[2] };
  }

  const correlation = pearson(xs, ms);
  const notes: LocalizedText[] = [];
  if (noRepeat > 0 || nonPositiveSpend > 0) {
    notes.push({
      en: `Spend model fitted on ${count} customers; left out: ${noRepeat} with no repeat purchase, ${nonPositiveSpend} whose repeat purchases average 0 or less (refunds or free orders). They get the population mean spend.`,
      zh: `消费模型基于 ${count} 位客户拟合；未纳入：${noRepeat} 位没有重复购买，${nonPositiveSpend} 位重复购买平均金额小于等于 0（退款或免费订单）。这些客户使用总体平均消费。`,
    });
  }
  if (correlation !== undefined && Math.abs(correlation) > GAMMA_GAMMA_CORRELATION_WARNING) {
    notes.push({
      en: `Purchase frequency and average spend are correlated (r = ${correlation.toFixed(2)}); the Gamma-Gamma model assumes they are independent, so expected spend may be biased.`,
      zh: `购买频次与平均消费存在相关（r = ${correlation.toFixed(2)}）；Gamma-Gamma 模型假设两者独立，预期消费可能有偏差。`,
    });
  }
  const finite = [p, q, v, logLikelihood].every(Number.isFinite);
  const converged = result.converged && finite;
  if (converged && result.x.some((t) => t >= logMax - 1e-3)) {
    notes.push({
      en: `The spend model reached its limit (a parameter hit ${GAMMA_GAMMA_MAX_PARAMETER}): customers' average spend hardly varies beyond what their purchase counts explain. Expected spend uses that limit.`,
      zh: `消费模型达到其极限（某参数达到 ${GAMMA_GAMMA_MAX_PARAMETER}）：客户平均消费的差异几乎都可由购买次数解释。预期消费采用该极限。`,
    });
  }
  if (!converged) {
    notes.push({
      en: `The spend model fit did not converge (${result.message}); the parameters are the best found and may be unreliable.`,
      zh: `消费模型拟合未收敛（${result.message}）；参数为找到的最优值，可能不可靠。`,
    });
  }
  return {
    params: { p, q, v },
    logLikelihood,
    converged,
    method: result.method,
    iterations: result.iterations,
    standardErrors,
    customers: count,
    excluded: { noRepeat, nonPositiveSpend },
    meanSpend: (p * v) / (q - 1),
    correlation,
    notes,
  };
}

/**
 * The result for customers who all have the same mean spend m: the likelihood then grows without
 * bound as p and q do (zero spread within and between customers), so there is no estimate. The
 * parameters returned are that limit at the bound (p = q − 1 = 1e7, v = m, population mean m),
 * with `converged: false` and a note saying why.
 */
function noSpread(
  xs: readonly number[],
  scaled: readonly number[],
  m: number,
  excluded: GammaGammaFit["excluded"],
): GammaGammaFit {
  const logMax = Math.log(GAMMA_GAMMA_MAX_PARAMETER);
  const theta = Float64Array.from([logMax, logMax, 0]);
  const count = xs.length;
  const logLikelihood = -gammaGammaObjective(xs, scaled, 0)(theta, new Float64Array(3)) * count - count * Math.log(m);
  return {
    params: { p: GAMMA_GAMMA_MAX_PARAMETER, q: 1 + GAMMA_GAMMA_MAX_PARAMETER, v: m },
    logLikelihood,
    converged: false,
    method: "none",
    iterations: 0,
    customers: count,
    excluded,
    meanSpend: m,
    notes: [
      {
        en: `Every one of the ${count} customers in the spend fit has the same average repeat spend (${m}): with no spread in spend the Gamma-Gamma model has no estimate (its parameters grow without bound).`,
        zh: `参与消费模型拟合的 ${count} 位客户的重复购买平均金额全部相同（${m}）：消费金额没有差异时 Gamma-Gamma 模型无法估计（其参数无界增长）。`,
      },
    ],
  };
}

function pearson(a: readonly number[], b: readonly number[]): number | undefined {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] / n;
    mb += b[i] / n;
  }
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i] - ma;
    const db = b[i] - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (!(saa > 0 && sbb > 0)) return undefined;
  return sab / Math.sqrt(saa * sbb);
}
