/**
 * Scores one call from its event log: per skill against the best available at the decisions met,
 * time and phone penalties, fatal criteria, the QA-weighted overall score and the debrief that
 * explains it. Pure: the same scenario and log always give the same score. Rules: docs/scoring.md.
 */
import type { CallEvent, CallOutcome } from '../engine/call-log';
import { OUTCOMES } from '../scenario/outcomes';
import type { Scenario } from '../scenario/scenario-types';
import { buildDebrief } from './build-debrief';
import { callTiming } from './call-timing';
import { fatalReasons } from './fatal-reasons';
import type { CallScore } from './score-types';
import { overallScore, sectionScores } from './section-scores';
import { tallySkills } from './tally-skills';

/** A log cut short (no `end` event) is scored as far as it goes, as a call the customer abandoned. */
const UNFINISHED: CallOutcome = { kind: 'abandoned', reason: 'agent-hung-up' };

export function scoreCall(scenario: Scenario, log: readonly CallEvent[]): CallScore {
  const debrief = buildDebrief(scenario, log);
  const skills = tallySkills(debrief);
  const sections = sectionScores(skills);
  const fatal = fatalReasons(debrief);
  const overallBeforeFatal = overallScore(sections);
  const end = log.findLast((event) => event.type === 'end');
  const outcome = end?.type === 'end' ? end.outcome : UNFINISHED;
  return {
    overall: fatal.length > 0 ? 0 : overallBeforeFatal,
    overallBeforeFatal,
    failed: fatal.length > 0,
    fatal,
    outcome: { ...outcome, valence: OUTCOMES[outcome.kind].valence },
    skills,
    sections,
    debrief,
    timing: callTiming(debrief),
  };
}
