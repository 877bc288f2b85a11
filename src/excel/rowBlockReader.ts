import { isPayloadTooLarge } from "./isPayloadTooLarge";
import { jsonBytes } from "./jsonBytes";
import { MAX_CELLS_PER_READ } from "./payloadBudget";

/** A rectangle to read: 0-based first row and column, and its size. */
export interface ReadArea {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** Rows read in one sync: `values[0]` is sheet row `top`. */
export interface RowBlock {
  readonly top: number;
  readonly values: unknown[][];
}

export interface RowBlockReaderOptions {
  /** Bytes one response may take. */
  readonly budget: number;
  /** Most rows per block, whatever the budget allows (default 20,000, the top of Microsoft's advice). */
  readonly maxRows?: number;
  /** Assumed bytes per cell before the first block has been measured (default 24). */
  readonly initialCellBytes?: number;
}

const DEFAULT_MAX_ROWS = 20_000;
const DEFAULT_CELL_BYTES = 24;

/**
 * Reads large ranges of a sheet in row blocks, each sized to keep its response under a byte budget
 * (Excel on the web answers at most 5 MB per request).
 *
 * Method: a block has ⌊budget / (columns × bytes per cell)⌋ rows, at most `maxRows` and at most
 * Excel's 5,000,000 cells per read, at least one. Bytes per cell start at a guess; after each block
 * the JSON size of what came back is measured and the largest size per cell seen so far is used
 * for the next block. A block the host refuses as too large (`ResponsePayloadSizeLimitExceeded`,
 * `RequestPayloadSizeLimitExceeded`), or whose `values` come back `null`, is halved and read again,
 * and the budget drops to half that block's estimated size for the rest of the reading (the host's
 * real limit is evidently lower); a single row that is still too large is an error. Only `values`
 * is loaded. One `context.sync()` per block.
 *
 * @example
 * const reader = new RowBlockReader(context, { budget: 4_000_000 });
 * for await (const block of reader.read(sheet, { top: 1, left: 0, rows: 100_000, columns: 10 })) rows.push(...block.values);
 * // rows.length => 100000
 */
export class RowBlockReader {
  private cellBytes: number;
  private measured = false;
  private budget: number;
  private readonly maxRows: number;
  /** Blocks read so far (successful syncs). */
  blocks = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly options: RowBlockReaderOptions,
  ) {
    this.cellBytes = options.initialCellBytes ?? DEFAULT_CELL_BYTES;
    this.budget = options.budget;
    this.maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  }

  /** Rows the next block of `columns` columns may have. */
  blockRows(columns: number, firstRows?: number): number {
    const width = Math.max(1, columns);
    const byBudget = Math.floor(this.budget / (width * this.cellBytes));
    const byCells = Math.floor(MAX_CELLS_PER_READ / width);
    return Math.max(1, Math.min(byBudget, byCells, this.maxRows, firstRows ?? Number.POSITIVE_INFINITY));
  }

  /**
   * The blocks of `area`, from the top down (or from the bottom up), each read in its own sync.
   *
   * @param sheet - the worksheet to read
   * @param area - the rows and columns to read
   * @param direction - `down` (default) or `up`
   * @param firstRows - most rows in the first block (a small first look, e.g. for a header)
   * @throws the host's error when a single row is too large, or any other error of `context.sync()`
   */
  async *read(
    sheet: Excel.Worksheet,
    area: ReadArea,
    direction: "down" | "up" = "down",
    firstRows?: number,
  ): AsyncGenerator<RowBlock> {
    let remaining = area.rows;
    let limit = firstRows;
    while (remaining > 0) {
      let rows = Math.min(remaining, this.blockRows(area.columns, limit));
      for (;;) {
        const top = direction === "down" ? area.top + area.rows - remaining : area.top + remaining - rows;
        const values = await this.tryRead(sheet, top, area.left, rows, area.columns);
        if (values !== undefined) {
          remaining -= rows;
          yield { top, values };
          break;
        }
        if (rows === 1) throw this.lastError;
        this.budget = Math.max(1, Math.floor((rows * area.columns * this.cellBytes) / 2));
        rows = Math.max(1, Math.floor(rows / 2));
      }
      limit = undefined;
    }
  }

  private lastError: unknown;

  /** The block's values, or `undefined` when it was too large (then {@link lastError} says why). */
  private async tryRead(
    sheet: Excel.Worksheet,
    top: number,
    left: number,
    rows: number,
    columns: number,
  ): Promise<unknown[][] | undefined> {
    const context = this.context;
    const range = sheet.getRangeByIndexes(top, left, rows, columns);
    range.load("values");
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      this.lastError = error;
      return undefined;
    }
    const values = range.values as unknown[][] | null;
    if (values === null || values === undefined) {
      this.lastError = new Error(`Excel returned no values for ${rows} × ${columns} cells.`);
      return undefined;
    }
    this.blocks++;
    const perCell = jsonBytes(values) / Math.max(1, rows * columns);
    this.cellBytes = this.measured ? Math.max(this.cellBytes, perCell) : perCell;
    this.measured = true;
    return values;
  }
}
