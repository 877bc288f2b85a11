import type { LocalizedText } from "../../types";

/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005): while alive, a customer buys at rate
 * λ ~ Gamma(shape r, rate α); after each purchase the customer drops out with probability
 * p ~ Beta(a, b). α is in the model's time unit (purchases per unit time scale with 1/α).
 */
export interface BgnbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/**
 * One customer's purchase history in the model's time unit (days or weeks, as the caller chose):
 * `x` repeat purchases (purchases − 1), `tx` recency (time from the first to the last purchase,
 * 0 when x = 0), `T` age (time from the first purchase to the end of observation).
 */
export interface BgnbdHistory {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
}

/** Histories as column arrays (`x[i]`, `tx[i]`, `T[i]` describe customer i), with optional weights (customer counts). */
export interface BgnbdData {
  readonly x: ArrayLike<number>;
  readonly tx: ArrayLike<number>;
  readonly T: ArrayLike<number>;
  /** How many customers each row stands for (default 1 each). */
  readonly weight?: ArrayLike<number>;
}

/** Options of `fitBgnbd`. */
export interface FitBgnbdOptions {
  /**
   * L2 penalty on the parameters (default 0): the objective is −mean log-likelihood +
   * penalizer · (r² + α² + a² + b²), with α in the rescaled time (max T = 1), as in lifetimes.
   */
  readonly penalizer?: number;
  /** Starting point (default r = 1, α = mean T, a = 1, b = 3). */
  readonly start?: BgnbdParams;
}

/** The result of `fitBgnbd`. */
export interface BgnbdFit {
  /** Maximum-likelihood parameters, α in the data's time unit. */
  readonly params: BgnbdParams;
  /** Σ weight · log-likelihood at `params`, without the penalty. */
  readonly logLikelihood: number;
  readonly converged: boolean;
  /** The minimiser stages that ran, e.g. `bfgs` or `bfgs+nelder-mead+bfgs`. */
  readonly method: string;
  readonly iterations: number;
  /**
   * Delta-method standard errors from the Hessian of the mean negative log-likelihood in
   * log-parameters; `undefined` when that Hessian is singular or not positive definite.
   */
  readonly standardErrors?: BgnbdParams;
  /** Number of customers (Σ weights). */
  readonly customers: number;
  /** Customers with at least one repeat purchase (Σ weights where x > 0). */
  readonly repeatCustomers: number;
  /** Distinct (x, tx, T) patterns the likelihood was evaluated on. */
  readonly patterns: number;
  /** Present when the fit needs the reader's attention (e.g. it did not converge). */
  readonly note?: LocalizedText;
}

/**
 * How many evaluations of E[Y(t)] (one per distinct history and horizon) each evaluation route
 * served: a diagnostic of `discountedClv` and `computeClv`.
 */
export interface BgnbdRouteCounts {
  /** t = 0 or P(alive) = 0: the value is 0 without any evaluation. */
  readonly trivial: number;
  /** The closed form of the a, b → ∞ limit (see `bgnbdLimitPurchasesPath`). */
  readonly limit: number;
  /** One of the two power series (see `bgnbdExpectedPurchasesPath`). */
  readonly series: number;
  /** @stdlib's `hyp2f1` on the Euler-transformed arguments (both series too slow). */
  readonly hyp2f1: number;
  /** Tanh-sinh quadrature over the dropout probability (the last resort). */
  readonly quadrature: number;
  /** Quadrature evaluations that missed their tolerance (their values are still finite and ≥ 0). */
  readonly quadratureUnconverged: number;
}
