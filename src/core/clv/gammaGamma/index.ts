/** The Gamma-Gamma spend model: fit, likelihood and conditional expected spend. */
export type { FitGammaGammaOptions, GammaGammaData, GammaGammaFit, GammaGammaParams } from "./gammaGammaTypes";
export { checkGammaGammaParams } from "./checkGammaGammaParams";
export { gammaGammaLogLikelihood } from "./gammaGammaLogLikelihood";
export { gammaGammaObjective } from "./gammaGammaObjective";
export { fitGammaGamma, GAMMA_GAMMA_CORRELATION_WARNING } from "./fitGammaGamma";
export { gammaGammaExpectedSpend } from "./gammaGammaExpectedSpend";
