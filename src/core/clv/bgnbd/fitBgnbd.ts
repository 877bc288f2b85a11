// Hand-written: no well-kept JavaScript library fits the BG/NBD model (the references are Python and R).
import { DomainError } from "../../errors";
import { invertPositiveDefinite } from "../../math/invertPositiveDefinite";
import { minimizeCascade } from "../../math/minimizeCascade";
import { numericalHessian } from "../../math/numericalHessian";
import { groupPatterns } from "../groupPatterns";
import { BGNBD_MAX_PARAMETER, bgnbdObjective } from "./bgnbdObjective";
import type { BgnbdData, BgnbdFit, BgnbdParams, FitBgnbdOptions } from "./bgnbdTypes";
import { checkBgnbdHistory } from "./checkBgnbdHistory";
import { checkBgnbdParams } from "./checkBgnbdParams";
import type { LocalizedText } from "../../types";

/** Fitted parameters (α in rescaled time, max T = 1) below this count as running to 0. */
const MIN_PARAMETER = 1e-9;
/** Fitted log-parameters within this of ln(1e7) (a factor of 10) count as reaching the model's limit. */
const LIMIT_BAND = Math.LN10;

/**
 * Fits the BG/NBD model by maximum likelihood.
 *
 * Method:
 * 1. Checks every row as lifetimes' `_check_inputs` does (x whole ≥ 0, 0 ≤ tx ≤ T, tx = 0 when
 *    x = 0, weights finite ≥ 0) and throws naming the first bad index.
 * 2. Groups identical (x, tx, T) rows into weighted patterns (a million customers are cheap).
 * 3. Rescales time so that max T = 1 (α is scaled back afterwards), which keeps the problem well
 *    conditioned whatever the unit.
 * 4. Minimises the mean negative log-likelihood (plus the optional penalty) over log-parameters
 *    with analytic gradients: BFGS from the start (default r = 1, α = mean T, a = 1, b = 3); if it
 *    does not converge, Nelder–Mead then BFGS again; then the same from lifetimes' start
 *    (all parameters e^0.1 in rescaled time) and from r = a = b = 0.5, α = mean T / 2.
 *    Convergence is judged on the gradient and on the relative change of the objective.
 *    Parameters are held at most 1e7 (α in rescaled time): when the likelihood keeps improving
 *    towards the model's limit (e.g. a, b → ∞: the same dropout probability for everyone; r, α → ∞:
 *    the same purchase rate) the fit stops at or near the limit, counts as converged and says so in
 *    `note` (any parameter above 1e6 counts as at the limit).
 * 5. Standard errors by the delta method: SE(θ) = θ·√([H⁻¹]ᵢᵢ / Σw), H the Hessian of the mean
 *    objective in log-parameters (central differences of the analytic gradient).
 * Does not throw when the optimiser fails: returns `converged: false` with a note. A parameter
 * that runs to 0 (below 1e-9, α in the rescaled time) also gives `converged: false`: the
 * likelihood then has no interior maximum. This happens when customers have repeat purchases at
 * recency 0 (tx = 0 < x): allowed by lifetimes' checks, but the likelihood grows without bound
 * as α → 0.
 * Units: α comes back in the unit of tx and T. Cost: O(n) to group, then O(patterns) per
 * objective evaluation (typically a few hundred evaluations).
 *
 * @param data - column arrays x, tx, T (and optional weights)
 * @param options - penalizer and starting point
 * @returns the fitted parameters, log-likelihood, convergence, standard errors and counts
 * @throws {DomainError} `EMPTY_INPUT` for no rows; `SIZE_MISMATCH` for columns of different
 *   lengths; `BAD_ARGUMENT` for an invalid row (named by index) or options; `NOT_ENOUGH_DATA`
 *   when the total weight is 0 or every T is 0
 *
 * @example
 * // CDNOW, 2,357 customers in weeks (cdnow_customers_summary_with_transactions.csv)
 * fitBgnbd({ x, tx, T }).params
 * // => { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 } (published: 0.243, 4.414, 0.793, 2.426)
 */
export function fitBgnbd(data: BgnbdData, options: FitBgnbdOptions = {}): BgnbdFit {
  const n = data.x.length;
  if (n === 0)
    throw new DomainError(
      "EMPTY_INPUT",
      "there are no customers to fit the BG/NBD model on",
      "没有可用于拟合 BG/NBD 模型的客户",
    );
  const penalizer = options.penalizer ?? 0;
  if (!(penalizer >= 0 && penalizer < Infinity)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `penalizer must be a finite number >= 0 (got ${penalizer})`,
      `惩罚系数必须是大于等于 0 的有限数（实际为 ${penalizer}）`,
    );
  }
  if (options.start !== undefined) checkBgnbdParams(options.start);
  if (data.tx.length !== n || data.T.length !== n || (data.weight !== undefined && data.weight.length !== n)) {
    groupPatterns(data.x, data.tx, data.T, data.weight); // throws SIZE_MISMATCH with the lengths
  }
  for (let i = 0; i < n; i++) {
    checkBgnbdHistory(data.x[i], data.tx[i], data.T[i], i);
    if (data.weight !== undefined && !(data.weight[i] >= 0 && data.weight[i] < Infinity)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `weight at index ${i} must be a finite number >= 0 (got ${data.weight[i]})`,
        `第 ${i} 个（从 0 开始）权重必须是大于等于 0 的有限数（实际为 ${data.weight[i]}）`,
        { index: i },
      );
    }
  }

  const patterns = groupPatterns(data.x, data.tx, data.T, data.weight);
  let customers = 0;
  let repeatCustomers = 0;
  let hasInstantRepeats = false;
  let maxT = 0;
  let weightedT = 0;
  for (let k = 0; k < patterns.count; k++) {
    const w = patterns.weight[k];
    customers += w;
    if (patterns.x[k] > 0) repeatCustomers += w;
    if (patterns.x[k] > 0 && patterns.tx[k] === 0 && w > 0) hasInstantRepeats = true;
    if (w > 0) maxT = Math.max(maxT, patterns.T[k]);
    weightedT += w * patterns.T[k];
  }
  if (!(customers > 0) || !(maxT > 0)) {
    throw new DomainError(
      "NOT_ENOUGH_DATA",
      "the BG/NBD model needs customers with a positive weight and an age T > 0",
      "BG/NBD 模型需要权重为正且年龄 T > 0 的客户",
    );
  }
  const scale = maxT;
  const scaled = {
    x: patterns.x,
    tx: patterns.tx.map((v) => v / scale),
    T: patterns.T.map((v) => v / scale),
    weight: patterns.weight,
  };
  const meanT = weightedT / customers / scale;
  const objective = bgnbdObjective(scaled, penalizer);
  const logStart = (p: BgnbdParams): number[] => [Math.log(p.r), Math.log(p.alpha), Math.log(p.a), Math.log(p.b)];
  const starts = [
    options.start !== undefined
      ? logStart({ ...options.start, alpha: options.start.alpha / scale })
      : logStart({ r: 1, alpha: meanT, a: 1, b: 3 }),
    [0.1, 0.1, 0.1, 0.1],
    logStart({ r: 0.5, alpha: meanT / 2, a: 0.5, b: 0.5 }),
  ];
  const logMax = Math.log(BGNBD_MAX_PARAMETER);
  const result = minimizeCascade(objective, starts, { upperBound: logMax });
  const [r, alphaScaled, a, b] = result.x.map(Math.exp);
  const params: BgnbdParams = { r, alpha: alphaScaled * scale, a, b };

  // unpenalised log-likelihood in the original time unit: rescaling time by s shifts each
  // customer's log-likelihood by −x·ln s
  let repeatPurchases = 0;
  for (let k = 0; k < patterns.count; k++) repeatPurchases += patterns.weight[k] * patterns.x[k];
  const unpenalised = bgnbdObjective(scaled, 0);
  const logLikelihood =
    -unpenalised(Float64Array.from(result.x), new Float64Array(4)) * customers - repeatPurchases * Math.log(scale);

  let standardErrors: BgnbdParams | undefined;
  const hessian = numericalHessian(objective, result.x);
  const inverse = hessian === undefined ? undefined : invertPositiveDefinite(hessian);
  if (inverse !== undefined) {
    const se = [r, params.alpha, a, b].map((theta, i) => theta * Math.sqrt(inverse[i][i] / customers));
    if (se.every((v) => v >= 0 && v < Infinity)) standardErrors = { r: se[0], alpha: se[1], a: se[2], b: se[3] };
  }

  const finite = [r, params.alpha, a, b, logLikelihood].every(Number.isFinite);
  // a parameter running to 0 means the likelihood has no interior maximum (e.g. α → 0 when some
  // customers have repeat purchases at recency 0: their likelihood grows without bound)
  const names = ["r", "alpha", "a", "b"] as const;
  const vanishing = names.filter((_, i) => !([r, alphaScaled, a, b][i] > MIN_PARAMETER));
  const converged = result.converged && finite && vanishing.length === 0;
  // within a factor 10 of the cap: the likelihood was still rising towards the model's limit
  const atLimit = names.filter((_, i) => result.x[i] >= logMax - LIMIT_BAND);
  const limitKinds = [
    ...(atLimit.some((v) => v === "a" || v === "b") ? [{ en: "dropout probability", zh: "流失概率" }] : []),
    ...(atLimit.some((v) => v === "r" || v === "alpha") ? [{ en: "purchase rate", zh: "购买速率" }] : []),
  ];
  const note: LocalizedText | undefined = converged
    ? atLimit.length > 0
      ? {
          en: `${atLimit.join(", ")} reached the upper limit ${BGNBD_MAX_PARAMETER} (in rescaled time): the data fit best at the model's limit, where every customer has nearly the same ${limitKinds.map((k) => k.en).join(" and the same ")}. Predictions use that limit.`,
          zh: `${atLimit.join("、")} 达到上限 ${BGNBD_MAX_PARAMETER}（按缩放后的时间）：数据在模型的极限处拟合最好，即所有客户的${limitKinds.map((k) => k.zh).join("和")}几乎相同。预测采用该极限。`,
        }
      : undefined
    : vanishing.length > 0 && finite
      ? {
          en: `The BG/NBD fit has no interior maximum: ${vanishing.join(", ")} tend${vanishing.length === 1 ? "s" : ""} to 0${hasInstantRepeats ? " (some customers have repeat purchases at recency 0)" : ""}. The parameters are not reliable.`,
          zh: `BG/NBD 模型拟合没有内部最大值：${vanishing.join("、")} 趋于 0${hasInstantRepeats ? "（部分客户有重复购买但最近购买间隔为 0）" : ""}。参数不可靠。`,
        }
      : {
          en: `The BG/NBD fit did not converge (${result.message}); the parameters are the best found and may be unreliable.`,
          zh: `BG/NBD 模型拟合未收敛（${result.message}）；参数为找到的最优值，可能不可靠。`,
        };
  return {
    params,
    logLikelihood,
    converged,
    method: result.method,
    iterations: result.iterations,
    standardErrors,
    customers,
    repeatCustomers,
    patterns: patterns.count,
    note,
  };
}
