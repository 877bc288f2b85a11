import { excelErrorOf, isBlankCell } from "../../core/table";
import type { LocalizedText } from "../../core/types";
import { shownValue } from "./shownValue";

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** What one element of an element-wise function holds. */
export type ElementNumbers =
  | { readonly kind: "blank" }
  | { readonly kind: "numbers"; readonly values: number[] }
  | { readonly kind: "problem"; readonly message: LocalizedText };

/**
 * Reads the cells of one element of an element-wise function as numbers: a number, or text that
 * is a plain decimal number (`"12"`, `" 2.5 "`). When every cell is blank the element is `blank`
 * (the function leaves it empty, so a formula can run over a partly filled column); otherwise the
 * first cell that is blank, an error value, a boolean or other text is the element's `problem`,
 * named by its argument.
 *
 * @param names - the arguments' names, in the order of `cells`
 * @param cells - one cell per argument
 * @returns the numbers, `blank`, or the problem in English and Chinese
 *
 * @example
 * elementNumbers(["x", "T"], [2, "38.86"]) // => { kind: "numbers", values: [2, 38.86] }
 * elementNumbers(["x", "T"], [2, "soon"]).message.en // => 'T: "soon" is not a number'
 */
export function elementNumbers(names: readonly string[], cells: readonly unknown[]): ElementNumbers {
  if (cells.every(isBlankCell)) return { kind: "blank" };
  const values: number[] = [];
  for (let k = 0; k < cells.length; k++) {
    const v = cells[k];
    const name = names[k]!;
    if (isBlankCell(v)) return problem(`${name} is blank`, `${name} 为空`);
    const code = excelErrorOf(v);
    if (code !== undefined) return problem(`${name} is an error value (${code})`, `${name} 是错误值（${code}）`);
    const n = typeof v === "number" ? v : typeof v === "string" && NUMERIC_TEXT.test(v.trim()) ? Number(v.trim()) : NaN;
    if (!Number.isFinite(n)) {
      return problem(`${name}: ${shownValue(v)} is not a number`, `${name}：${shownValue(v)} 不是数字`);
    }
    values.push(n);
  }
  return { kind: "numbers", values };
}

function problem(en: string, zh: string): ElementNumbers {
  return { kind: "problem", message: { en, zh } };
}
