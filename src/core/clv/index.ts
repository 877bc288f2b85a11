/** Customer lifetime value: the BG/NBD and Gamma-Gamma models, discounted CLV, simple methods and one entry point. */
export * from "./bgnbd";
export * from "./gammaGamma";
export * from "./methods";
export { computeClv } from "./computeClv";
export type { ClvCustomerResult, ClvMethod, ClvModel, ClvOptions, ClvRequestedMethod, ClvResult } from "./clvTypes";
export { bgnbdSupport, MIN_BGNBD_CUSTOMERS, MIN_BGNBD_REPEAT_CUSTOMERS } from "./bgnbdSupport";
export {
  discountedClv,
  type DiscountedClvInput,
  type DiscountedClvOptions,
  type DiscountedClvResult,
} from "./discountedClv";
export { groupPatterns, type Patterns } from "./groupPatterns";
export { daysPerUnit, type TimeUnit, unitsPerMonth } from "./timeUnit";
export { clvMessages } from "./clvMessages";
