import type { Challenge } from '../../src/core/challenges/challenge';
import { sealResult, type ChallengeCall } from '../../src/core/challenges/challenge-result';

export function fakeChallenge(overrides: Partial<Challenge> = {}): Challenge {
  return { v: 1, name: 'Défi du lundi', calls: ['s1-commande', 's6-attente'], perCallSeconds: 300, totalSeconds: 600, createdAt: 1_763_800_000_000, ...overrides };
}

export function fakeChallengeCall(overrides: Partial<ChallengeCall> = {}): ChallengeCall {
  return { scenarioId: 's1-commande', outcome: 'resolved', valence: 'good', score: 80, failed: false, ms: 120_000, timedOut: false, skills: { ACC: [3, 4, -4, 2], ATT: [0, 2, -2, 1] }, ...overrides };
}

export function fakeResult(player: string, calls: ChallengeCall[] = [fakeChallengeCall(), fakeChallengeCall({ scenarioId: 's6-attente', score: 60, outcome: 'callback', valence: 'mixed' })], challenge = fakeChallenge()) {
  return sealResult(challenge, player, calls, 1_763_900_000_000);
}
