/**
 * The strings of a setting that should be a list of names (settings `ownedSheets`,
 * `ownedColumns[id]`): anything else, including a setting someone edited by hand into another
 * shape, counts as no names.
 *
 * @param value - the setting as read
 * @returns its string items, in order
 *
 * @example
 * settingStrings(["Plan", 3, "Scores"]) // => ["Plan", "Scores"]
 * settingStrings("Plan") // => []
 */
export function settingStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * A setting that should be an object keyed by name (settings `ownedColumns`, `planInputs`), or
 * `{}` when it is anything else.
 *
 * @param value - the setting as read
 * @returns the object itself, or a new empty one
 *
 * @example
 * settingRecord({ Customers: ["CLV"] }) // => { Customers: ["CLV"] }
 * settingRecord([1, 2]) // => {}
 */
export function settingRecord<T>(value: unknown): Record<string, T> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, T>) : {};
}
