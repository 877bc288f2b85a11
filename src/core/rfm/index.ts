/** RFM scoring (recency, frequency, monetary) and named segment schemes. */
export type {
  RfmDimension,
  RfmInput,
  RfmMethod,
  RfmMonetary,
  RfmOptions,
  RfmResult,
  RfmScore,
  RfmTriple,
} from "./types";
export { scoreRfm } from "./scoreRfm";
export { rfmCode } from "./rfmCode";
export * from "./segments";
