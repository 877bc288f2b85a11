import { isPayloadTooLarge } from "./isPayloadTooLarge";

/** One piece of write work for a {@link RequestBatcher}. */
export interface BatchOp {
  /** Estimated bytes the op adds to a request. */
  readonly bytes: number;
  /** Queues the op's Office.js calls on the context; may run again after a failed sync, so it builds its own proxies. */
  readonly queue: () => void;
  /** Two halves of the op (a block of rows split in two), when it can be split. */
  readonly split?: () => readonly [BatchOp, BatchOp];
  /** Called once the sync that carried the op succeeded. */
  readonly done?: () => void;
}

export interface RequestBatcherOptions {
  /** Bytes one request may take. */
  readonly budget: number;
  /** Calls `suspendApiCalculationUntilNextSync()` at the start of every batch. */
  readonly suspendCalculation?: boolean;
}

/**
 * Groups write operations into as few `context.sync()` calls as the request budget allows (Excel on
 * the web refuses requests over 5 MB).
 *
 * Method: ops are queued on the context as they are added; when the next op would take the batch
 * over the budget, the batch is synced first. An op larger than the budget on its own is split
 * before it is queued, when it can be. When the host still refuses a batch as too large (nothing of
 * it is applied then), the budget drops to half the refused batch's size for the rest of the work
 * and the batch's ops are queued again under it (a lone op split in two); a lone op that cannot be
 * split is an error. Each refusal halves the budget, so the retries end.
 * With `suspendCalculation`, each batch starts with `suspendApiCalculationUntilNextSync()`.
 *
 * @example
 * const batcher = new RequestBatcher(context, { budget: 4_000_000, suspendCalculation: true });
 * await batcher.add({ bytes: 120, queue: () => { sheet.getRange("A1").values = [["x"]]; } });
 * await batcher.flush(); // one sync
 */
export class RequestBatcher {
  private pending: BatchOp[] = [];
  private pendingBytes = 0;
  private budget: number;
  /** Successful syncs so far. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly options: RequestBatcherOptions,
  ) {
    this.budget = options.budget;
  }

  /** Queues an op, syncing the batch so far first when the op would not fit. */
  async add(op: BatchOp): Promise<void> {
    if (this.pending.length > 0 && this.pendingBytes + op.bytes > this.budget) await this.flush();
    // Checked after the flush, which may have lowered the budget.
    if (op.bytes > this.budget && op.split) {
      const [a, b] = op.split();
      await this.add(a);
      await this.add(b);
      return;
    }
    if (this.pending.length === 0) this.startBatch();
    op.queue();
    this.pending.push(op);
    this.pendingBytes += op.bytes;
  }

  /** Syncs whatever is queued. */
  async flush(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (ops.length > 0) await this.syncQueued(ops);
  }

  private startBatch(): void {
    if (this.options.suspendCalculation) this.context.application.suspendApiCalculationUntilNextSync();
  }

  private async syncQueued(ops: readonly BatchOp[]): Promise<void> {
    try {
      await this.context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      if (ops.length === 1 && !ops[0].split) throw error;
      // Nothing of a refused batch was applied: queue its ops again under half its size.
      const bytes = ops.reduce((sum, op) => sum + op.bytes, 0);
      this.budget = Math.max(1, Math.min(this.budget, Math.floor(bytes / 2)));
      const again = ops.length === 1 && ops[0].split ? ops[0].split() : ops;
      for (const op of again) await this.add(op);
      await this.flush();
      return;
    }
    this.syncs++;
    for (const op of ops) op.done?.();
  }
}
