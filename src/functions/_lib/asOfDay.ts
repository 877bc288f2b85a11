import { dayFromExcelSerial, dayFromIso } from "../../core/days";
import type { Day } from "../../core/types";
import { argumentError } from "./argumentError";
import { errorArgument } from "./errorArgument";
import { shownValue } from "./shownValue";
import { singleValue } from "./singleValue";

/** Excel's first and last valid date serials (1900-01-01 and 9999-12-31, 1900 date system). */
const FIRST_SERIAL = 1;
const LAST_SERIAL = 2_958_465;

/** `2025-01-23`, `2025/1/23`, `2025.1.23`, `2025年1月23日`. */
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * The as-of {@link Day} from a date argument: a date cell (Excel passes its serial number), a serial
 * typed as a number, or a date text.
 *
 * Serials use the 1900 date system ({@link dayFromExcelSerial}); a time of day is dropped, so
 * 45680.75 is 2025-01-23. Accepted texts are `YYYY-MM-DD`, `YYYY/M/D`, `YYYY.M.D` and `YYYY年M月D日`
 * (one- or two-digit month and day); they must name a real calendar date. A 1×1 range counts as its
 * cell. There is no default: the as-of date is always given, so results never depend on the clock.
 *
 * @param value - the argument as Excel passed it
 * @param name - the argument's name, used in the message (default `asOf`)
 * @returns the day
 * @throws {DomainError} `BAD_ARGUMENT` for a blank, an error value, a boolean, a serial outside
 *   1..2958465 (1900-01-01..9999-12-31), or text that is not a real date in one of the forms above
 *
 * @example
 * asOfDay(45680) // => 20111 (2025-01-23)
 * asOfDay("2025/1/23") // => 20111
 */
export function asOfDay(value: unknown, name = "asOf"): Day {
  const single = singleValue(value, name);
  if (single.kind === "blank") {
    throw argumentError(
      name,
      "is required: a date cell, an Excel date serial or a date text such as 2025-01-23",
      "不能为空：请提供日期单元格、Excel 日期序列号或 2025-01-23 这样的日期文本",
      value,
    );
  }
  if (single.kind === "error") throw errorArgument(name, single.code);
  const v = single.value;
  if (typeof v === "number") {
    if (Number.isFinite(v) && v >= FIRST_SERIAL && v < LAST_SERIAL + 1) return dayFromExcelSerial(v);
    throw argumentError(
      name,
      `must be a date from 1900-01-01 to 9999-12-31; the serial ${shownValue(v)} is outside`,
      `必须是 1900-01-01 到 9999-12-31 之间的日期；序列号 ${shownValue(v)} 超出范围`,
      v,
    );
  }
  if (typeof v === "string") {
    const m = DATE_TEXT.exec(v.trim());
    const day = m ? dayFromIso(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
    if (day !== undefined) return day;
  }
  throw argumentError(
    name,
    `must be a date (a date cell, a serial or a text such as 2025-01-23); got ${shownValue(v)}`,
    `必须是日期（日期单元格、序列号或 2025-01-23 这样的文本），当前为 ${shownValue(v)}`,
    v,
  );
}
