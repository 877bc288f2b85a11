/** The error codes Office.js gives when a request or a response is over Excel on the web's 5 MB limit. */
export const PAYLOAD_TOO_LARGE_CODES: readonly string[] = [
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
];

/**
 * True when an error from `context.sync()` says the request or its response was too large, so the
 * same work can be retried in smaller pieces.
 *
 * Method: the `code` of the `OfficeExtension.Error` is `RequestPayloadSizeLimitExceeded` or
 * `ResponsePayloadSizeLimitExceeded` (Excel's documented error codes; both occur only in Excel on
 * the web). Older builds reported the same condition as `GeneralException` ("An internal error has
 * occurred"); that code also covers real failures, so it is deliberately not treated as "too large".
 *
 * @param error - anything thrown
 * @returns whether the error is a payload-size error
 *
 * @example
 * isPayloadTooLarge({ code: "RequestPayloadSizeLimitExceeded" }) // => true
 * isPayloadTooLarge(new Error("boom")) // => false
 */
export function isPayloadTooLarge(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && PAYLOAD_TOO_LARGE_CODES.includes(code);
}
