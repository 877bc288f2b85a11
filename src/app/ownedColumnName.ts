/**
 * A header for an add-in column that must not take the name of a user's column: `Segment` becomes
 * `Segment (CDP)`, then `Segment (CDP 2)`, … until the name is free.
 *
 * @example
 * ownedColumnName("Segment", ["ID", "Segment"]) // => "Segment (CDP)"
 * ownedColumnName("Segment", ["Segment", "Segment (CDP)"]) // => "Segment (CDP 2)"
 */
export function ownedColumnName(requested: string, taken: readonly string[]): string {
  const used = new Set(taken);
  let candidate = `${requested} (CDP)`;
  for (let n = 2; used.has(candidate); n++) candidate = `${requested} (CDP ${n})`;
  return candidate;
}
