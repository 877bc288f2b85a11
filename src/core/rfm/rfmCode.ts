/**
 * The RFM code of three scores: the digits R, F, M run together (`"545"`) when k ≤ 9, and separated
 * by commas (`"10,9,8"`) when k = 10, where a score can have two digits. The format depends on k
 * only, so every code of one scoring run has the same shape (with k = 10 even `"5,4,3"`).
 *
 * @param r - recency score
 * @param f - frequency score
 * @param m - monetary score
 * @param k - number of scores per dimension
 * @returns the code text
 *
 * @example
 * rfmCode(5, 4, 5, 5) // => "545"
 * rfmCode(10, 9, 8, 10) // => "10,9,8"
 */
export function rfmCode(r: number, f: number, m: number, k: number): string {
  return k >= 10 ? `${r},${f},${m}` : `${r}${f}${m}`;
}
