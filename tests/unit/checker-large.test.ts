/** The generated large scenario the benchmark uses: valid, clean and deterministic (speed is the benchmark's business). */
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/core/checker/check-scenario';
import { generateLargeScenario } from '../../src/core/checker/generate-large-scenario';

describe('generateLargeScenario', () => {
  it('gives a 5,000-state call that loads and checks without a single finding', () => {
    const text = generateLargeScenario(5000);
    const result = checkScenario(text, 'generated-5000.json');
    expect(result.findings).toEqual([]);
    const summary = result.summary;
    expect(summary?.states).toBe(5000);
    expect(summary?.routeStates).toBeGreaterThan(0);
    expect(summary?.outcomes.map((o) => o.kind)).toEqual(['resolved', 'callback', 'complaint', 'escalated', 'abandoned']);
    // Holds loop on themselves and lead to escalated or abandoned only: the other outcomes are counted without loops.
    expect(summary?.outcomes.map((o) => o.throughLoop)).toEqual([false, false, false, true, true]);
    expect(summary?.outcomes.every((o) => /^\d{100,}$/.test(o.paths))).toBe(true);
    expect(summary?.longestCallUnbounded).toBe(true);
  });

  it('is deterministic for a size and seed, and varies with the seed', () => {
    expect(generateLargeScenario(300)).toBe(generateLargeScenario(300, 1));
    expect(generateLargeScenario(300, 2)).not.toBe(generateLargeScenario(300, 1));
  });

  it('stays valid and clean at every small size', () => {
    for (let states = 2; states <= 80; states++) {
      expect(checkScenario(generateLargeScenario(states, states), `generated-${states}.json`).findings).toEqual([]);
    }
  });

  it('refuses fewer than two states', () => {
    expect(() => generateLargeScenario(1)).toThrow(RangeError);
  });
});
