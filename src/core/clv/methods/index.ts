/** Simple CLV methods: historical, simple (AOV × frequency × margin × lifespan) and retention. */
export { DAYS_PER_YEAR, type MethodClv, type MethodCustomer } from "./methodTypes";
export { customerMarginRate } from "./customerMarginRate";
export { customerAgeYears } from "./customerAgeYears";
export { historicalClv } from "./historicalClv";
export { simpleClv } from "./simpleClv";
export { retentionClv } from "./retentionClv";
export { estimateRetentionRate, MAX_ESTIMATED_RETENTION, type RetentionEstimate } from "./estimateRetentionRate";
