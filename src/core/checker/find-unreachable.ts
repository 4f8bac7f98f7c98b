/** unreachable-state: a state no path from the start leads to (dead text, or a mistyped target elsewhere). */
import type { CheckContext } from './check-context';

export function findUnreachable({ graph, facts, report }: CheckContext): void {
  const start = graph.ids[graph.initial];
  graph.ids.forEach((id, index) => {
    if (facts.reachable[index]) return;
    report('unreachable-state', `state "${id}" cannot be reached: no path from the start ("${start}") leads to it`, ['states', id], { key: true });
  });
}
