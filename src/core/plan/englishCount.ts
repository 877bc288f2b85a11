/**
 * A count with its English noun in the right number: "1 customer", "3 customers". Chinese text
 * needs no such helper (位客户 is the same for any number).
 *
 * @param n - the count
 * @param singular - the noun for one
 * @param plural - the noun for any other count (default: singular + "s")
 * @returns the count and the noun
 *
 * @example
 * englishCount(1, "customer") // => "1 customer"
 * englishCount(0, "data issue") // => "0 data issues"
 */
export function englishCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
