/** Named RFM segment schemes: rfm11, the R rfm package's ten segments, and the Chinese eight classes. */
export type { SegmentDefinition, SegmentScheme, SegmentSchemeKey, Segmentation, SegmentSummaryRow } from "./types";
export { RFM11_SCHEME } from "./rfm11Scheme";
export { RFM_R10_SCHEME } from "./rfmR10Scheme";
export { CN8_SCHEME } from "./cn8Scheme";
export { CN8_VOLCANO_SCHEME } from "./cn8VolcanoScheme";
export { segmentScheme, SEGMENT_SCHEME_KEYS } from "./segmentScheme";
export { rescaleToFive } from "./rescaleToFive";
export { cn8Bits, type Cn8BitsOptions, type Cn8Threshold } from "./cn8Bits";
export { assignSegments, type AssignSegmentsOptions, type ScoreLike } from "./assignSegments";
export { summarizeSegments } from "./summarizeSegments";
