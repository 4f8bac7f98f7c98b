/** Parse and check a generated 5,000-state scenario in Node: medians over repeated runs. */
import { checkScenario } from '../../src/core/checker/check-scenario';
import { generateLargeScenario } from '../../src/core/checker/generate-large-scenario';
import { parseScenario } from '../../src/core/scenario/parse-scenario';
import { median } from './stats';

export interface LargeScenarioFigures {
  states: number;
  bytes: number;
  parseMsMedian: number;
  checkMsMedian: number;
  runs: number;
}

export function measureLargeScenario(states = 5000, runs = 7): LargeScenarioFigures {
  const text = generateLargeScenario(states);
  const parse: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    let start = performance.now();
    const parsed = parseScenario(text, 'generated.json');
    const parseMs = performance.now() - start;
    if (!parsed.ok) throw new Error('generated scenario does not parse');
    start = performance.now();
    checkScenario(text, 'generated.json');
    const checkMs = performance.now() - start;
    if (i > 0) {
      // The first run warms the JIT up and is not counted.
      parse.push(parseMs);
      check.push(checkMs);
    }
  }
  return { states, bytes: text.length, parseMsMedian: median(parse), checkMsMedian: median(check), runs };
}
