/** Excel on the web's limit on a request and on a response: 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * Bytes one request or response of the adapter aims to stay under: 80 % of the 5 MB limit, leaving
 * room for what the estimate leaves out (Office.js's own wrapping of each call).
 */
export const DEFAULT_PAYLOAD_BUDGET = Math.floor(PAYLOAD_LIMIT * 0.8);

/** Excel's limit on the cells one range read may return (above it `values` may come back `null`). */
export const MAX_CELLS_PER_READ = 5_000_000;
