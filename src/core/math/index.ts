/** Numerics for the analytics core: log-space arithmetic, special functions, quadrature and minimisers. */
export { default as gammaln } from "@stdlib/math-base-special-gammaln";
export { default as betaln } from "@stdlib/math-base-special-betaln";
export { default as digamma } from "@stdlib/math-base-special-digamma";
export { default as hyp2f1 } from "@stdlib/math-base-special-hyp2f1";
export { logSumExp } from "./logSumExp";
export { logAddExp } from "./logAddExp";
export { expit } from "./expit";
export { hyp2f1IsReliable } from "./hyp2f1IsReliable";
export { logHyp2f1 } from "./logHyp2f1";
export { logHyp2f1Series, type LogHyp2f1SeriesOptions } from "./logHyp2f1Series";
export { integrateTanhSinh, type TanhSinhOptions, type TanhSinhResult } from "./integrateTanhSinh";
export type { Objective, ObjectiveWithGradient, OptimizeMethod, OptimizeResult } from "./optimizeTypes";
export { minimizeBfgs, type BfgsOptions } from "./minimizeBfgs";
export { minimizeNelderMead, type NelderMeadOptions } from "./minimizeNelderMead";
export { minimizeCascade } from "./minimizeCascade";
export { numericalHessian } from "./numericalHessian";
export { invertPositiveDefinite } from "./invertPositiveDefinite";
