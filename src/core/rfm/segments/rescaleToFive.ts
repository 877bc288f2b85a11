/**
 * Maps a score on a 1..k scale to the 1..5 scale the named segment grids are written for, by a
 * straight line through (1, 1) and (k, 5), rounded half up: round(1 + (score − 1) × 4 / (k − 1)).
 * k = 5 is unchanged; both ends always map to 1 and 5, so every grid row (rfm11 "Lost" at R = 1,
 * "Champions" at R = 5) stays reachable for every k; k = 10 pairs the scores (1–2 → 1, …, 9–10 → 5).
 *
 * @param score - an integer in 1..k
 * @param k - number of scores, 2..10
 * @returns an integer in 1..5
 *
 * @example
 * rescaleToFive(4, 5) // => 4
 * rescaleToFive(7, 10) // => 4
 * rescaleToFive(1, 2) // => 1
 * rescaleToFive(2, 3) // => 3
 */
export function rescaleToFive(score: number, k: number): number {
  return Math.floor(1 + ((score - 1) * 4) / (k - 1) + 0.5);
}
