/** When to ask the agent to rate themselves: the first time, then a week after the last assessment. */
import { SELF_ASSESSMENT_INTERVAL_MS } from '../scoring/norms';
import type { SelfAssessment } from './self-rating';

export function selfAssessmentDue(history: readonly SelfAssessment[], now: number, intervalMs: number = SELF_ASSESSMENT_INTERVAL_MS): boolean {
  if (history.length === 0) return true;
  const last = Math.max(...history.map((assessment) => assessment.at));
  return now - last >= intervalMs;
}
