/** The one shared path of every `=CDP.*` function: argument coercion and error translation. */
export { argumentError } from "./argumentError";
export { asMatrix } from "./asMatrix";
export { asOfDay } from "./asOfDay";
export { callCore } from "./callCore";
export { choice } from "./choice";
export { errorArgument } from "./errorArgument";
export { numberRule, type NumberLimits } from "./numberRule";
export { optionalLang } from "./optionalLang";
export { optionalNumber } from "./optionalNumber";
export { optionalText } from "./optionalText";
export { perRowError } from "./perRowError";
export { shownValue } from "./shownValue";
export { singleValue } from "./singleValue";
