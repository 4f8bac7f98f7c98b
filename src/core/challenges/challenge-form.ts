/**
 * The team lead's form, as typed, into a challenge checked by `challengeSchema`, or one problem per
 * field so the form can say what to fix next to it. Minutes accept a decimal point or comma.
 */
import { CHALLENGE_VERSION, challengeSchema, type Challenge } from './challenge';

export interface ChallengeForm {
  name: string;
  /** Scenario ids, in the order they will be played. */
  calls: readonly string[];
  perCallMinutes: string;
  totalMinutes: string;
  /** YYYY-MM-DD, or empty: both empty means no window. */
  from: string;
  to: string;
}

export type FormField = 'name' | 'calls' | 'perCallMinutes' | 'totalMinutes' | 'window';

export type FormProblem =
  | 'name' // empty or too long
  | 'calls' // none, too many, or twice the same
  | 'per-call' // not a number of minutes in range
  | 'total' // not a number of minutes in range
  | 'total-shorter' // the whole is shorter than one call
  | 'window-incomplete' // one date without the other, or not a date
  | 'window-order' // ends before it starts
  | 'window-past'; // already over today

/** The limits the schema enforces, for the form's hints. */
export const FORM_LIMITS = { nameMax: 80, callsMax: 10, perCallMinutes: [0.5, 30], totalMinutes: [0.5, 120] } as const;

export type FormCheck = { ok: true; challenge: Challenge } | { ok: false; errors: Partial<Record<FormField, FormProblem>> };

/** "2,5" → 150 s; anything that is not a number gives NaN (which the schema refuses). */
export function minutesToSeconds(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed) * 60);
}

const FIELD_OF: Record<string, [FormField, FormProblem]> = {
  name: ['name', 'name'],
  calls: ['calls', 'calls'],
  perCallSeconds: ['perCallMinutes', 'per-call'],
  totalSeconds: ['totalMinutes', 'total'],
  window: ['window', 'window-incomplete'],
};

/** `today` (YYYY-MM-DD, local) refuses a window already over; `createdAt` is stamped on the challenge. */
export function checkChallengeForm(form: ChallengeForm, options: { createdAt: number; today: string }): FormCheck {
  const errors: Partial<Record<FormField, FormProblem>> = {};
  const from = form.from.trim();
  const to = form.to.trim();
  if ((from === '') !== (to === '')) errors.window = 'window-incomplete';
  const candidate = {
    v: CHALLENGE_VERSION,
    name: form.name,
    calls: [...form.calls],
    perCallSeconds: minutesToSeconds(form.perCallMinutes),
    totalSeconds: minutesToSeconds(form.totalMinutes),
    ...(from && to ? { window: { from, to } } : {}),
    createdAt: options.createdAt,
  };
  const parsed = challengeSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const target = FIELD_OF[String(issue.path[0])];
      if (target && !errors[target[0]]) errors[target[0]] = target[1];
    }
  }
  if (new Set(form.calls).size !== form.calls.length) errors.calls ??= 'calls';
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };

  const challenge = parsed.data;
  if (challenge.totalSeconds < challenge.perCallSeconds) errors.totalMinutes = 'total-shorter';
  if (challenge.window && challenge.window.from > challenge.window.to) errors.window = 'window-order';
  else if (challenge.window && challenge.window.to < options.today) errors.window = 'window-past';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, challenge };
}
