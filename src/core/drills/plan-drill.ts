/**
 * Today's drill: two or three calls, about five minutes, chosen for this agent. Blind spots and
 * weak skills first, then skills whose spaced review is due, then skills never practised; no call
 * replayed too soon; no persona twice. Deterministic: the same inputs give the same plan.
 */
import type { SkillInsight } from '../analytics/detect-blind-spots';
import { SKILL_IDS, type SkillId } from '../skills/skills';
import { nextReview } from './spaced-repetition';

export interface DrillCandidate {
  id: string;
  /** The language the customer speaks. */
  language?: string;
  skills: readonly SkillId[];
  expectedMinutes: number;
  personaName: string;
}

export interface PlayedCall {
  scenarioId: string;
  day: number;
  /** The skills the call put at stake. */
  skills: readonly SkillId[];
}

export type FocusReason = 'blind-spot' | 'weak' | 'review-due' | 'new' | 'keep-up';

export interface DrillFocus {
  skill: SkillId;
  reason: FocusReason;
  priority: number;
  /** For weak skills and blind spots: the measured score. */
  measured?: number;
  /** For a review: the day it fell due and which review (0: day 2, 1: day 7, 2: day 14, 3: keep-up). */
  dueDay?: number;
  step?: number;
}

export interface DrillPlan {
  day: number;
  calls: string[];
  /** What the drill works on and why, most urgent first. */
  focus: DrillFocus[];
  minutes: number;
}

export interface DrillOptions {
  targetMinutes?: number;
  minCalls?: number;
  maxCalls?: number;
  /** A call played less than this many days ago is not offered again (unless nothing else is left). */
  noRepeatDays?: number;
  /** A measured score below this makes a skill weak. */
  weakBelow?: number;
  /** Calls in this language only, as long as there are enough of them (the agent's own language). */
  language?: string;
}

export const DRILL_DEFAULTS: Required<Omit<DrillOptions, 'language'>> = { targetMinutes: 5, minCalls: 2, maxCalls: 3, noRepeatDays: 3, weakBelow: 60 };

const PRIORITY = { 'blind-spot': 100, weak: 60, 'review-due': 40, new: 30, 'keep-up': 5 } as const;

/** Why each skill matters today, and how much. */
export function skillPriorities(insights: readonly SkillInsight[], history: readonly PlayedCall[], today: number, options: DrillOptions = {}): DrillFocus[] {
  const { weakBelow } = { ...DRILL_DEFAULTS, ...options };
  const byId = new Map(insights.map((insight) => [insight.skill, insight]));
  return SKILL_IDS.map((skill): DrillFocus => {
    const insight = byId.get(skill);
    if (insight?.status === 'blind-spot') return { skill, reason: 'blind-spot', priority: PRIORITY['blind-spot'] + (insight.gap ?? 0) / 10, measured: insight.measured };
    const judged = insight && insight.evidence >= insight.minEvidence && insight.measured !== undefined;
    if (judged && (insight.measured ?? 100) < weakBelow) {
      return { skill, reason: 'weak', priority: PRIORITY.weak + (weakBelow - (insight.measured ?? 0)) / 2, measured: insight.measured };
    }
    const review = nextReview(history.filter((call) => call.skills.includes(skill)).map((call) => call.day));
    if (!review) return { skill, reason: 'new', priority: PRIORITY.new };
    if (review.dueDay <= today) {
      const overdue = Math.min(20, today - review.dueDay);
      return { skill, reason: 'review-due', priority: PRIORITY['review-due'] + overdue + (review.step < 3 ? 5 : 0), dueDay: review.dueDay, step: review.step };
    }
    return { skill, reason: 'keep-up', priority: PRIORITY['keep-up'], dueDay: review.dueDay, step: review.step };
  }).sort((a, b) => b.priority - a.priority || SKILL_IDS.indexOf(a.skill) - SKILL_IDS.indexOf(b.skill));
}

export function planDrill(allCards: readonly DrillCandidate[], history: readonly PlayedCall[], insights: readonly SkillInsight[], today: number, options: DrillOptions = {}): DrillPlan {
  const settings = { ...DRILL_DEFAULTS, ...options };
  const sameLanguage = allCards.filter((card) => card.language === settings.language);
  const cards = sameLanguage.length >= settings.minCalls ? sameLanguage : allCards;
  const priorities = skillPriorities(insights, history, today, settings);
  const priorityOf = new Map(priorities.map((focus) => [focus.skill, focus.priority]));
  const lastPlayed = new Map<string, number>();
  for (const call of history) lastPlayed.set(call.scenarioId, Math.max(lastPlayed.get(call.scenarioId) ?? -Infinity, call.day));

  const fresh = cards.filter((card) => today - (lastPlayed.get(card.id) ?? -Infinity) >= settings.noRepeatDays);
  // Least recently played first when the library is too small to avoid repeats.
  const stale = cards
    .filter((card) => !fresh.includes(card))
    .sort((a, b) => (lastPlayed.get(a.id) ?? 0) - (lastPlayed.get(b.id) ?? 0) || a.id.localeCompare(b.id));

  const chosen: DrillCandidate[] = [];
  const covered = new Map<SkillId, number>();
  let minutes = 0;
  const value = (card: DrillCandidate) =>
    card.skills.reduce((sum, skill) => sum + (priorityOf.get(skill) ?? 0) / (1 + (covered.get(skill) ?? 0)), 0) / Math.sqrt(card.skills.length);

  for (const pool of [fresh, stale]) {
    for (;;) {
      if (chosen.length >= settings.maxCalls || (minutes >= settings.targetMinutes && chosen.length >= settings.minCalls)) break;
      // A call played too recently only comes back to reach the minimum number of calls.
      if (pool === stale && chosen.length >= settings.minCalls) break;
      const personas = new Set(chosen.map((card) => card.personaName));
      const options = pool.filter((card) => !chosen.includes(card) && !personas.has(card.personaName));
      const best = options.sort((a, b) => value(b) - value(a) || a.id.localeCompare(b.id))[0];
      if (!best) break;
      chosen.push(best);
      minutes += best.expectedMinutes;
      for (const skill of best.skills) covered.set(skill, (covered.get(skill) ?? 0) + 1);
    }
  }

  const focus = priorities.filter((f) => covered.has(f.skill) && f.reason !== 'keep-up').slice(0, 4);
  return { day: today, calls: chosen.map((card) => card.id), focus, minutes };
}
