/**
 * Errors the core throws for misuse a caller can fix (wrong arguments, a table with no usable
 * columns). Problems with individual rows are not thrown: they are returned as {@link Issue}s so the
 * rest of the table can still be scored.
 */
export type DomainErrorCode = "EMPTY_INPUT" | "BAD_ARGUMENT" | "MISSING_COLUMN" | "SIZE_MISMATCH" | "NOT_ENOUGH_DATA";

/**
 * Thrown for misuse the caller can fix. `message` is English; `messageZh` is the same in Chinese,
 * so the task pane, the CLI and `=CDP.*` errors can speak the user's language.
 *
 * @example
 * throw new DomainError("BAD_ARGUMENT", "bins must be an integer from 2 to 10", "分箱数必须是 2 到 10 之间的整数");
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly messageZh: string = message,
    readonly detail?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = "DomainError";
    // Keeps `instanceof DomainError` true whatever the compile target.
    Object.setPrototypeOf(this, DomainError.prototype);
  }
}

/** True when `e` is a {@link DomainError} (also across bundles, where `instanceof` can fail). */
export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError || (e instanceof Error && e.name === "DomainError" && "code" in e);
}
