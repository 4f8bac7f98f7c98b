/**
 * The team lead's board: many results in, one view out. Only results of this challenge, intact
 * and not already in count; the others are listed with the reason, never merged.
 * The team's skills map pools every agent's sums: where the team as a whole is weak.
 */
import type { Valence } from '../scenario/outcomes';
import { SKILL_IDS, type SkillId } from '../skills/skills';
import { challengeId, type Challenge } from './challenge';
import { parseResult, type ChallengeResult } from './challenge-result';

export interface Submission {
  /** Where it came from: a file name, or "pasted code 2". */
  source: string;
  text: string;
}

export type RejectReason = 'unreadable' | 'tampered' | 'other-challenge' | 'duplicate';

export interface Rejected {
  source: string;
  reason: RejectReason;
  detail: string;
  player?: string;
}

export interface BoardEntry {
  source: string;
  result: ChallengeResult;
  /** Mean call score (a failed call counts 0), 0-100. */
  score: number;
  ms: number;
  failedCalls: number;
  goodOutcomes: number;
}

export interface TeamSkill {
  skill: SkillId;
  /** Pooled over the team: 100 × Σ(earned − worst) / Σ(best − worst). */
  score: number;
  decisions: number;
  agents: number;
}

export interface CallStats {
  scenarioId: string;
  played: number;
  outcomes: Record<Valence, number>;
  meanScore: number;
  meanMs: number;
  timedOut: number;
}

export interface TeamBoard {
  entries: BoardEntry[];
  /** Entries ranked: higher score first, then less time. */
  leaderboard: BoardEntry[];
  rejected: Rejected[];
  skills: TeamSkill[];
  calls: CallStats[];
  time: { meanMs: number; maxMs: number };
}

function entryOf(source: string, result: ChallengeResult): BoardEntry {
  const scores = result.calls.map((call) => (call.failed ? 0 : call.score));
  return {
    source,
    result,
    score: scores.length === 0 ? 0 : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
    ms: result.ms,
    failedCalls: result.calls.filter((call) => call.failed).length,
    goodOutcomes: result.calls.filter((call) => call.valence === 'good').length,
  };
}

export function buildBoard(challenge: Challenge, submissions: readonly Submission[]): TeamBoard {
  const id = challengeId(challenge);
  const entries: BoardEntry[] = [];
  const rejected: Rejected[] = [];
  const seenChecksums = new Set<string>();
  const seenPlayers = new Map<string, string>();
  for (const { source, text } of submissions) {
    const parsed = parseResult(text);
    if (!parsed.ok) {
      rejected.push({ source, reason: parsed.reason, detail: parsed.detail, ...(parsed.player ? { player: parsed.player } : {}) });
      continue;
    }
    const { result } = parsed;
    if (result.challengeId !== id) {
      rejected.push({ source, reason: 'other-challenge', detail: `this result is for the challenge « ${result.challengeName} »`, player: result.player });
      continue;
    }
    if (seenChecksums.has(result.checksum)) {
      rejected.push({ source, reason: 'duplicate', detail: 'the same result was already added', player: result.player });
      continue;
    }
    const playerKey = result.player.toLocaleLowerCase();
    const earlier = seenPlayers.get(playerKey);
    if (earlier !== undefined) {
      rejected.push({ source, reason: 'duplicate', detail: `a second result from ${result.player} (the first came from ${earlier})`, player: result.player });
      continue;
    }
    seenChecksums.add(result.checksum);
    seenPlayers.set(playerKey, source);
    entries.push(entryOf(source, result));
  }

  const leaderboard = [...entries].sort((a, b) => b.score - a.score || a.ms - b.ms || a.result.player.localeCompare(b.result.player));

  const skills: TeamSkill[] = [];
  for (const skill of SKILL_IDS) {
    let earned = 0;
    let best = 0;
    let worst = 0;
    let decisions = 0;
    let agents = 0;
    for (const entry of entries) {
      let tested = false;
      for (const call of entry.result.calls) {
        const s = call.skills[skill];
        if (!s) continue;
        tested = true;
        earned += s[0];
        best += s[1];
        worst += s[2];
        decisions += s[3];
      }
      if (tested) agents++;
    }
    if (best - worst > 0) skills.push({ skill, score: Math.round((100 * (earned - worst)) / (best - worst)), decisions, agents });
  }
  skills.sort((a, b) => a.score - b.score);

  const calls: CallStats[] = challenge.calls.map((scenarioId) => {
    const played = entries.flatMap((e) => e.result.calls.filter((c) => c.scenarioId === scenarioId));
    const outcomes: Record<Valence, number> = { good: 0, mixed: 0, bad: 0 };
    for (const call of played) outcomes[call.valence]++;
    const mean = (values: number[]) => (values.length === 0 ? 0 : Math.round(values.reduce((a, b) => a + b, 0) / values.length));
    return {
      scenarioId,
      played: played.length,
      outcomes,
      meanScore: mean(played.map((c) => (c.failed ? 0 : c.score))),
      meanMs: mean(played.map((c) => c.ms)),
      timedOut: played.filter((c) => c.timedOut).length,
    };
  });

  const times = entries.map((e) => e.ms);
  return {
    entries,
    leaderboard,
    rejected,
    skills,
    calls,
    time: { meanMs: times.length === 0 ? 0 : Math.round(times.reduce((a, b) => a + b, 0) / times.length), maxMs: times.length === 0 ? 0 : Math.max(...times) },
  };
}
