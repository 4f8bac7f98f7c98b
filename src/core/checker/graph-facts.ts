/** What every analysis needs to know about the call graph, computed once. */
import type { CallGraph } from './call-graph';
import { stronglyConnected, type Components } from './strongly-connected';

export interface GraphFacts {
  /** The call can reach this state from its start. */
  reachable: boolean[];
  /** From this state some final state can be reached. */
  canEnd: boolean[];
  components: Components;
}

function search(starts: readonly number[], next: (node: number) => Iterable<number>, size: number): boolean[] {
  const seen: boolean[] = new Array<boolean>(size).fill(false);
  const queue = [...starts];
  for (const start of starts) seen[start] = true;
  for (let head = 0; head < queue.length; head++) {
    for (const node of next(queue[head] ?? 0)) {
      if (seen[node]) continue;
      seen[node] = true;
      queue.push(node);
    }
  }
  return seen;
}

export function graphFacts(graph: CallGraph): GraphFacts {
  const size = graph.ids.length;
  const incoming: number[][] = graph.ids.map(() => []);
  graph.out.forEach((edges, from) => edges.forEach((edge) => incoming[edge.to]?.push(from)));
  const finals = graph.ids.map((_, index) => index).filter((index) => graph.isFinal[index]);
  return {
    reachable: search(size > 0 ? [graph.initial] : [], (node) => (graph.out[node] ?? []).map((edge) => edge.to), size),
    canEnd: search(finals, (node) => incoming[node] ?? [], size),
    components: stronglyConnected(graph.out),
  };
}
