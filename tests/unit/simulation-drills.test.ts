/**
 * Simulated calls and drills: a simulated agent plays real scenarios on the engine with a manual
 * clock, fast enough that only its choices count, and drills of 2-3 calls are scored as the app
 * would score them. Everything is deterministic for a seed.
 */
import { describe, expect, it } from 'vitest';
import { scoreCall } from '../../src/core/scoring/score-call';
import { playSimulatedCall } from '../../src/core/simulation/play-simulated-call';
import { mulberry32 } from '../../src/core/random/prng';
import { DAY_MS, simulateDrills } from '../../src/core/simulation/simulate-drills';
import type { SimulatedAgent } from '../../src/core/simulation/simulated-agent';
import { syntheticLibrary } from '../../src/core/simulation/synthetic-library';
import { scoringScenario } from '../factories/call-log-factory';
import { fakeScenarioFile, parseOrThrow } from '../factories/scenario-factory';

const agent = (patch: Partial<SimulatedAgent> = {}): SimulatedAgent => ({ id: 0, weakSkills: [], flawRate: 0.7, bestRate: 0.85, selfAssessment: { at: 0, ratings: {} }, ...patch });

describe('a simulated call', () => {
  it('plays the scenario to its end on the engine and returns the event log', () => {
    const log = playSimulatedCall(scoringScenario(), agent({ bestRate: 1 }), mulberry32(1));
    expect(log[0]).toEqual({ type: 'ring', at: 0 });
    expect(log.filter((e) => e.type === 'decision').map((e) => e.type === 'decision' && e.optionId)).toEqual(['greet', 'check', 'facts', 'recap']);
    expect(log.at(-1)).toMatchObject({ type: 'end', outcome: { kind: 'resolved', reason: 'final' } });
  });

  it('answers within the norms, so scoring sees choices, not time', () => {
    for (let seed = 0; seed < 20; seed++) {
      const scenario = parseOrThrow(fakeScenarioFile());
      const score = scoreCall(scenario, playSimulatedCall(scenario, agent({ bestRate: 0.5 }), mulberry32(seed)));
      expect(score.timing.penalties).toEqual([]);
      expect(score.timing.timeouts).toBe(0);
    }
  });

  it('a weak agent plays its flaw: weak on CNF, it leaks the order before checking identity', () => {
    const scenario = scoringScenario();
    const score = scoreCall(scenario, playSimulatedCall(scenario, agent({ weakSkills: ['CNF'], flawRate: 1, bestRate: 1 }), mulberry32(1)));
    expect(score.fatal.map((f) => f.kind)).toEqual(['identity-breach']);
    expect(score.skills.CNF?.score).toBeLessThan(50);
    expect(score.skills.RES?.score).toBe(100);
  });

  it('is the same call for the same seed', () => {
    const scenario = parseOrThrow(fakeScenarioFile());
    expect(playSimulatedCall(scenario, agent(), mulberry32(4))).toEqual(playSimulatedCall(scenario, agent(), mulberry32(4)));
  });
});

describe('simulated drills', () => {
  const library = syntheticLibrary({ calls: 4, decisionsPerCall: 3 });

  it('are 2-3 calls each, one day apart, each call scored', () => {
    const drills = simulateDrills(library, agent(), mulberry32(2), { drills: 5, callsPerDrill: { min: 2, max: 3 } });
    expect(drills).toHaveLength(5);
    drills.forEach((drill, d) => {
      expect(drill.length).toBeGreaterThanOrEqual(2);
      expect(drill.length).toBeLessThanOrEqual(3);
      expect(new Set(drill.map((c) => c.scenarioId)).size).toBe(drill.length);
      for (const call of drill) {
        expect(Math.floor(call.at / DAY_MS)).toBe(d + 1);
        expect(Object.keys(call.skills).length).toBeGreaterThan(0);
      }
    });
  });

  it('repeat calls within a drill only when the library is smaller than the drill', () => {
    const drills = simulateDrills(library.slice(0, 1), agent(), mulberry32(2), { drills: 2, callsPerDrill: { min: 3, max: 3 } });
    expect(drills.flat().map((c) => c.scenarioId)).toEqual(Array(6).fill('synthetic-1'));
  });

  it('are the same for the same seed', () => {
    const plan = { drills: 3, callsPerDrill: { min: 2, max: 3 } };
    expect(simulateDrills(library, agent(), mulberry32(8), plan)).toEqual(simulateDrills(library, agent(), mulberry32(8), plan));
  });
});
