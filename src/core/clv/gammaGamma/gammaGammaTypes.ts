import type { LocalizedText } from "../../types";

/**
 * Gamma-Gamma spend parameters (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves";
 * Hardie note 025): a customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, v). `v` is in
 * money (called γ in BTYD and CLVTools); q > 1 keeps the population mean p·v/(q − 1) finite.
 */
export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly v: number;
}

/** Spend data as column arrays: `x[i]` repeat purchases and `mbar[i]` their mean value (m̄). */
export interface GammaGammaData {
  readonly x: ArrayLike<number>;
  readonly mbar: ArrayLike<number>;
}

/** Options of `fitGammaGamma`. */
export interface FitGammaGammaOptions {
  /** L2 penalty on (p, q, v/scale) (default 0); spend is rescaled to mean 1 during the fit. */
  readonly penalizer?: number;
}

/** The result of `fitGammaGamma`. */
export interface GammaGammaFit {
  readonly params: GammaGammaParams;
  /** Σ log-likelihood over the fitted customers, without the penalty. */
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly method: string;
  readonly iterations: number;
  /** Delta-method standard errors; `undefined` when the Hessian is singular. */
  readonly standardErrors?: GammaGammaParams;
  /** Customers the model was fitted on (x > 0 and m̄ > 0). */
  readonly customers: number;
  /** Customers left out, by reason: no repeat purchase (x = 0), or x > 0 with m̄ ≤ 0 (refunds, free orders). */
  readonly excluded: { readonly noRepeat: number; readonly nonPositiveSpend: number };
  /** Population mean spend per transaction, p·v/(q − 1). */
  readonly meanSpend: number;
  /** Pearson correlation of x and m̄ over the fitted customers (`undefined` when either is constant). */
  readonly correlation?: number;
  /** Notes for the reader: exclusions, a correlation warning (|r| > 0.3), non-convergence. */
  readonly notes: readonly LocalizedText[];
}
