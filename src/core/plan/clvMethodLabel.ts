import type { ClvMethod } from "../clv";
import type { LocalizedText } from "../types";

/**
 * Names of the CLV methods as the plan shows them.
 *
 * @example
 * CLV_METHOD_LABELS.retention.zh // => "留存率法（年毛利 × r / (1 + d − r)）"
 */
export const CLV_METHOD_LABELS: Readonly<Record<ClvMethod, LocalizedText>> = Object.freeze({
  historical: { en: "Historical (margin earned so far)", zh: "历史法（迄今已实现的毛利）" },
  simple: {
    en: "Simple (order value × frequency × margin × lifespan)",
    zh: "简单法（客单价 × 购买频率 × 毛利率 × 生命周期）",
  },
  retention: { en: "Retention (annual margin × r / (1 + d − r))", zh: "留存率法（年毛利 × r / (1 + d − r)）" },
  bgnbd: { en: "BG/NBD + Gamma-Gamma model", zh: "BG/NBD + Gamma-Gamma 模型" },
});
