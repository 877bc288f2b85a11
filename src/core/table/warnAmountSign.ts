import type { CellReader } from "./CellReader";
import { FIELD_LABELS, ISSUE_MESSAGES } from "./issueMessages";

/**
 * Warns (keeping the row) when the amount of row `rowIndex` is negative (a refund: it nets into the
 * total) or zero; does nothing for a positive or unread amount.
 */
export function warnAmountSign(
  reader: CellReader,
  cells: readonly unknown[],
  rowIndex: number,
  amount: number | undefined,
): void {
  const cell = cells[reader.layout.columns.total!];
  if (amount !== undefined && amount < 0) {
    const message = ISSUE_MESSAGES.negativeAmount(FIELD_LABELS.total, String(amount));
    reader.add("NEGATIVE_AMOUNT", "warning", rowIndex, "total", cell, message);
  } else if (amount === 0) {
    reader.add("ZERO_AMOUNT", "warning", rowIndex, "total", cell, ISSUE_MESSAGES.zeroAmount(FIELD_LABELS.total));
  }
}
