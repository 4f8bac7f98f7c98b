/**
 * Spaced repetition of skills: a skill first practised on day 0 comes back around days 2, 7 and 14,
 * then every month to keep it up. Days are calendar day indexes (src/core/time/local-day.ts).
 */
export const REVIEW_DAYS = [2, 7, 14] as const;
export const KEEP_UP_DAYS = 30;

export interface ReviewDue {
  /** The day the next review falls due. */
  dueDay: number;
  /** 0, 1, 2 for the reviews of the first cycle; 3 for keep-up practice after it. */
  step: number;
}

/** When a skill practised on these days should come back. Undefined if it was never practised. */
export function nextReview(practiceDays: readonly number[]): ReviewDue | undefined {
  const days = [...new Set(practiceDays)].sort((a, b) => a - b);
  const first = days[0];
  if (first === undefined) return undefined;
  let last = first;
  for (let step = 0; step < REVIEW_DAYS.length; step++) {
    const dueDay = first + (REVIEW_DAYS[step] ?? 0);
    // The review is done by any practice on or after its due day (and after the previous review).
    const done = days.find((day) => day >= dueDay && day > last);
    if (done === undefined) return { dueDay, step };
    last = done;
  }
  return { dueDay: (days.at(-1) ?? first) + KEEP_UP_DAYS, step: REVIEW_DAYS.length };
}
