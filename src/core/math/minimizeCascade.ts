// Hand-written: the fallback policy around the hand-written minimisers (no well-kept JavaScript optimiser exists).
import { minimizeBfgs, type BfgsOptions } from "./minimizeBfgs";
import { minimizeNelderMead } from "./minimizeNelderMead";
import type { ObjectiveWithGradient, OptimizeResult } from "./optimizeTypes";

/**
 * Minimises a smooth function robustly: BFGS, then Nelder–Mead and BFGS again when BFGS does not
 * converge, then the same from each further starting point, keeping the best result.
 *
 * Method: for each start in turn: (1) {@link minimizeBfgs}; if it converged, stop. (2) Otherwise
 * {@link minimizeNelderMead} from the best point so far (it ignores gradients, so it gets past
 * places where the gradient misleads or f is undefined), then (3) BFGS again from there to polish.
 * The first converged result ends the search (a converged Nelder–Mead result counts when the
 * polishing BFGS cannot lower f from it); if none converges, the result with the lowest f is
 * returned with `converged: false`. `method` lists the stages that ran, e.g.
 * `bfgs+nelder-mead+bfgs`; `iterations` and `evaluations` add up over all stages.
 * Never throws on non-convergence.
 *
 * @param f - objective writing its gradient
 * @param starts - one or more starting points, tried in order
 * @param options - passed to BFGS
 * @returns the best result
 *
 * @example
 * minimizeCascade((x, g) => { g[0] = 2 * (x[0] - 3); return (x[0] - 3) ** 2; }, [[0]]).method // => "bfgs"
 */
export function minimizeCascade(
  f: ObjectiveWithGradient,
  starts: readonly ArrayLike<number>[],
  options: BfgsOptions = {},
): OptimizeResult {
  const stages: string[] = [];
  let iterations = 0;
  let evaluations = 0;
  let best: OptimizeResult | undefined;
  const run = (r: OptimizeResult): OptimizeResult => {
    stages.push(r.method);
    iterations += r.iterations;
    evaluations += r.evaluations;
    if (best === undefined || r.value < best.value || (r.converged && r.value === best.value)) best = r;
    return r;
  };
  const finish = (r: OptimizeResult): OptimizeResult => ({ ...r, method: stages.join("+"), iterations, evaluations });
  let scratch = new Float64Array(0);
  const valueOnly = (x: Float64Array): number => {
    if (scratch.length !== x.length) scratch = new Float64Array(x.length);
    return f(x, scratch);
  };

  for (const start of starts) {
    const first = run(minimizeBfgs(f, start, options));
    if (first.converged) return finish(first);
    const from = best !== undefined && Number.isFinite(best.value) ? best.x : Array.from(start);
    const simplex = run(minimizeNelderMead(valueOnly, from));
    const polished = run(minimizeBfgs(f, simplex.x, options));
    if (polished.converged) return finish(polished);
    if (simplex.converged && !(polished.value < simplex.value)) return finish(simplex);
  }
  return finish({ ...(best as OptimizeResult), converged: false });
}
