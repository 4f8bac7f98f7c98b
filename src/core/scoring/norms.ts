/**
 * Every threshold and weight that scoring and blind-spot analytics use, in one place.
 * Each constant cites its source: a line of /work/shared/notes/skills-and-norms.md ("norms.md:L")
 * or, where the notes have no figure, the outside source and the reasoning. docs/scoring.md explains
 * the rules in plain words for agents and trainers; change a number here and there together.
 */
import type { ScorecardSection, SkillId } from '../skills/skills';

// ── Answering the phone ─────────────────────────────────────────────────────────────────────────
// A French ring cadence is 1.5 s on, 3.5 s off: ring n starts at (n - 1) × 5 s.

/** Pick up before the 3rd ring (10 s): norms.md:50 (Roannais charter). Later costs ACC 1 point. */
export const PICKUP_NORM_MS = 10_000;
/** Past the 4th ring (15 s), the most lenient norm (CERC, norms.md:50), costs ACC 2 points. */
export const PICKUP_LIMIT_MS = 15_000;
/** Skill that pays for a slow pick-up or a phone left to ring out: ACC "answers fast" (norms.md:22). */
export const PICKUP_SKILL: SkillId = 'ACC';

// ── Answering the customer ──────────────────────────────────────────────────────────────────────

/**
 * Reading allowance at a decision, counted from the end of the customer's line (where the engine
 * starts their patience and the agent's response time):
 *   BASE + PER_CHAR × (characters of every option offered)
 *        + max(0, PER_CHAR × characters of the line − the time the customer spent saying it).
 * While the customer speaks, the agent listens and reads the caption, the same words: active
 * listening, "does not interrupt; notes facts" (norms.md:24), is the task then, so the options are
 * read after the line ends. Saying a line takes at least as long as reading it (a clip runs at
 * about 15 characters a second, the engine's estimate 65 ms a character, against 60 ms to read), so
 * the line usually costs nothing more; what the speaking time did not cover (a fast clip, a long
 * line past the estimate's 12 s cap, no speaking time at all: tests, and logs recorded before
 * answers were timed from the end of the line, whose response time included the line) is still
 * allowed. The simulator makes the agent read options a real call would not, so time is counted
 * only past this allowance.
 * BASE: the deliberate 1-3 s pause that is fine (norms.md:80); we take 2 s.
 * PER_CHAR: 60 ms ≈ 1,000 characters a minute, the mean silent-reading speed across 17 languages
 * (IReST, Trauzettel-Klosinski & Dietz 2012: 987 ± 118 char/min); an average reader is never
 * penalised for reading.
 */
export const READING_BASE_MS = 2_000;
export const READING_MS_PER_CHAR = 60;

/** Unexplained silence past the allowance: a warning (no points) at 5 s, norms.md:84. */
export const DEAD_AIR_WARNING_MS = 5_000;
/** … and a penalty at 10 s (norms.md:84; 10-20 s "feels like an eternity", norms.md:81). */
export const DEAD_AIR_PENALTY_MS = 10_000;
/** Dead air and timeouts are paid on ATT, "silence is never unexplained" (norms.md:27). */
export const DEAD_AIR_SKILL: SkillId = 'ATT';

/**
 * Hesitation (any answer past the allowance) costs MAI only under pressure, since MAI is "steady
 * under aggression and time pressure" (norms.md:33): the customer's mood at the line is at most
 * this value (-1, irritated) …
 */
export const PRESSURE_MOOD_AT_MOST = -1;
/** … or the state's soonest timer is this short or shorter (the registry's 8 s `shortPatience`, 10 s `silence`). */
export const PRESSURE_TIMER_MS = 10_000;
export const HESITATION_SKILL: SkillId = 'MAI';

/** An agent who hangs up mid-call pays on CON: "lets the caller hang up first" (norms.md:32). */
export const HANG_UP_SKILL: SkillId = 'CON';

/**
 * A time or phone penalty is scored as one extra decision on its skill whose best answer (on time)
 * is 0 and worst is -2, the scale of option effects (docs/scenario-format.md: -2 harmful … +2
 * exemplary). A minor breach earns -1 (half), a full breach -2 (nothing).
 */
export const PENALTY_BEST = 0;
export const PENALTY_WORST = -2;
export const PENALTY_MINOR = 1;
export const PENALTY_FULL = 2;

// ── Phone controls (docs/scenario-format.md, "Phone controls") ─────────────────────────────────────
// Where a state declares the customer's reaction to a control (`call.hold`…), that reaction replaces
// the default one, and its `meta.control` effects are the author's judgement of the move: scored
// against not using the control, an effect of CONTROL_NOT_USED_EFFECT (best max(0, effect), worst
// min(0, effect)). Where the default reaction applies, the costs below do. The hold's own timers
// (check-backs, the customer hanging up on hold) are never declared, so their costs always apply.

/** Not using a control earns 0 on every skill, as a missing effect does (docs/scenario-format.md). */
export const CONTROL_NOT_USED_EFFECT = 0;

/** Holds, check-backs and customers lost on hold are paid on ATT (norms.md:27). */
export const HOLD_SKILL: SkillId = 'ATT';
/**
 * A hold the customer was not asked for (default reaction, the state has no `hold-agreed` tag): the
 * first ATT behaviour, "asks permission, gives a duration, waits for 'yes'" (norms.md:27), skipped
 * whole; NF345 audits holds at a 90% target (norms.md:92). A full breach, as the format's own
 * example scores an unasked hold (ATT -2).
 */
export const UNASKED_HOLD_POINTS = PENALTY_FULL;
/**
 * Check back every 30-60 s on hold (norms.md:74: onhold.on.ca 30-60 s, bellgigs 30-45 s,
 * corpessentials "at least every minute"; the French grid takes the caller back at 30 s, 1 min or
 * 1 min 30 at most, norms.md:75). A check-back missed within the first minute on hold (the engine's
 * 45 s deadline, inside the range) is a minor breach …
 */
export const CHECK_BACK_MIN_MS = 30_000;
export const MISSED_CHECK_BACK_POINTS = PENALTY_MINOR;
/** … one missed past a minute on hold is past every norm, and 60% of callers will not wait on hold more than 1 min (norms.md:76): full. */
export const CHECK_BACK_MAX_MS = 60_000;
export const LATE_CHECK_BACK_POINTS = PENALTY_FULL;
/**
 * Left on hold until the customer hung up (the registry's 120 s `holdLimit`): a full breach, on top
 * of the check-backs missed on the way; a long wait calls for "a callback" (norms.md:27), and most
 * callers give up after a minute (norms.md:76).
 */
export const HUNG_UP_ON_HOLD_POINTS = PENALTY_FULL;

/**
 * A cold transfer with the default reaction: the customer has to explain everything again to the
 * colleague, exactly what TRF forbids: "the customer never repeats themselves" (norms.md:28, the
 * observatoire's "transfert sauvage"); 56% of customers had to re-explain their issue (HBR 2010,
 * norms.md:89). A full breach, on TRF. A warm transfer costs nothing by default.
 */
export const TRANSFER_SKILL: SkillId = 'TRF';
export const COLD_TRANSFER_POINTS = PENALTY_FULL;

// Mute has no cost of its own: the customer hears silence and the state's timers keep running, so
// the muted time counts in the next answer's response time (dead air, norms.md:84) or makes a timer
// run out (timeout), as any silence does. Hanging up with the default reaction is the `agent-hung-up`
// end (HANG_UP_SKILL), counted once, on the end of the call.

// ── The call's overall score ────────────────────────────────────────────────────────────────────

/**
 * QA scorecard weights per section, norms.md:39-45 (opening 10, listening/discovery 20,
 * resolution 25, empathy 20, compliance 15, closing 10). Renormalised over the sections a call scored.
 */
export const SECTION_WEIGHTS: Readonly<Record<ScorecardSection, number>> = {
  opening: 10,
  listening: 20,
  resolution: 25,
  relationship: 20,
  compliance: 15,
  closing: 10,
};

// ── Self-assessment and blind spots ─────────────────────────────────────────────────────────────

/**
 * A self-rating of 1-5 on the 0-100 scale of measured scores: the middle of the fifth of the scale
 * each rating names, 1 → 10, 2 → 30, 3 → 50, 4 → 70, 5 → 90. A 5/5 ("excellent") thus reads as 90,
 * the top of the typical quality score of 80-90% (norms.md:94), not as a flawless 100 that any
 * single slip would contradict. (A 0-25-50-75-100 mapping made the diagnosis benchmark flag
 * healthy skills of agents rating themselves 5/5: precision fell by 10-20 points.)
 */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const RATING_SCORES: Readonly<Record<1 | 2 | 3 | 4 | 5, number>> = { 1: 10, 2: 30, 3: 50, 4: 70, 5: 90 };

/**
 * Flag a gap only beyond the noise band: reviewers differ by 10-15 points (norms.md:98, Turnella),
 * so a gap must exceed 20 points: more than that noise, and more than one rating step (20 points).
 */
export const NOISE_BAND = 20;
/** Scored decisions on a skill, over the recent calls, before we say anything about it. */
export const MIN_EVIDENCE = 4;
/**
 * Recent window: the last 15 scored calls (about five daily drills of 2-3 calls), so the measure
 * follows progress. COPC monitors 3 calls a month (norms.md:93); we have more, so we can be recent.
 */
export const RECENT_CALLS = 15;
/** Ask for a new self-assessment a week after the last one. */
export const SELF_ASSESSMENT_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;
