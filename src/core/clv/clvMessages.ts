import type { LocalizedText } from "../types";

/** Every note and fallback reason CLV can report, in English and Chinese (one table, so both languages stay in step). */
export const clvMessages = {
  tooFewCustomers: (n: number, min: number): LocalizedText => ({
    en: `Only ${n} customers: the BG/NBD model needs at least ${min}. Used the retention method instead.`,
    zh: `仅有 ${n} 位客户：BG/NBD 模型至少需要 ${min} 位。已改用留存率法。`,
  }),
  allOneTime: (): LocalizedText => ({
    en: "Every customer bought only once, so repeat behaviour cannot be estimated. Used the retention method instead.",
    zh: "所有客户都只购买过一次，无法估计重复购买行为。已改用留存率法。",
  }),
  tooFewRepeat: (n: number, min: number): LocalizedText => ({
    en: `Only ${n} customers bought more than once: the BG/NBD model needs at least ${min}. Used the retention method instead.`,
    zh: `仅有 ${n} 位客户有重复购买：BG/NBD 模型至少需要 ${min} 位。已改用留存率法。`,
  }),
  noFirstPurchase: (id: string, row: number): LocalizedText => ({
    en: `Customer ${id} (row ${row}) has no first purchase date, so its age is unknown; the BG/NBD model needs first purchase dates for every customer. Used the retention method instead.`,
    zh: `客户 ${id}（第 ${row} 行）没有首次购买日期，客户年龄未知；BG/NBD 模型需要每位客户的首次购买日期。已改用留存率法。`,
  }),
  inconsistentHistory: (id: string, row: number, reason: LocalizedText): LocalizedText => ({
    en: `Customer ${id} (row ${row}) has an inconsistent purchase history (${reason.en}). Used the retention method instead.`,
    zh: `客户 ${id}（第 ${row} 行）的购买记录不一致（${reason.zh}）。已改用留存率法。`,
  }),
  noObservationTime: (): LocalizedText => ({
    en: "Every customer's first purchase is on the as-of date, so there is no purchase history over time for the BG/NBD model to learn from. Used the retention method instead.",
    zh: "所有客户的首次购买都在截止日期当天，没有可供 BG/NBD 模型学习的随时间变化的购买记录。已改用留存率法。",
  }),
  fitFailed: (detail: string): LocalizedText => ({
    en: `The BG/NBD model could not be fitted to this data (${detail}). Used the retention method instead.`,
    zh: `无法用这些数据拟合 BG/NBD 模型（${detail}）。已改用留存率法。`,
  }),
  spendFitFailed: (detail: LocalizedText): LocalizedText => ({
    en: `The spend model could not be fitted (${detail.en}). Used the retention method instead.`,
    zh: `无法拟合消费模型（${detail.zh}）。已改用留存率法。`,
  }),
  negativeMarginRate: (rate: number): LocalizedText => ({
    en: `The margin rate ${rate} is negative; it was treated as 0, so CLV is 0.`,
    zh: `毛利率 ${rate} 为负数，已按 0 处理，因此 CLV 为 0。`,
  }),
  customerNegativeMargin: (margin: number): LocalizedText => ({
    en: `This customer's margin (${margin}) is negative; CLV is shown as 0.`,
    zh: `该客户的毛利（${margin}）为负数；CLV 显示为 0。`,
  }),
  marginAboveTotal: (margin: number, total: number): LocalizedText => ({
    en: `This customer's margin (${margin}) exceeds its total purchases (${total}); the margin rate was capped at 1.`,
    zh: `该客户的毛利（${margin}）超过其累计购买金额（${total}）；毛利率已封顶为 1。`,
  }),
  nonPositiveTotal: (total: number): LocalizedText => ({
    en: `Total purchases (${total}) are 0 or less (refunds); CLV is 0.`,
    zh: `累计购买金额（${total}）小于等于 0（退款）；CLV 为 0。`,
  }),
  nonPositiveRepeatSpend: (mean: number): LocalizedText => ({
    en: `Repeat purchases average ${mean} (0 or less, e.g. refunds); the population mean spend of the model was used.`,
    zh: `重复购买平均金额为 ${mean}（小于等于 0，例如退款）；已使用模型的总体平均消费。`,
  }),
  unknownAge: (): LocalizedText => ({
    en: "Customer age is unknown (no first purchase date); counted as one year.",
    zh: "客户年龄未知（没有首次购买日期）；按一年计算。",
  }),
  modelSummary: (customers: number, repeat: number, unit: string, monthLength: number): LocalizedText => ({
    en: `BG/NBD + Gamma-Gamma fitted on ${customers} customers (${repeat} with repeat purchases); model time unit: ${unit}, one month = ${monthLength} ${unit}.`,
    zh: `BG/NBD + Gamma-Gamma 模型基于 ${customers} 位客户拟合（其中 ${repeat} 位有重复购买）；模型时间单位：${unit === "weeks" ? "周" : "天"}，一个月 = ${monthLength} ${unit === "weeks" ? "周" : "天"}。`,
  }),
  sameDayRepeats: (n: number): LocalizedText => ({
    en: `${n} customers have repeat purchases but no time between their first and last purchase; for the model their last purchase was placed half a day after the first.`,
    zh: `${n} 位客户有重复购买，但首次与最近一次购买之间没有时间间隔；模型中将其最近一次购买视为首次购买后半天。`,
  }),
  oneTimeBuyersAlive: (n: number): LocalizedText => ({
    en: `${n} customers bought only once; the BG/NBD model gives them P(alive) = 1 by construction (it has no dropout before a repeat purchase). Read their P(alive) with care; their expected purchases are still low.`,
    zh: `${n} 位客户只购买过一次；BG/NBD 模型按其构造给出 P(存活) = 1（模型中客户只会在重复购买后流失）。请谨慎解读其存活概率；其预期购买次数仍然较低。`,
  }),
  retentionRateGiven: (rate: number, discount: number): LocalizedText => ({
    en: `Retention method: CLV = annual margin × r / (1 + d − r) with the given retention rate r = ${rate} and annual discount rate d = ${discount}.`,
    zh: `留存率法：CLV = 年毛利 × r / (1 + d − r)，使用给定的留存率 r = ${rate}，年折现率 d = ${discount}。`,
  }),
  retentionRateEstimated: (rate: number, detail: LocalizedText, discount: number): LocalizedText => ({
    en: `Retention method: CLV = annual margin × r / (1 + d − r) with r = ${rate.toFixed(3)} estimated from the data (${detail.en}) and annual discount rate d = ${discount}.`,
    zh: `留存率法：CLV = 年毛利 × r / (1 + d − r)，r = ${rate.toFixed(3)} 由数据估计（${detail.zh}），年折现率 d = ${discount}。`,
  }),
  retentionWindow: (active: number, cohort: number, windowDays: number, annualised: boolean): LocalizedText => ({
    en: `${active} of ${cohort} customers at least ${windowDays} days old bought within the last ${windowDays} days${annualised ? ", converted to a yearly rate" : ""}`,
    zh: `${cohort} 位客户龄不少于 ${windowDays} 天的客户中有 ${active} 位在最近 ${windowDays} 天内购买${annualised ? "，已换算为年留存率" : ""}`,
  }),
  retentionRepeatShare: (repeat: number, total: number): LocalizedText => ({
    en: `the data spans too little time for a yearly window, so r is the share of customers who came back at least once: ${repeat} of ${total}`,
    zh: `数据时间跨度不足以按年计算，r 取至少回购一次的客户占比：${total} 位中的 ${repeat} 位`,
  }),
  retentionCapped: (): LocalizedText => ({
    en: "capped at 0.99, since the formula grows without bound as r approaches 1 + d",
    zh: "已封顶为 0.99，因为当 r 接近 1 + d 时公式将无限增大",
  }),
  simpleMethod: (lifespan: number): LocalizedText => ({
    en: `Simple method: CLV = average order value × purchases per year × margin rate × ${lifespan} years; purchases per year = purchases ÷ max(age in years, 1).`,
    zh: `简单法：CLV = 平均订单金额 × 年购买次数 × 毛利率 × ${lifespan} 年；年购买次数 = 购买次数 ÷ max(客户年龄（年）, 1)。`,
  }),
  historicalMethod: (): LocalizedText => ({
    en: "Historical method: CLV = margin earned so far (the customer's margin when given, else total × margin rate).",
    zh: "历史法：CLV = 至今已获得的毛利（有客户毛利时直接使用，否则为累计金额 × 毛利率）。",
  }),
} as const;
