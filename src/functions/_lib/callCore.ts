import { isDomainError } from "../../core/errors";
import type { Lang } from "../../core/types";
import { optionalLang } from "./optionalLang";

/**
 * Runs the body of a `=CDP.*` function and turns misuse into an Excel error the user can read.
 *
 * A {@link DomainError} thrown by the body (or by the argument helpers) becomes
 * `#VALUE!` with the error's message: English by default, Chinese (`messageZh`) when `lang` asks
 * for it. Only `#VALUE!` and `#N/A` carry a custom message in Excel; `#VALUE!` is the one that says
 * "an argument is wrong". Anything else is rethrown unchanged, so a bug is not disguised as bad
 * input (Excel still shows `#VALUE!`, without our message). A body that returns a promise is
 * handled the same way when the promise rejects.
 *
 * `lang` is the wrapper's optional language argument as Excel passed it (see {@link optionalLang});
 * an unrecognised value is itself reported as `#VALUE!` in English.
 *
 * @param body - the function's work, usually argument coercion plus one core call
 * @param lang - `"en"` (default), `"zh"`, or a raw argument value naming a language
 * @returns what the body returns
 * @throws {CustomFunctions.Error} `#VALUE!` with the message, for a DomainError
 *
 * @example
 * callCore(() => optionalNumber(11, "bins", 5, { max: 10 }), "zh") // throws #VALUE! "bins 必须是不大于 10 的数字，当前为 11"
 */
export function callCore<T>(body: () => T, lang: unknown = "en"): T {
  let language: Lang = "en";
  try {
    language = optionalLang(lang);
    const result = body();
    if (isPromiseLike(result)) {
      return result.then(undefined, (e: unknown) => {
        throw toExcelError(e, language);
      }) as T;
    }
    return result;
  } catch (e) {
    throw toExcelError(e, language);
  }
}

function toExcelError(e: unknown, lang: Lang): unknown {
  if (!isDomainError(e)) return e;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, lang === "zh" ? e.messageZh : e.message);
}

function isPromiseLike(v: unknown): v is PromiseLike<unknown> {
  return typeof v === "object" && v !== null && typeof (v as { then?: unknown }).then === "function";
}
