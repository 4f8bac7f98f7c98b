/**
 * Simulated agents for the diagnosis benchmark: a seeded generator, agents with planted weak skills
 * and an over-confident self-rating, and how they choose at a decision.
 */
import { describe, expect, it } from 'vitest';
import { chooseOption, flawedOption } from '../../src/core/simulation/agent-policy';
import { mulberry32, randomInt, sample } from '../../src/core/random/prng';
import { createAgent, type SimulatedAgent } from '../../src/core/simulation/simulated-agent';
import type { ScenarioOption } from '../../src/core/scenario/scenario-types';
import type { SkillId } from '../../src/core/skills/skills';

const opt = (id: string, effects: ScenarioOption['effects']): ScenarioOption => ({ id, text: id, effects, feedback: '', branches: [] });
const agent = (patch: Partial<SimulatedAgent>): SimulatedAgent => ({ id: 0, weakSkills: [], flawRate: 0, bestRate: 1, selfAssessment: { at: 0, ratings: {} }, ...patch });

describe('the seeded generator (mulberry32)', () => {
  it('gives the same numbers for the same seed, other numbers for another seed, all in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, mulberry32(43))).not.toEqual(first);
    const many = Array.from({ length: 10_000 }, mulberry32(7));
    expect(Math.min(...many)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...many)).toBeLessThan(1);
    expect(many.reduce((s, x) => s + x, 0) / many.length).toBeCloseTo(0.5, 1);
  });

  it('draws integers with both bounds included, and samples without repeats', () => {
    const random = mulberry32(1);
    const ints = new Set(Array.from({ length: 200 }, () => randomInt(random, 2, 3)));
    expect([...ints].sort()).toEqual([2, 3]);
    const picked = sample(random, ['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(sample(random, ['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });
});

describe('a simulated agent', () => {
  const candidates: SkillId[] = ['ATT', 'RES', 'LAN', 'CON'];

  it('has 1-2 weak skills planted among the skills the library can test', () => {
    for (let seed = 0; seed < 50; seed++) {
      const a = createAgent(mulberry32(seed), seed, { candidates });
      expect(a.weakSkills.length).toBeGreaterThanOrEqual(1);
      expect(a.weakSkills.length).toBeLessThanOrEqual(2);
      for (const skill of a.weakSkills) expect(candidates).toContain(skill);
    }
  });

  it('rates every skill 4 or 5, its weak skills included: over-confident where it matters', () => {
    const a = createAgent(mulberry32(3), 0, { candidates, weakSkills: { min: 2, max: 2 } });
    expect(Object.keys(a.selfAssessment.ratings)).toHaveLength(12);
    for (const rating of Object.values(a.selfAssessment.ratings)) expect([4, 5]).toContain(rating);
    expect(a.selfAssessment.at).toBe(0);
  });

  it('is the same agent for the same seed', () => {
    expect(createAgent(mulberry32(9), 1, { candidates })).toEqual(createAgent(mulberry32(9), 1, { candidates }));
  });

  it('takes its flaw and best rates as options (defaults 0.7 and 0.85)', () => {
    expect(createAgent(mulberry32(1), 0, { candidates })).toMatchObject({ flawRate: 0.7, bestRate: 0.85 });
    expect(createAgent(mulberry32(1), 0, { candidates, flawRate: 0.5, bestRate: 0.9 })).toMatchObject({ flawRate: 0.5, bestRate: 0.9 });
  });
});

describe('how a simulated agent chooses', () => {
  const offered = [opt('facts', { RES: 2, LAN: 2 }), opt('promise', { RES: -2, LAN: -2 }), opt('blame', { RES: -2, LAN: -1 }), opt('pause', { ATT: 1 })];

  it('when a weak skill is at stake and the flaw strikes, picks the option worst on it, and of those the best on everything else', () => {
    expect(flawedOption(offered, ['RES'])?.id).toBe('blame');
    expect(chooseOption(agent({ weakSkills: ['RES'], flawRate: 1 }), offered, mulberry32(1)).id).toBe('blame');
  });

  it('otherwise picks the best option (highest sum of effects) with its best rate', () => {
    expect(chooseOption(agent({ weakSkills: ['RES'], flawRate: 0, bestRate: 1 }), offered, mulberry32(1)).id).toBe('facts');
    expect(chooseOption(agent({ weakSkills: ['CNF'], flawRate: 1, bestRate: 1 }), offered, mulberry32(1)).id).toBe('facts');
  });

  it('and any option at random the rest of the time', () => {
    const random = mulberry32(5);
    const picks = new Set(Array.from({ length: 200 }, () => chooseOption(agent({ bestRate: 0 }), offered, random).id));
    expect([...picks].sort()).toEqual(['blame', 'facts', 'pause', 'promise']);
  });

  it('follows its flaw rate over many decisions', () => {
    const random = mulberry32(11);
    const weak = agent({ weakSkills: ['RES'], flawRate: 0.7, bestRate: 1 });
    const flawed = Array.from({ length: 2_000 }, () => chooseOption(weak, offered, random).id).filter((id) => id === 'blame').length;
    expect(flawed / 2_000).toBeCloseTo(0.7, 1);
  });
});
