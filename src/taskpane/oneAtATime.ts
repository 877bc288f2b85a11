/**
 * A queue that runs the tasks given to it one after another, never two at once: each starts when the
 * one before it has settled, whether it succeeded or failed. Analyze and Build plan both write to
 * the workbook, so two clicks in a row (or a Build plan during an Analyze) must not interleave their
 * reads and writes.
 *
 * @returns a function that queues a task and resolves or rejects as the task does
 *
 * @example
 * const queue = oneAtATime();
 * queue(() => slowWrite()); queue(() => nextWrite()); // nextWrite starts after slowWrite settles
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}
