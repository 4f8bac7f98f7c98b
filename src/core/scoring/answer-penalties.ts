/**
 * Time at a decision: hesitation under pressure (MAI), unexplained silence (ATT: a warning at 5 s,
 * a penalty at 10 s past the reading allowance) and a timer that ran out (ATT). Thresholds: norms.ts.
 */
import type { ScenarioState } from '../scenario/scenario-types';
import {
  DEAD_AIR_PENALTY_MS,
  DEAD_AIR_SKILL,
  DEAD_AIR_WARNING_MS,
  HESITATION_SKILL,
  PENALTY_FULL,
  PENALTY_MINOR,
  PRESSURE_MOOD_AT_MOST,
  PRESSURE_TIMER_MS,
} from './norms';
import type { Penalty, TimeWarning } from './score-types';

/** The customer is irritated or worse, or the state gives a tight timer. */
export function isUnderPressure(mood: number | undefined, state: ScenarioState | undefined): boolean {
  if (mood !== undefined && mood <= PRESSURE_MOOD_AT_MOST) return true;
  const soonest = state?.timers[0];
  return soonest !== undefined && soonest.ms <= PRESSURE_TIMER_MS;
}

export function answerPenalties(responseMs: number, allowanceMs: number, underPressure: boolean): { penalties: Penalty[]; warnings: TimeWarning[] } {
  const penalties: Penalty[] = [];
  const warnings: TimeWarning[] = [];
  const lateMs = responseMs - allowanceMs;
  if (lateMs > 0 && underPressure) {
    penalties.push({ rule: 'hesitation', skill: HESITATION_SKILL, points: PENALTY_MINOR, actualMs: responseMs, limitMs: allowanceMs });
  }
  if (lateMs >= DEAD_AIR_PENALTY_MS) {
    penalties.push({ rule: 'dead-air', skill: DEAD_AIR_SKILL, points: PENALTY_FULL, actualMs: lateMs, limitMs: DEAD_AIR_PENALTY_MS });
  } else if (lateMs >= DEAD_AIR_WARNING_MS) {
    warnings.push({ rule: 'dead-air-warning', actualMs: lateMs, limitMs: DEAD_AIR_WARNING_MS });
  }
  return { penalties, warnings };
}

/** A timer ran out while the agent had options to answer with (a state with nothing to say is not a fault). */
export function timeoutPenalties(delay: string, waitedMs: number, optionsOffered: number): Penalty[] {
  if (optionsOffered === 0) return [];
  return [{ rule: 'timeout', skill: DEAD_AIR_SKILL, points: PENALTY_FULL, actualMs: waitedMs, delay }];
}
