import type { Lang } from "../core/types";

/** The task pane's own words, in both languages. */
export interface PaneText {
  readonly productName: string;
  readonly tagline: string;
  readonly version: (version: string) => string;
  readonly language: string;
  readonly functionsHeading: string;
  readonly functionsIntro: string;
  readonly example: string;
}

export const PANE_TEXT: Readonly<Record<Lang, PaneText>> = {
  en: {
    productName: "CDP Customer Development Planning",
    tagline: "Score customers with RFM, CLV and priority, right in Excel.",
    version: (v) => `Version ${v}`,
    language: "Language",
    functionsHeading: "Functions in cells",
    functionsIntro: "Type these formulas in any cell. Results spill into the cells below and to the right.",
    example: "Example:",
  },
  zh: {
    productName: "CDP 客户发展计划",
    tagline: "在 Excel 中直接完成 RFM、客户生命周期价值和优先级评分。",
    version: (v) => `版本 ${v}`,
    language: "语言",
    functionsHeading: "单元格函数",
    functionsIntro: "在任意单元格输入以下公式，结果会自动溢出到下方和右侧的单元格。",
    example: "示例：",
  },
};
