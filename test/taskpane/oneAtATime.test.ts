import { oneAtATime } from "../../src/taskpane/oneAtATime";

/** A task that logs its start and end, finishing when `release` is called. */
function task(log: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  const run = async () => {
    log.push(`${name} start`);
    await done;
    log.push(`${name} end`);
    return name;
  };
  return { run, release };
}

describe("oneAtATime", () => {
  it("starts a queued task only after the one before it ends, as its example says", async () => {
    const log: string[] = [];
    const queue = oneAtATime();
    const slow = task(log, "slow");
    const next = task(log, "next");
    const first = queue(slow.run);
    const second = queue(next.run);
    await Promise.resolve();
    expect(log).toEqual(["slow start"]);
    slow.release();
    next.release();
    expect(await Promise.all([first, second])).toEqual(["slow", "next"]);
    expect(log).toEqual(["slow start", "slow end", "next start", "next end"]);
  });

  it("runs the next task after one that failed, and still reports the failure", async () => {
    const queue = oneAtATime();
    const failed = queue(() => Promise.reject(new Error("boom")));
    const after = queue(() => Promise.resolve("ran"));
    await expect(failed).rejects.toThrow("boom");
    await expect(after).resolves.toBe("ran");
  });
});
