/**
 * The phone itself: a slow pick-up or none (ACC), the agent hanging up on the customer (CON), and
 * the default reactions to the phone's controls: a hold without asking, check-backs missed on hold
 * and a customer lost on hold (ATT), a cold transfer (TRF). Norms: norms.ts.
 */
import type { CallOutcome, ControlEntry } from '../engine/call-log';
import {
  CHECK_BACK_MAX_MS,
  CHECK_BACK_MIN_MS,
  COLD_TRANSFER_POINTS,
  HANG_UP_SKILL,
  HOLD_SKILL,
  HUNG_UP_ON_HOLD_POINTS,
  LATE_CHECK_BACK_POINTS,
  MISSED_CHECK_BACK_POINTS,
  PENALTY_FULL,
  PENALTY_MINOR,
  PICKUP_LIMIT_MS,
  PICKUP_NORM_MS,
  PICKUP_SKILL,
  TRANSFER_SKILL,
  UNASKED_HOLD_POINTS,
} from './norms';
import type { Penalty } from './score-types';

export function pickupPenalties(ringMs: number, answered: boolean): Penalty[] {
  if (!answered) return [{ rule: 'unanswered', skill: PICKUP_SKILL, points: PENALTY_FULL, actualMs: ringMs }];
  if (ringMs > PICKUP_LIMIT_MS) return [{ rule: 'slow-pickup', skill: PICKUP_SKILL, points: PENALTY_FULL, actualMs: ringMs, limitMs: PICKUP_LIMIT_MS }];
  if (ringMs > PICKUP_NORM_MS) return [{ rule: 'slow-pickup', skill: PICKUP_SKILL, points: PENALTY_MINOR, actualMs: ringMs, limitMs: PICKUP_NORM_MS }];
  return [];
}

/**
 * The end of the call: the agent hung up (CON; the `hangup` control entry before it carries no
 * penalty, so it counts once), or the customer hung up on hold (ATT; `heldMs` when the log shows
 * when the hold began).
 */
export function endPenalties(outcome: CallOutcome, heldMs?: number): Penalty[] {
  switch (outcome.reason) {
    case 'agent-hung-up':
      return [{ rule: 'agent-hung-up', skill: HANG_UP_SKILL, points: PENALTY_FULL }];
    case 'hung-up-on-hold':
      return [{ rule: 'hung-up-on-hold', skill: HOLD_SKILL, points: HUNG_UP_ON_HOLD_POINTS, ...(heldMs !== undefined ? { actualMs: heldMs } : {}) }];
    default:
      return [];
  }
}

/**
 * A control whose reaction was the engine's default: a hold the customer had not agreed to, or a
 * cold transfer that makes them repeat everything. Declared reactions are judged by their effects
 * instead; the other controls cost nothing by default (mute: the silence rules; hang-up: the end).
 */
export function controlPenalties(entry: ControlEntry): Penalty[] {
  if (entry.reaction !== 'default') return [];
  if (entry.control === 'hold' && !entry.agreed) return [{ rule: 'unasked-hold', skill: HOLD_SKILL, points: UNASKED_HOLD_POINTS }];
  if (entry.control === 'transfer-cold' && entry.customerRepeats) return [{ rule: 'cold-transfer', skill: TRANSFER_SKILL, points: COLD_TRANSFER_POINTS }];
  return [];
}

/** A check-back fell due on hold: minor within the first minute on hold, full past it. */
export function checkBackPenalties(heldMs: number): Penalty[] {
  return heldMs > CHECK_BACK_MAX_MS
    ? [{ rule: 'missed-check-back', skill: HOLD_SKILL, points: LATE_CHECK_BACK_POINTS, actualMs: heldMs, limitMs: CHECK_BACK_MAX_MS }]
    : [{ rule: 'missed-check-back', skill: HOLD_SKILL, points: MISSED_CHECK_BACK_POINTS, actualMs: heldMs, limitMs: CHECK_BACK_MIN_MS }];
}
