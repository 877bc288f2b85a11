/** The top of the scale a strategic-fit column is written on. */
export type StrategicFitScale = 1 | 5 | 10 | 100;

const SCALES: readonly StrategicFitScale[] = [1, 5, 10, 100];

/**
 * Guesses the scale of a strategic-fit column from its values: the smallest of 1, 5, 10 and 100
 * that is at least the column's largest value. Values below 0 or above 100 fit no scale and are
 * ignored here (the caller reports them). Dividing by the scale gives the 0..1 fit the core uses.
 *
 * Deliberate choice: the scale is decided for the whole column, never per cell, so `3` and `0.6`
 * in one column are not mixed up. A column whose largest value is 1 reads as 0..1, so a 1..5
 * column where everyone scored 1 reads as full fit: such a column says nothing useful anyway.
 * A percent text (`80%`) is already 0.8 when it arrives here.
 *
 * @param values - the column's parsed values
 * @returns the scale, or `undefined` when no value is within 0..100
 *
 * @example
 * strategicFitScale([0.2, 0.9]) // => 1
 * strategicFitScale([1, 3, 5]) // => 5
 * strategicFitScale([40, 85]) // => 100
 */
export function strategicFitScale(values: readonly number[]): StrategicFitScale | undefined {
  let max = -Infinity;
  for (const v of values) if (v >= 0 && v <= 100 && v > max) max = v;
  if (max === -Infinity) return undefined;
  return SCALES.find((s) => max <= s);
}
