/**
 * A header cell as the table's column name, the way the command line names it: blanks are `""`,
 * other values their text (`String`).
 *
 * @param value - a header cell as Excel returned it
 * @returns the header text
 *
 * @example
 * headerText("客户编号") // => "客户编号"
 * headerText(2024) // => "2024"
 * headerText(null) // => ""
 */
export function headerText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}
