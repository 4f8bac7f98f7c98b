/** Every line a customer can say in a scenario, in file order: each state's line, then its variants. */
import type { Line, Scenario } from '../scenario/scenario-types';

export interface LineUse {
  /** The scenario's file, as given to the parser. */
  scenario: string;
  state: string;
  /** Index in `meta.variants`; absent for `meta.line`. */
  variant?: number;
}

export interface CustomerLine {
  use: LineUse;
  line: Line;
}

export function customerLines(scenario: Scenario): CustomerLine[] {
  const lines: CustomerLine[] = [];
  for (const stateId of scenario.stateIds) {
    const state = scenario.states[stateId];
    if (!state) continue;
    if (state.line) lines.push({ use: { scenario: scenario.file, state: stateId }, line: state.line });
    state.variants.forEach(({ when: _when, ...line }, variant) => {
      lines.push({ use: { scenario: scenario.file, state: stateId, variant }, line });
    });
  }
  return lines;
}

/** "scenarios/s1.json#opening" or "scenarios/s1.json#opening/variants/0", for reports. */
export function describeUse(use: LineUse): string {
  return `${use.scenario}#${use.state}${use.variant === undefined ? '' : `/variants/${use.variant}`}`;
}
