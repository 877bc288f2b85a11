import { DomainError } from "../errors";

/**
 * Refuses a starting point that is empty or holds a non-finite number; shared by the minimisers.
 *
 * @example
 * checkStartingPoint([0, 1]) // => undefined (no throw)
 */
export function checkStartingPoint(x0: ArrayLike<number>): void {
  if (x0.length === 0 || !Array.from(x0).every(Number.isFinite)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "the starting point must be a non-empty list of finite numbers",
      "起始点必须是非空的有限数值列表",
    );
  }
}
