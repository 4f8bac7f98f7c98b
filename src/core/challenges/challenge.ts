/**
 * A timed team challenge, as a team lead defines it: a name, the calls in order, a time limit per
 * call and for the whole, an optional window of dates. It travels as a self-contained link (the
 * code in the URL fragment) or a file; its id is a hash of its content, so results name it exactly.
 */
import * as z from 'zod/mini';
import { fnv1a64 } from '../hash/fnv1a64';
import { describeIssues } from '../scenario/schema-issues';
import { formatJsonPath } from '../scenario/finding';
import { ID_PATTERN } from '../scenario/format-constants';
import { fromBase64Url, toBase64Url } from './base64url';
import { canonicalJson } from './canonical-json';

export const CHALLENGE_VERSION = 1;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const challengeSchema = z.strictObject({
  v: z.literal(CHALLENGE_VERSION),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  calls: z.array(z.string().check(z.regex(ID_PATTERN))).check(z.minLength(1), z.maxLength(10)),
  perCallSeconds: z.int().check(z.minimum(30), z.maximum(1800)),
  totalSeconds: z.int().check(z.minimum(30), z.maximum(7200)),
  window: z.optional(z.strictObject({ from: z.string().check(z.regex(ISO_DATE)), to: z.string().check(z.regex(ISO_DATE)) })),
  createdAt: z.number(),
});

export type Challenge = z.infer<typeof challengeSchema>;

export function challengeId(challenge: Challenge): string {
  return fnv1a64(canonicalJson(challenge));
}

/** The code that goes after `#/challenge/` in the link. */
export function encodeChallenge(challenge: Challenge): string {
  return toBase64Url(canonicalJson(challenge));
}

export type ChallengeParse = { ok: true; challenge: Challenge } | { ok: false; problems: string[] };

/** From a link's code or a challenge file's text: a checked challenge, or what is wrong with it. */
export function parseChallenge(input: string): ChallengeParse {
  let text = input.trim();
  if (!text.startsWith('{')) {
    try {
      text = fromBase64Url(text.replace(/^.*#\/challenge\//, ''));
    } catch {
      return { ok: false, problems: ['this is not a challenge link or file (the code is damaged or incomplete)'] };
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['this is not a challenge link or file (not JSON)'] };
  }
  const parsed = challengeSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues, json).map((p) => `${formatJsonPath(p.path)}: ${p.message}`) };
  const challenge = parsed.data;
  if (challenge.window && challenge.window.from > challenge.window.to) return { ok: false, problems: ['$.window: the window ends before it starts'] };
  if (challenge.totalSeconds < challenge.perCallSeconds) return { ok: false, problems: ['$.totalSeconds: the whole challenge is shorter than one call'] };
  return { ok: true, challenge };
}

export type WindowState = 'not-yet' | 'open' | 'closed';

/** Whether the challenge can be played on this local date (YYYY-MM-DD). */
export function windowState(challenge: Challenge, today: string): WindowState {
  if (!challenge.window) return 'open';
  if (today < challenge.window.from) return 'not-yet';
  if (today > challenge.window.to) return 'closed';
  return 'open';
}
