import { DomainError } from "../errors";
import { EXACT_ONLY_SYNONYMS, FIELD_KEYS, type FieldKey, HEADER_SYNONYMS, LIFETIMES_FIELDS } from "./headerSynonyms";
import { ERROR_MESSAGES, FIELD_LABELS } from "./issueMessages";
import { normalizeHeader } from "./normalizeHeader";
import { headerText } from "./headerText";

/** A column chosen by the user for a field: its 0-based index in the matrix, or its header text. */
export type ColumnMapping = Partial<Record<FieldKey, number | string>>;

/** Field → 0-based column index in the matrix. */
export type ResolvedColumns = Partial<Record<FieldKey, number>>;

/** Options of {@link detectColumns}. */
export interface DetectColumnsOptions {
  /** Columns chosen by the user; they override recognition. */
  readonly mapping?: ColumnMapping;
  /**
   * Whether the lifetimes columns (`frequency`, `recency`, `T`, `monetary_value`) take part:
   * `"auto"` (default) when the header row has `recency` (or `t_x`) and `T`, or the mapping names
   * both; `true` always; `false` never (then `frequency` is the purchase count).
   */
  readonly lifetimes?: boolean | "auto";
}

/** What {@link detectColumns} found. */
export interface ColumnDetection {
  /** Field → 0-based column index in the matrix. */
  readonly columns: ResolvedColumns;
  /** The header texts as written (trimmed), one per column. */
  readonly headers: readonly string[];
  /** Non-empty headers not used for any field, in column order. */
  readonly unmatchedHeaders: readonly string[];
  /** True when the lifetimes columns took part in recognition. */
  readonly lifetimesStyle: boolean;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const MIN_LATIN_CONTAINS = 5;
const FIELD_ORDER: ReadonlyMap<FieldKey, number> = new Map(FIELD_KEYS.map((k, i) => [k, i]));
const EXACT_ONLY: ReadonlySet<string> = new Set(EXACT_ONLY_SYNONYMS.map(normalizeHeader));

interface Synonyms {
  readonly exact: ReadonlySet<string>;
  readonly contains: readonly string[];
}

function allowsContains(normalized: string): boolean {
  if (EXACT_ONLY.has(normalized)) return false;
  return CJK.test(normalized) ? normalized.length >= 2 : normalized.length >= MIN_LATIN_CONTAINS;
}

const SYNONYMS: ReadonlyMap<FieldKey, Synonyms> = new Map(
  FIELD_KEYS.map((key) => {
    const normalized = HEADER_SYNONYMS[key].map(normalizeHeader);
    const isLifetimes = LIFETIMES_FIELDS.includes(key);
    return [key, { exact: new Set(normalized), contains: isLifetimes ? [] : normalized.filter(allowsContains) }];
  }),
);

function applyMapping(
  mapping: ColumnMapping,
  headers: readonly string[],
  normalized: readonly string[],
  columns: Partial<Record<FieldKey, number>>,
  owner: (FieldKey | undefined)[],
): void {
  for (const [key, target] of Object.entries(mapping)) {
    if (!FIELD_ORDER.has(key as FieldKey)) {
      const m = ERROR_MESSAGES.unknownField(key);
      throw new DomainError("BAD_ARGUMENT", m.en, m.zh, { field: key });
    }
    if (target === undefined) continue;
    const field = key as FieldKey;
    let index = -1;
    if (typeof target === "number") {
      if (Number.isInteger(target) && target >= 0 && target < headers.length) index = target;
    } else if (typeof target === "string") {
      const wanted = target.trim();
      index = headers.indexOf(wanted);
      if (index < 0) {
        const n = normalizeHeader(wanted);
        if (n.length > 0) index = normalized.indexOf(n);
      }
    }
    if (index < 0) {
      const m = ERROR_MESSAGES.mappedColumnNotFound(FIELD_LABELS[field], String(target));
      throw new DomainError("BAD_ARGUMENT", m.en, m.zh, { field, column: target });
    }
    const taken = owner[index];
    if (taken !== undefined) {
      const m = ERROR_MESSAGES.mappedColumnTwice(
        headers[index] ?? String(index),
        FIELD_LABELS[taken],
        FIELD_LABELS[field],
      );
      throw new DomainError("BAD_ARGUMENT", m.en, m.zh, { column: index, fields: [taken, field] });
    }
    columns[field] = index;
    owner[index] = field;
  }
}

/**
 * Recognises which column holds which field from the header row.
 *
 * Method, in order:
 * 1. the user's `mapping` is applied first (by 0-based column index, or by header text: exact
 *    after trimming, else after `normalizeHeader`);
 * 2. exact matches: for each field in {@link FIELD_KEYS} order, the first free column whose
 *    normalized header equals one of the field's normalized {@link HEADER_SYNONYMS};
 * 3. "contains" matches for longer headers (`最近购买日期2025`, `Total Sales Amount`): each free
 *    header is read as the field of the longest synonym it contains (ties: field order), so
 *    `Last Order Amount` is an amount, not a date; when that field already has a column, the
 *    header stays unmatched rather than falling back to a weaker reading. Longer synonyms are
 *    assigned first, then leftmost columns. Synonyms in {@link EXACT_ONLY_SYNONYMS}, Latin
 *    synonyms shorter than five letters and the lifetimes columns never match this way.
 *
 * A column is used for at most one field and each field gets at most one column (the first that
 * matches). Lifetimes-style recognition: see {@link DetectColumnsOptions.lifetimes}; when it is on,
 * the lifetimes columns are matched first, so `frequency` is the repeat count, not the purchase
 * count. O(columns × synonyms).
 *
 * @param headerRow - the header cells, one per column
 * @param options - the user's mapping and the lifetimes switch
 * @returns the field → column map, the header texts and the headers left unmatched
 * @throws {DomainError} `BAD_ARGUMENT` when the mapping names an unknown field, a column that does
 *   not exist, or one column for two fields
 *
 * @example
 * detectColumns(["客户编号", "最近购买日期", "购买次数", "销售额(元)", "备注"]).columns
 * // => { id: 0, lastPurchase: 1, purchases: 2, total: 3 }
 * detectColumns(["客户编号", "最近购买日期", "购买次数", "销售额(元)", "备注"]).unmatchedHeaders
 * // => ["备注"]
 */
export function detectColumns(headerRow: readonly unknown[], options: DetectColumnsOptions = {}): ColumnDetection {
  const headers = Array.from(headerRow, headerText);
  const normalized = headers.map(normalizeHeader);
  const columns: Partial<Record<FieldKey, number>> = {};
  const owner: (FieldKey | undefined)[] = new Array(headers.length).fill(undefined);

  if (options.mapping) applyMapping(options.mapping, headers, normalized, columns, owner);

  const lifetimesOption = options.lifetimes ?? "auto";
  const lifetimesStyle =
    lifetimesOption === "auto"
      ? ((normalized.includes("recency") || normalized.includes("tx")) && normalized.includes("t")) ||
        (columns.lifetimesRecency !== undefined && columns.lifetimesT !== undefined)
      : lifetimesOption;

  const fields: FieldKey[] = lifetimesStyle
    ? [...LIFETIMES_FIELDS, ...FIELD_KEYS.filter((k) => !LIFETIMES_FIELDS.includes(k))]
    : FIELD_KEYS.filter((k) => !LIFETIMES_FIELDS.includes(k));

  for (const field of fields) {
    if (columns[field] !== undefined) continue;
    const exact = SYNONYMS.get(field)!.exact;
    for (let c = 0; c < normalized.length; c++) {
      if (owner[c] === undefined && normalized[c] !== "" && exact.has(normalized[c]!)) {
        columns[field] = c;
        owner[c] = field;
        break;
      }
    }
  }

  // Each free header's best reading: the field of the longest synonym it contains (ties: field order).
  const candidates: { column: number; field: FieldKey; length: number }[] = [];
  for (let c = 0; c < normalized.length; c++) {
    if (owner[c] !== undefined || normalized[c] === "") continue;
    let best: { column: number; field: FieldKey; length: number } | undefined;
    for (const field of fields) {
      for (const synonym of SYNONYMS.get(field)!.contains) {
        if (synonym.length > (best?.length ?? 0) && normalized[c]!.includes(synonym))
          best = { column: c, field, length: synonym.length };
      }
    }
    if (best) candidates.push(best);
  }
  candidates.sort((a, b) => b.length - a.length || a.column - b.column);
  for (const { column, field } of candidates) {
    if (columns[field] === undefined) {
      columns[field] = column;
      owner[column] = field;
    }
  }

  const unmatchedHeaders = headers.filter((h, c) => owner[c] === undefined && h !== "");
  return { columns, headers, unmatchedHeaders, lifetimesStyle };
}
