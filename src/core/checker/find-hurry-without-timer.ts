/** hurry-without-timer: a hurried persona, yet a decision where the customer waits for ever. */
import type { CheckContext } from './check-context';

export function findHurryWithoutTimer({ scenario, report }: CheckContext): void {
  if (!scenario.persona.traits?.includes('hurried')) return;
  for (const id of scenario.stateIds) {
    const state = scenario.states[id];
    if (state?.kind !== 'decision' || state.timers.length > 0) continue;
    report('hurry-without-timer', `the persona is hurried but "${id}" has no timer: add one under "after" (e.g. shortPatience) so a slow answer costs something`, ['states', id], { key: true });
  }
}
