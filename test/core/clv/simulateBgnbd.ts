/**
 * Seeded simulation of BG/NBD customers, for tests that need a population with known parameters.
 * Customers are born uniformly over `spanDays` before the end; while alive they buy at rate λ
 * (Gamma(r, α) per day) and drop out after each repeat purchase with probability p (Beta(a, b)).
 * Times are continuous, exactly as the model assumes; with `wholeDays` they are truncated to
 * days and purchases on the same day count once, as in the summary step of real data.
 */
export interface SimulatedPopulation {
  readonly x: number[];
  readonly tx: number[];
  readonly T: number[];
  /** Mean repeat spend (Gamma-Gamma with p = 6, q = 4, v = 15), 0 when x = 0. */
  readonly mbar: number[];
}

export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function simulateBgnbd(
  n: number,
  params: { r: number; alpha: number; a: number; b: number },
  spanDays: number,
  seed: number,
  wholeDays = false,
): SimulatedPopulation {
  const random = mulberry32(seed);
  const normal = (): number => {
    let u = 0;
    while (u === 0) u = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * Math.pow(random(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = random();
      if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const mbar: number[] = [];
  for (let i = 0; i < n; i++) {
    const age = wholeDays ? Math.floor(random() * spanDays) + 1 : random() * spanDays;
    const lambda = gamma(params.r) / params.alpha;
    const g1 = gamma(params.a);
    const p = g1 / (g1 + gamma(params.b));
    let t = 0;
    let last = 0;
    let k = 0;
    for (;;) {
      t += -Math.log(1 - random()) / lambda;
      if (t > age) break;
      const time = wholeDays ? Math.floor(t) : t;
      if (time !== last) {
        k++;
        last = time;
      }
      if (random() < p) break;
    }
    x.push(k);
    tx.push(k > 0 ? last : 0);
    T.push(age);
    if (k > 0) {
      const nu = gamma(4) / 15;
      let sum = 0;
      for (let j = 0; j < k; j++) sum += gamma(6) / nu;
      mbar.push(sum / k);
    } else {
      mbar.push(0);
    }
  }
  return { x, tx, T, mbar };
}
