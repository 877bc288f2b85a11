import { DomainError } from "../../errors";

/**
 * Checks one customer's (x, tx, T) by the rules of lifetimes' `_check_inputs`: x is a whole
 * number ≥ 0; 0 ≤ tx ≤ T; tx = 0 when x = 0; all finite. Returns the English and Chinese
 * reason, or `undefined` when the history is valid.
 *
 * @param x - repeat purchases
 * @param tx - recency
 * @param T - age
 * @returns `undefined`, or `{ en, zh }` describing the first rule broken
 *
 * @example
 * bgnbdHistoryProblem(2, 30.43, 38.86) // => undefined
 * bgnbdHistoryProblem(0, 3, 10)?.en // => "recency must be 0 when there are no repeat purchases (x = 0, recency 3)"
 */
export function bgnbdHistoryProblem(x: number, tx: number, T: number): { en: string; zh: string } | undefined {
  if (!(Number.isInteger(x) && x >= 0)) {
    return {
      en: `repeat purchases must be a whole number >= 0 (got ${x})`,
      zh: `重复购买次数必须是大于等于 0 的整数（实际为 ${x}）`,
    };
  }
  if (!(tx >= 0 && tx < Infinity))
    return {
      en: `recency must be a finite number >= 0 (got ${tx})`,
      zh: `最近购买间隔必须是大于等于 0 的有限数（实际为 ${tx}）`,
    };
  if (!(T >= 0 && T < Infinity))
    return {
      en: `age T must be a finite number >= 0 (got ${T})`,
      zh: `客户年龄 T 必须是大于等于 0 的有限数（实际为 ${T}）`,
    };
  if (tx > T) return { en: `recency ${tx} is greater than age T ${T}`, zh: `最近购买间隔 ${tx} 大于客户年龄 T ${T}` };
  if (x === 0 && tx !== 0) {
    return {
      en: `recency must be 0 when there are no repeat purchases (x = 0, recency ${tx})`,
      zh: `没有重复购买时（x = 0）最近购买间隔必须为 0（实际为 ${tx}）`,
    };
  }
  return undefined;
}

/**
 * Throws a {@link DomainError} for an invalid history (see {@link bgnbdHistoryProblem}).
 *
 * @param x - repeat purchases
 * @param tx - recency
 * @param T - age
 * @param index - position of the customer in its column arrays, named in the message when given
 * @throws {DomainError} `BAD_ARGUMENT` describing the problem and the index
 *
 * @example
 * checkBgnbdHistory(1, 5, 6) // => undefined (no error)
 */
export function checkBgnbdHistory(x: number, tx: number, T: number, index?: number): void {
  const problem = bgnbdHistoryProblem(x, tx, T);
  if (problem === undefined) return;
  const at = index === undefined ? "" : ` at index ${index}`;
  const atZh = index === undefined ? "" : `（第 ${index} 个，从 0 开始）`;
  throw new DomainError(
    "BAD_ARGUMENT",
    `invalid customer history${at}: ${problem.en}`,
    `客户购买记录无效${atZh}：${problem.zh}`,
    {
      index,
      x,
      tx,
      T,
    },
  );
}
