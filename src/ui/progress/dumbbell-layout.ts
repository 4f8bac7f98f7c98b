/**
 * Geometry of the blind-spots chart: one row per skill, the self-rating and the measured score as
 * two markers on a 0-100 axis, joined by a line. Pure: the component only draws what this returns.
 */
import type { InsightStatus } from '../../core/analytics/classify-gap';
import type { SkillInsight } from '../../core/analytics/detect-blind-spots';
import type { SkillId } from '../../core/skills/skills';

/** In viewBox units: skill labels on the left, the 0-100 axis in the middle, the verdict on the right. */
export const DUMBBELL = {
  width: 800,
  labelRight: 236,
  plotLeft: 252,
  plotRight: 612,
  statusLeft: 632,
  top: 34,
  rowHeight: 34,
  bottom: 12,
  ticks: [0, 25, 50, 75, 100],
} as const;

export interface DumbbellRow {
  skill: SkillId;
  status: InsightStatus;
  /** Centre of the row. */
  y: number;
  /** x of the self-rating and the measured score, when there is one. */
  selfX?: number;
  measuredX?: number;
}

/** x of a 0-100 score; out-of-range values are pinned to the axis ends. */
export function xOf(score: number): number {
  const clamped = Math.min(100, Math.max(0, score));
  return DUMBBELL.plotLeft + (clamped / 100) * (DUMBBELL.plotRight - DUMBBELL.plotLeft);
}

export function dumbbellHeight(rows: number): number {
  return DUMBBELL.top + rows * DUMBBELL.rowHeight + DUMBBELL.bottom;
}

export function dumbbellRows(insights: readonly SkillInsight[]): DumbbellRow[] {
  return insights.map((insight, index) => ({
    skill: insight.skill,
    status: insight.status,
    y: DUMBBELL.top + index * DUMBBELL.rowHeight + DUMBBELL.rowHeight / 2,
    ...(insight.selfScore !== undefined ? { selfX: xOf(insight.selfScore) } : {}),
    ...(insight.measured !== undefined ? { measuredX: xOf(insight.measured) } : {}),
  }));
}
