/**
 * no-reachable-final: from the start, no final state can be reached at all.
 * endless-loop: states reachable from the start that only lead to each other (a loop with no way
 * out), so a call that gets there never ends. Where a path to nowhere ends in a dead end instead,
 * dead-end already says so; together the two explain every state from which the call cannot end.
 */
import type { CheckContext } from './check-context';
import { quoteList } from './describe';

export function findUnendingCalls({ graph, facts, report }: CheckContext): void {
  if (graph.ids.length === 0) return;
  const start = graph.ids[graph.initial];
  if (!facts.canEnd[graph.initial]) {
    report('no-reachable-final', `no final state can be reached from the start ("${start}"): every path ends in a loop or a dead end, so the call never ends`, ['initial']);
    return;
  }
  const { of, members, cyclic } = facts.components;
  members.forEach((nodes, component) => {
    const [node] = nodes;
    if (node === undefined || !cyclic[component] || !facts.reachable[node] || facts.canEnd[node]) return;
    const closed = nodes.every((member) => (graph.out[member] ?? []).every((edge) => of[edge.to] === component));
    if (!closed) return;
    const ids = [...nodes].sort((a, b) => a - b).map((member) => graph.ids[member] ?? '');
    const [first = ''] = ids;
    const message =
      ids.length === 1
        ? `"${first}" only leads back to itself: once the call gets there, it can never end; give it a way to a final state`
        : `${quoteList(ids)} only lead to each other: once the call gets there, it can never end; give one of them a way to a final state`;
    report('endless-loop', message, ['states', first], { key: true });
  });
}
