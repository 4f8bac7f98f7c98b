/**
 * The "over time" chart's data: the overall call score or one skill's score, call by call, as
 * uPlot's aligned arrays (x in seconds) and as table rows, with a one-sentence summary.
 */
import type { Progress, SkillPoint } from '../../core/history/progress';
import { SKILL_IDS, type SkillId } from '../../core/skills/skills';

export type TrendId = 'overall' | SkillId;

/** One call's score; `at` is the call's start, which also finds its title. */
export interface TrendPoint {
  at: number;
  score: number;
}

/** What the selector offers: the overall score, then each skill that at least one call tested. */
export function trendChoices(progress: Progress): TrendId[] {
  return ['overall', ...SKILL_IDS.filter((id) => progress.skills[id].length > 0)];
}

export function trendPoints(progress: Progress, id: TrendId): TrendPoint[] {
  if (id === 'overall') return progress.overall.map(({ at, score }) => ({ at, score }));
  return progress.skills[id].map(({ at, score }: SkillPoint) => ({ at, score }));
}

/** uPlot's data: x (epoch seconds, ascending) and y (0-100, rounded), one point per call. */
export function alignedData(points: readonly TrendPoint[]): [number[], number[]] {
  const sorted = [...points].sort((a, b) => a.at - b.at);
  return [sorted.map((p) => p.at / 1000), sorted.map((p) => Math.round(p.score))];
}

export interface TrendSummary {
  count: number;
  first: number;
  last: number;
  min: number;
  max: number;
}

export function trendSummary(points: readonly TrendPoint[]): TrendSummary | undefined {
  const [, scores] = alignedData(points);
  const first = scores[0];
  const last = scores.at(-1);
  if (first === undefined || last === undefined) return undefined;
  return { count: scores.length, first, last, min: Math.min(...scores), max: Math.max(...scores) };
}

const DAY_S = 86_400;

/** The x range (epoch seconds): the calls with a margin, at least a day on each side, so a lone call sits mid-chart. */
export function timeRange(min: number, max: number): [number, number] {
  const pad = Math.max((max - min) * 0.05, DAY_S);
  return [min - pad, max + pad];
}

/** Ticks on whole days, weeks or months: the x axis only ever shows dates. */
export const DAY_INCREMENTS = [1, 2, 7, 14, 30, 61, 91, 182, 365].map((days) => days * DAY_S);
