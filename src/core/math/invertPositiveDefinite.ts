// Hand-written: no installed linear-algebra library; a 3×3 or 4×4 Cholesky inverse does not justify one.
/**
 * The inverse of a symmetric positive-definite matrix, or `undefined` when the matrix is not
 * positive definite (singular, indefinite, or not finite).
 *
 * Method: Cholesky factorisation A = LLᵀ; a pivot ≤ 1e-13 × the largest diagonal entry counts as
 * singular. The inverse is (L⁻¹)ᵀL⁻¹. Only the lower triangle of `matrix` is read. Cost: O(n³).
 * Used for standard errors from a Hessian: `undefined` there means "not identified", never NaN.
 *
 * @param matrix - n × n symmetric matrix
 * @returns its inverse, or `undefined`
 *
 * @example
 * invertPositiveDefinite([[4, 2], [2, 3]]) // => [[0.375, -0.25], [-0.25, 0.5]]
 * invertPositiveDefinite([[1, 2], [2, 4]]) // => undefined (singular)
 */
export function invertPositiveDefinite(matrix: readonly (readonly number[])[]): number[][] | undefined {
  const n = matrix.length;
  if (n === 0 || matrix.some((row) => row.length !== n || !row.every(Number.isFinite))) return undefined;
  let maxDiagonal = 0;
  for (let i = 0; i < n; i++) maxDiagonal = Math.max(maxDiagonal, Math.abs(matrix[i][i]));
  const L: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = matrix[j][j];
    for (let k = 0; k < j; k++) d -= L[j][k] * L[j][k];
    if (!(d > 1e-13 * maxDiagonal)) return undefined;
    L[j][j] = Math.sqrt(d);
    for (let i = j + 1; i < n; i++) {
      let s = matrix[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      L[i][j] = s / L[j][j];
    }
  }
  // M = L⁻¹ (lower triangular), by forward substitution
  const M: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    M[j][j] = 1 / L[j][j];
    for (let i = j + 1; i < n; i++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[i][k] * M[k][j];
      M[i][j] = s / L[i][i];
    }
  }
  const inverse: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < n; k++) s += M[k][i] * M[k][j];
      inverse[i][j] = s;
      inverse[j][i] = s;
    }
  }
  return inverse.every((row) => row.every(Number.isFinite)) ? inverse : undefined;
}
