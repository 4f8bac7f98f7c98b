/**
 * The order an agent reads their insights in: blind spots first (the widest gap first), then hidden
 * strengths (the widest first), then skills where their view matches their calls, then what cannot
 * be judged yet. Within a group, the skills keep their catalogue order.
 */
import type { InsightStatus } from './classify-gap';
import type { SkillInsight } from './detect-blind-spots';

export const STATUS_ORDER: readonly InsightStatus[] = ['blind-spot', 'hidden-strength', 'aligned', 'not-enough-evidence', 'not-rated'];

export function orderInsights(insights: readonly SkillInsight[]): SkillInsight[] {
  const rank = (insight: SkillInsight) => STATUS_ORDER.indexOf(insight.status);
  const judged = (insight: SkillInsight) => insight.status === 'blind-spot' || insight.status === 'hidden-strength';
  const width = (insight: SkillInsight) => (judged(insight) ? Math.abs(insight.gap ?? 0) : 0);
  // Array#sort is stable: equal keys keep the catalogue order.
  return [...insights].sort((a, b) => rank(a) - rank(b) || width(b) - width(a));
}

/** How many skills have each status (every status present, zero when none). */
export function countStatuses(insights: readonly SkillInsight[]): Record<InsightStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<InsightStatus, number>;
  for (const insight of insights) counts[insight.status]++;
  return counts;
}
