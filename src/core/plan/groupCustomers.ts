import { segmentScheme } from "../rfm";
import type { ScoredCustomer, ScoreResult } from "../score";
import { PLAYBOOK } from "./playbook";
import { situationOfSegment } from "./situationOfSegment";
import type { PlaybookKey } from "./types";

/** The customers of one playbook entry. */
export interface CustomerGroup {
  readonly key: PlaybookKey;
  /** In input order. */
  readonly customers: readonly ScoredCustomer[];
  /** For situations: the segment keys present, in the scheme's order. Empty for tiers. */
  readonly segments: readonly string[];
}

/**
 * Sorts the scored customers into the playbook's groups: each customer is in the group of its
 * value tier and in the group of its segment's situation (see `situationOfSegment`), so in
 * exactly one tier group and one situation group.
 *
 * Complexity: O(n + segments).
 *
 * @param score - the scoring result
 * @returns one group per playbook entry, in playbook order, empty groups included
 * @throws {DomainError} `BAD_ARGUMENT` when a customer's segment is not one of the scheme's
 *
 * @example
 * // the 40 test-fixture customers: tiers strategic … lowEfficiency, then keep … lowCost
 * groupCustomers(fixtureScore()).map((g) => g.customers.length) // => [15, 5, 5, 15, 6, 6, 10, 3, 5, 10]
 */
export function groupCustomers(score: ScoreResult): CustomerGroup[] {
  const scheme = score.segmentation.scheme;
  const members = new Map<PlaybookKey, ScoredCustomer[]>(PLAYBOOK.map((e) => [e.key, []]));
  for (const c of score.customers) {
    members.get(c.valueTier)!.push(c);
    members.get(situationOfSegment(scheme, c.rfm.segment))!.push(c);
  }
  const order = segmentScheme(scheme).segments.map((s) => s.key);
  return PLAYBOOK.map((entry): CustomerGroup => {
    const customers = members.get(entry.key)!;
    const present = new Set(customers.map((c) => c.rfm.segment));
    return {
      key: entry.key,
      customers,
      segments: entry.kind === "situation" ? order.filter((k) => present.has(k)) : [],
    };
  });
}
