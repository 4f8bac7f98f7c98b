/** The option the debrief shows as "the better answer": the highest sum of effects, first on a tie. */
import type { Effects } from '../scenario/scenario-schema';

function total(effects: Effects): number {
  return Object.values(effects).reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

export function bestOption<T extends { effects: Effects }>(offered: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const option of offered) {
    if (!best || total(option.effects) > total(best.effects)) best = option;
  }
  return best;
}

export function isAsGoodAsBest(chosen: { effects: Effects }, best: { effects: Effects } | undefined): boolean {
  return best === undefined || total(chosen.effects) >= total(best.effects);
}
