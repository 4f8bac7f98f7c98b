/**
 * Distinct paths from the start to each state, a path being a sequence of moves (two options that
 * lead to the same state are two paths). Counted on the components in topological order, so the
 * count is exact and fast even when it has hundreds of digits (bigint). Once a loop lies on the
 * way, the number of paths is infinite: "unbounded".
 */
import type { CallGraph } from './call-graph';
import type { Components } from './strongly-connected';

export type PathCount = bigint | 'unbounded';

export function countPaths(graph: CallGraph, components: Components): PathCount[] {
  const size = graph.ids.length;
  const { of, members, cyclic } = components;
  const counts: bigint[] = new Array<bigint>(size).fill(0n);
  const unbounded: boolean[] = new Array<boolean>(size).fill(false);
  if (size > 0) counts[graph.initial] = 1n;

  members.forEach((nodes, component) => {
    if (cyclic[component] && nodes.some((node) => unbounded[node] || (counts[node] ?? 0n) > 0n)) {
      for (const node of nodes) unbounded[node] = true;
    }
    for (const node of nodes) {
      const here = counts[node] ?? 0n;
      if (!unbounded[node] && here === 0n) continue;
      for (const edge of graph.out[node] ?? []) {
        if (of[edge.to] === component) continue;
        if (unbounded[node]) unbounded[edge.to] = true;
        else counts[edge.to] = (counts[edge.to] ?? 0n) + here;
      }
    }
  });
  return counts.map((count, node) => (unbounded[node] ? 'unbounded' : count));
}
