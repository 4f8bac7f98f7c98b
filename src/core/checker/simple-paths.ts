/**
 * Figures over the simple paths from the start, paths that never visit a state twice: how many
 * reach each state, and the lowest and highest total of each weight along them. Counting simple
 * paths is hard in general, but a call's loops are small: a path crosses the components of the
 * graph one after the other, so inside each loop (cyclic component) the simple paths are
 * enumerated, and across components it is dynamic programming with exact bigint counts.
 * A budget on the enumeration keeps a tangled loop from taking for ever: past it, that loop's
 * states and every state after them are "uncounted".
 */
import type { CallEdge, CallGraph } from './call-graph';
import type { Components } from './strongly-connected';

/** Steps of enumeration inside loops, for the whole call. */
export const SIMPLE_PATH_BUDGET = 200_000;

export interface SimplePathFigures {
  /** Simple paths from the start to each state (0n when unreachable). */
  counts: bigint[];
  /** The budget ran out on the way to this state: its figures are not known. */
  uncounted: boolean[];
  /** Some walk from the start to this state goes through a loop. */
  afterLoop: boolean[];
  /** Per weight, per state: highest and lowest total over the simple paths (-Infinity / Infinity when unreachable). */
  highest: Float64Array[];
  lowest: Float64Array[];
}

type Weight = (edge: CallEdge) => number;

export function simplePathFigures(graph: CallGraph, components: Components, weights: readonly Weight[], budget = SIMPLE_PATH_BUDGET): SimplePathFigures {
  const size = graph.ids.length;
  const { of, members, cyclic } = components;
  const counts: bigint[] = new Array<bigint>(size).fill(0n);
  const uncounted: boolean[] = new Array<boolean>(size).fill(false);
  const afterLoop: boolean[] = new Array<boolean>(size).fill(false);
  const highest = weights.map(() => new Float64Array(size).fill(-Infinity));
  const lowest = weights.map(() => new Float64Array(size).fill(Infinity));
  // What arrives at each state from earlier components (or from the start).
  const entering: bigint[] = new Array<bigint>(size).fill(0n);
  const enterHigh = weights.map(() => new Float64Array(size).fill(-Infinity));
  const enterLow = weights.map(() => new Float64Array(size).fill(Infinity));
  if (size > 0) {
    entering[graph.initial] = 1n;
    weights.forEach((_, j) => {
      (enterHigh[j] as Float64Array)[graph.initial] = 0;
      (enterLow[j] as Float64Array)[graph.initial] = 0;
    });
  }
  const onPath = new Uint8Array(size);
  let steps = 0;

  /** A simple path from `entry` (inside the component) ends at `node` with totals `acc[offset…]`. */
  const record = (entry: number, node: number, acc: Float64Array, offset: number): void => {
    counts[node] = (counts[node] ?? 0n) + (entering[entry] ?? 0n);
    weights.forEach((_, j) => {
      const high = highest[j] as Float64Array;
      const low = lowest[j] as Float64Array;
      high[node] = Math.max(high[node] ?? -Infinity, ((enterHigh[j] as Float64Array)[entry] ?? 0) + (acc[offset + j] ?? 0));
      low[node] = Math.min(low[node] ?? Infinity, ((enterLow[j] as Float64Array)[entry] ?? 0) + (acc[offset + j] ?? 0));
    });
  };

  /** Every simple path inside component `component` from `entry`; false when the budget runs out. */
  const enumerate = (entry: number, component: number, length: number): boolean => {
    const width = weights.length;
    const acc = new Float64Array((length + 1) * width);
    const path = [entry];
    const nextEdge = [0];
    onPath[entry] = 1;
    record(entry, entry, acc, 0);
    while (path.length > 0) {
      const depth = path.length - 1;
      const node = path[depth] ?? 0;
      const edges = graph.out[node] ?? [];
      const index = nextEdge[depth] ?? 0;
      if (index >= edges.length) {
        onPath[node] = 0;
        path.pop();
        nextEdge.pop();
        continue;
      }
      nextEdge[depth] = index + 1;
      const edge = edges[index] as CallEdge;
      if (of[edge.to] !== component || onPath[edge.to]) continue;
      if (++steps > budget) {
        for (const member of path) onPath[member] = 0;
        return false;
      }
      weights.forEach((weight, j) => (acc[(depth + 1) * width + j] = (acc[depth * width + j] ?? 0) + weight(edge)));
      path.push(edge.to);
      nextEdge.push(0);
      onPath[edge.to] = 1;
      record(entry, edge.to, acc, (depth + 1) * width);
    }
    return true;
  };

  members.forEach((nodes, component) => {
    if (cyclic[component]) {
      const reached = nodes.some((node) => entering[node] !== 0n || uncounted[node]);
      const lost = nodes.some((node) => uncounted[node]);
      const complete = !lost && nodes.every((node) => entering[node] === 0n || enumerate(node, component, nodes.length));
      for (const node of nodes) {
        if (!complete) uncounted[node] = true;
        if (reached) afterLoop[node] = true;
      }
    } else {
      for (const node of nodes) {
        counts[node] = entering[node] ?? 0n;
        weights.forEach((_, j) => {
          (highest[j] as Float64Array)[node] = (enterHigh[j] as Float64Array)[node] ?? -Infinity;
          (lowest[j] as Float64Array)[node] = (enterLow[j] as Float64Array)[node] ?? Infinity;
        });
      }
    }
    for (const node of nodes) {
      if (!uncounted[node] && counts[node] === 0n) continue;
      for (const edge of graph.out[node] ?? []) {
        const to = edge.to;
        if (of[to] === component) continue;
        if (afterLoop[node]) afterLoop[to] = true;
        if (uncounted[node]) {
          uncounted[to] = true;
          continue;
        }
        entering[to] = (entering[to] ?? 0n) + (counts[node] ?? 0n);
        weights.forEach((weight, j) => {
          const high = enterHigh[j] as Float64Array;
          const low = enterLow[j] as Float64Array;
          high[to] = Math.max(high[to] ?? -Infinity, ((highest[j] as Float64Array)[node] ?? 0) + weight(edge));
          low[to] = Math.min(low[to] ?? Infinity, ((lowest[j] as Float64Array)[node] ?? 0) + weight(edge));
        });
      }
    }
  });
  return { counts, uncounted, afterLoop, highest, lowest };
}
