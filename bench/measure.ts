import { performance } from "perf_hooks";

/** Wall-clock milliseconds of `body`: the median of `runs` runs after one warm-up run. */
export function measure(body: () => unknown, runs = 3): number {
  body();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
