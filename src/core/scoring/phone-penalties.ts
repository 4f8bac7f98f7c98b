/** The phone itself: a slow pick-up or none (ACC), and the agent hanging up on the customer (CON). Norms: norms.ts. */
import type { CallOutcome } from '../engine/call-log';
import { HANG_UP_SKILL, PENALTY_FULL, PENALTY_MINOR, PICKUP_LIMIT_MS, PICKUP_NORM_MS, PICKUP_SKILL } from './norms';
import type { Penalty } from './score-types';

export function pickupPenalties(ringMs: number, answered: boolean): Penalty[] {
  if (!answered) return [{ rule: 'unanswered', skill: PICKUP_SKILL, points: PENALTY_FULL, actualMs: ringMs }];
  if (ringMs > PICKUP_LIMIT_MS) return [{ rule: 'slow-pickup', skill: PICKUP_SKILL, points: PENALTY_FULL, actualMs: ringMs, limitMs: PICKUP_LIMIT_MS }];
  if (ringMs > PICKUP_NORM_MS) return [{ rule: 'slow-pickup', skill: PICKUP_SKILL, points: PENALTY_MINOR, actualMs: ringMs, limitMs: PICKUP_NORM_MS }];
  return [];
}

export function endPenalties(outcome: CallOutcome): Penalty[] {
  return outcome.reason === 'agent-hung-up' ? [{ rule: 'agent-hung-up', skill: HANG_UP_SKILL, points: PENALTY_FULL }] : [];
}
