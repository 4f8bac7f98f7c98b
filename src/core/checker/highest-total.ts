/**
 * The highest total a call can collect from its start to a final state, for a weight on each move
 * (a skill effect, 1 per decision…). Across components, in topological order, it is plain dynamic
 * programming; inside a loop (a cyclic component) it is Bellman-Ford, and a loop whose total is
 * positive makes the answer unbounded (the player can go round it again and again). Without such
 * a loop the best walk is a simple path, so the answer is also the best over simple paths.
 * Linear on a loop-free call; a loop costs at most its size times its moves.
 *
 * Returns Infinity when unbounded, undefined when no final state can be reached.
 */
import type { CallEdge, CallGraph } from './call-graph';
import type { Components } from './strongly-connected';

export function highestTotal(graph: CallGraph, components: Components, weight: (edge: CallEdge) => number): number | undefined {
  const size = graph.ids.length;
  if (size === 0) return undefined;
  const { of, members, cyclic } = components;
  const best = new Float64Array(size).fill(-Infinity);
  best[graph.initial] = 0;

  const settleLoop = (nodes: readonly number[], component: number): void => {
    const queue = nodes.filter((node) => (best[node] ?? -Infinity) > -Infinity);
    const queued = new Set(queue);
    const raised = new Map<number, number>();
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] ?? 0;
      queued.delete(node);
      for (const edge of graph.out[node] ?? []) {
        if (of[edge.to] !== component) continue;
        const total = (best[node] ?? 0) + weight(edge);
        if (total <= (best[edge.to] ?? Infinity)) continue;
        best[edge.to] = total;
        const times = (raised.get(edge.to) ?? 0) + 1;
        if (times > nodes.length) {
          for (const member of nodes) best[member] = Infinity;
          return;
        }
        raised.set(edge.to, times);
        if (!queued.has(edge.to)) {
          queued.add(edge.to);
          queue.push(edge.to);
        }
      }
    }
  };

  members.forEach((nodes, component) => {
    if (cyclic[component]) settleLoop(nodes, component);
    for (const node of nodes) {
      const here = best[node] ?? -Infinity;
      if (here === -Infinity) continue;
      for (const edge of graph.out[node] ?? []) {
        if (of[edge.to] === component) continue;
        const total = here + weight(edge);
        if (total > (best[edge.to] ?? Infinity)) best[edge.to] = total;
      }
    }
  });

  let result = -Infinity;
  graph.isFinal.forEach((final, node) => {
    if (final) result = Math.max(result, best[node] ?? -Infinity);
  });
  return result === -Infinity ? undefined : result;
}

/** The lowest total: the highest of the opposite weights, negated. -Infinity when unbounded below. */
export function lowestTotal(graph: CallGraph, components: Components, weight: (edge: CallEdge) => number): number | undefined {
  const highest = highestTotal(graph, components, (edge) => -weight(edge));
  return highest === undefined ? undefined : 0 - highest;
}
