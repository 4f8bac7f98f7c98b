/**
 * The lowest and highest total of one weight over a full call, and whether a loop stretches it.
 * Over walks (highest-total.ts) the answer is exact and cheap, and equals the best simple path
 * unless a loop on the way has a non-zero total; only then is the simple-path figure used.
 */
import type { CallEdge, CallGraph } from './call-graph';
import { highestTotal, lowestTotal } from './highest-total';
import type { SimplePathFigures } from './simple-paths';
import type { Components } from './strongly-connected';

export interface TotalBounds {
  /** Over simple paths; null when no final state can be reached (or the loops were too tangled to count). */
  min: number | null;
  max: number | null;
  /** Going round a loop on the way lowers the total each time. */
  falls: boolean;
  /** Going round a loop on the way raises the total each time. */
  grows: boolean;
}

/** The best simple-path total over the reachable final states; null if one of them is uncounted. */
function overFinals(graph: CallGraph, figures: SimplePathFigures, values: Float64Array | undefined, pick: (a: number, b: number) => number, start: number): number | null {
  let result = start;
  let uncounted = false;
  graph.isFinal.forEach((final, node) => {
    if (!final) return;
    if (figures.uncounted[node]) uncounted = true;
    else if ((figures.counts[node] ?? 0n) > 0n) result = pick(result, values?.[node] ?? start);
  });
  return uncounted || !Number.isFinite(result) ? null : result + 0;
}

/** `index`: the weight's position in the weights `figures` was computed with. */
export function totalBounds(graph: CallGraph, components: Components, figures: SimplePathFigures, weight: (edge: CallEdge) => number, index: number): TotalBounds {
  const walkMax = highestTotal(graph, components, weight);
  const walkMin = lowestTotal(graph, components, weight);
  const pick = (walk: number | undefined, simple: () => number | null) => (walk === undefined ? null : Number.isFinite(walk) ? walk + 0 : simple());
  return {
    max: pick(walkMax, () => overFinals(graph, figures, figures.highest[index], Math.max, -Infinity)),
    min: pick(walkMin, () => overFinals(graph, figures, figures.lowest[index], Math.min, Infinity)),
    falls: walkMin === -Infinity,
    grows: walkMax === Infinity,
  };
}
