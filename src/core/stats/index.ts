/** Small descriptive statistics for the core: quantiles, means, medians and sorted-array searches. */
export { quantileSorted } from "./quantileSorted";
export { quantileSortedFraction } from "./quantileSortedFraction";
export { sortedCopy } from "./sortedCopy";
export { mean } from "./mean";
export { median } from "./median";
export { countBelow } from "./countBelow";
export { countAtOrBelow } from "./countAtOrBelow";
