import type { ClvRequestedMethod } from "../core/clv";
import type { Ambition } from "../core/plan";
import { PRIORITY_CRITERIA } from "../core/priority";
import type { PriorityWeights } from "../core/priority";
import { SEGMENT_SCHEME_KEYS } from "../core/rfm";
import type { SegmentSchemeKey } from "../core/rfm";
import type { Lang, LocalizedText } from "../core/types";

/** The workbook setting that keeps the pane's last choices. */
export const PANE_CHOICES_SETTING = "paneChoices";

export interface AnalyzeChoices {
  readonly scheme: SegmentSchemeKey;
  readonly clvMethod: ClvRequestedMethod;
  readonly weights: PriorityWeights;
}

export interface PlanChoices {
  readonly name: string;
  readonly quarters: number;
  readonly roles: readonly LocalizedText[];
  readonly lang: Lang;
  readonly ambition: Ambition;
}

/** What the pane last ran with in this workbook, so a colleague who opens it sees the same. */
export interface SavedChoices {
  readonly analyze?: AnalyzeChoices;
  readonly plan?: PlanChoices;
}

const CLV_METHODS: readonly string[] = ["auto", "bgnbd", "retention", "simple", "historical"];
const AMBITIONS: readonly string[] = ["conservative", "moderate", "ambitious"];
const isText = (v: unknown): v is LocalizedText =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as LocalizedText).en === "string" &&
  typeof (v as LocalizedText).zh === "string";

function analyzeChoices(value: unknown): AnalyzeChoices | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { scheme, clvMethod, weights } = value as Record<string, unknown>;
  if (!(SEGMENT_SCHEME_KEYS as readonly unknown[]).includes(scheme)) return undefined;
  if (typeof clvMethod !== "string" || !CLV_METHODS.includes(clvMethod)) return undefined;
  if (typeof weights !== "object" || weights === null) return undefined;
  const w = weights as Record<string, unknown>;
  if (!PRIORITY_CRITERIA.every((k) => typeof w[k] === "number" && Number.isFinite(w[k]) && (w[k] as number) >= 0)) {
    return undefined;
  }
  if (PRIORITY_CRITERIA.every((k) => w[k] === 0)) return undefined;
  return {
    scheme: scheme as SegmentSchemeKey,
    clvMethod: clvMethod as ClvRequestedMethod,
    weights: Object.fromEntries(PRIORITY_CRITERIA.map((k) => [k, w[k]])) as unknown as PriorityWeights,
  };
}

function planChoices(value: unknown): PlanChoices | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { name, quarters, roles, lang, ambition } = value as Record<string, unknown>;
  if (typeof name !== "string" || name.trim() === "") return undefined;
  if (typeof quarters !== "number" || !Number.isInteger(quarters) || quarters < 1 || quarters > 8) return undefined;
  if (!Array.isArray(roles) || roles.length < 2 || roles.length > 12 || !roles.every(isText)) return undefined;
  if (lang !== "en" && lang !== "zh") return undefined;
  if (typeof ambition !== "string" || !AMBITIONS.includes(ambition)) return undefined;
  return { name, quarters, roles, lang, ambition: ambition as Ambition };
}

/**
 * The pane's saved choices from the workbook's settings. Settings live in a sheet anyone can edit, so
 * each part is checked and a part that is not valid is left out (the pane then shows its defaults).
 *
 * @param settings - the workbook's settings
 * @returns the valid parts
 *
 * @example
 * savedChoices({ paneChoices: { analyze: { scheme: "cn8", clvMethod: "auto",
 *   weights: { strategic: 40, returnOnResources: 20, growth: 20, riskControl: 20 } } } }).analyze?.scheme // => "cn8"
 */
export function savedChoices(settings: Record<string, unknown>): SavedChoices {
  const stored = settings[PANE_CHOICES_SETTING];
  if (typeof stored !== "object" || stored === null) return {};
  const { analyze, plan } = stored as Record<string, unknown>;
  const a = analyzeChoices(analyze);
  const p = planChoices(plan);
  return { ...(a ? { analyze: a } : {}), ...(p ? { plan: p } : {}) };
}
