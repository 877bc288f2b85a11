import { FIELD_KEYS, HEADER_SYNONYMS, LIFETIMES_FIELDS } from "../../../src/core/table/headerSynonyms";
import { FIELD_LABELS } from "../../../src/core/table/issueMessages";
import { normalizeHeader } from "../../../src/core/table/normalizeHeader";

describe("HEADER_SYNONYMS", () => {
  it("names every field, with at least one synonym each", () => {
    expect(Object.keys(HEADER_SYNONYMS).sort()).toEqual([...FIELD_KEYS].sort());
    for (const key of FIELD_KEYS) expect(HEADER_SYNONYMS[key].length).toBeGreaterThan(0);
  });

  it("never gives one normalized synonym to two fields, except frequency (purchases or lifetimes)", () => {
    const owners = new Map<string, string[]>();
    for (const key of FIELD_KEYS) {
      for (const s of new Set(HEADER_SYNONYMS[key].map(normalizeHeader)))
        owners.set(s, [...(owners.get(s) ?? []), key]);
    }
    const shared = [...owners].filter(([, keys]) => keys.length > 1);
    expect(shared).toEqual([["frequency", ["purchases", "lifetimesFrequency"]]]);
  });

  it("has an English and a Chinese label for every field", () => {
    for (const key of FIELD_KEYS) {
      expect(FIELD_LABELS[key].en.length).toBeGreaterThan(0);
      expect(FIELD_LABELS[key].zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("lists the lifetimes fields among the field keys", () => {
    for (const key of LIFETIMES_FIELDS) expect(FIELD_KEYS).toContain(key);
  });
});
