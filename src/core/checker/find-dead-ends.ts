/**
 * dead-end: a state that is not final and that the call cannot leave, at every mood (no option, no
 * reaction to a phone control, no timer, no route) or at some moods (every option or `always`
 * branch is guarded and, for those moods, none passes). route-without-fallback: every `always` branch is guarded but together the
 * guards cover every mood, so nothing is stuck today; the format still asks for a last unguarded branch.
 */
import type { CheckContext } from './check-context';
import { moodList } from './describe';
import { EVERY_MOOD, NO_MOOD } from './mood-mask';

export function findDeadEnds({ scenario, graph, report }: CheckContext): void {
  graph.ids.forEach((id, index) => {
    const state = scenario.states[id];
    if (!state || state.kind === 'final') return;
    const stuck = EVERY_MOOD & ~(graph.movesOn[index] ?? NO_MOOD);
    const at = ['states', id];
    if (stuck === EVERY_MOOD) {
      report('dead-end', `the call gets stuck in "${id}": nothing leads on from here (no option, timer or route) and it is not a final state`, at, { key: true });
    } else if (stuck !== NO_MOOD && state.kind === 'route') {
      const moods = moodList(stuck);
      report('dead-end', `the call can get stuck in "${id}": when the mood is ${moods}, no "always" branch applies; end the list with a branch without a guard`, at, { key: true });
    } else if (stuck !== NO_MOOD) {
      const moods = moodList(stuck);
      report('dead-end', `the call can get stuck in "${id}": when the mood is ${moods}, no option is offered and no timer applies; add an option without a guard, or a timer`, at, { key: true });
    } else if (state.kind === 'route' && state.routes.every((route) => route.guarded)) {
      report(
        'route-without-fallback',
        `every "always" branch of "${id}" has a guard: together they cover every mood today, but a last branch without a guard keeps the call from getting stuck if one changes`,
        [...at, 'always'],
        { key: true },
      );
    }
  });
}
