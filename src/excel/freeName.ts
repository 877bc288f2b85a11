import { ownedColumnName } from "../app/ownedColumnName";

/**
 * A name for something the add-in adds (a sheet, an Excel table column) where Excel compares names
 * without regard to case: `requested` when no taken name equals it ignoring case, else the first of
 * `requested (CDP)`, `requested (CDP 2)` … (from `ownedColumnName`) that is free ignoring case.
 * With `maxLength` (31 for sheet names), the requested part is shortened so the whole fits.
 *
 * @param requested - the wanted name
 * @param taken - names in use
 * @param maxLength - longest name allowed
 * @returns a free name
 *
 * @example
 * freeName("Segment", ["segment"]) // => "Segment (CDP)"
 * freeName("Customer plan", ["Customer Plan", "customer plan (cdp)"]) // => "Customer plan (CDP 2)"
 * freeName("A very long sheet name for plans", ["A very long sheet name for plans"], 31) // => "A very long sheet name fo (CDP)"
 */
export function freeName(requested: string, taken: readonly string[], maxLength = Number.POSITIVE_INFINITY): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(requested.toLowerCase()) && requested.length <= maxLength) return requested;
  const tried: string[] = [...taken];
  for (;;) {
    let base = requested;
    let name = ownedColumnName(base, tried);
    while (name.length > maxLength && base.length > 1) {
      base = base.slice(0, Math.max(1, base.length - (name.length - maxLength)));
      name = ownedColumnName(base, tried);
    }
    if (!used.has(name.toLowerCase())) return name;
    tried.push(name);
  }
}
