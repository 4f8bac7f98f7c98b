/**
 * What the browser should show, computed in Node with the same engine: a scenario is played with
 * a policy (which number key to press at each turn), and the expected lines, transcript and
 * outcome are recorded. The browser test then presses the same keys and compares.
 */
import { readFileSync } from 'node:fs';
import { startCall } from '../../../src/core/engine/call-engine';
import type { CallView } from '../../../src/core/engine/call-view';
import { ManualClock } from '../../../src/core/engine/manual-clock';
import { parseAudioManifest } from '../../../src/core/audio/audio-manifest';
import { lineSpeakingMs } from '../../../src/core/audio/speaking-time';
import { parseScenario } from '../../../src/core/scenario/parse-scenario';
import type { Scenario } from '../../../src/core/scenario/scenario-types';

export function loadScenario(file: string): Scenario {
  const result = parseScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not parse`);
  return result.scenario;
}

export interface Turn {
  line: string;
  key: number;
  answer: string;
}

export interface PlannedCall {
  turns: Turn[];
  outcome: string;
  /** Customer lines and agent answers, in order. */
  transcript: string[];
}

/** Picks the offered option with the best total skill effect (ties: the first). */
export function bestKey(scenario: Scenario, view: CallView): number {
  const state = scenario.states[view.stateId ?? ''];
  let best = view.options[0];
  let bestScore = -Infinity;
  for (const offered of view.options) {
    const option = state?.options.find((o) => o.id === offered.id);
    const score = Object.values(option?.effects ?? {}).reduce((a, b) => a + b, 0) - (option?.fatal ? 100 : 0);
    if (score > bestScore) {
      best = offered;
      bestScore = score;
    }
  }
  return best?.key ?? 1;
}

export function planCall(scenario: Scenario, policy: (view: CallView) => number, maxTurns = 50): PlannedCall {
  const call = startCall(scenario, { clock: new ManualClock(), speakingMs: speakingAsInTheApp(scenario) });
  call.pickUp();
  const turns: Turn[] = [];
  while (call.getView().phase === 'talking' && turns.length < maxTurns) {
    const view = call.getView();
    const key = policy(view);
    const option = view.options.find((o) => o.key === key);
    if (!option) throw new Error(`no option ${key} at ${view.stateId}`);
    turns.push({ line: view.line?.text ?? '', key, answer: option.text });
    call.choose(option.id);
  }
  const view = call.getView();
  const transcript = view.log.flatMap((e) => (e.type === 'line' || e.type === 'decision' ? [e.text] : []));
  return { turns, outcome: view.outcome?.kind ?? 'none', transcript };
}

/** The app times the customer's lines by their clips (public/audio/manifest.json): so does the plan. */
function speakingAsInTheApp(scenario: Scenario) {
  const manifest = parseAudioManifest(JSON.parse(readFileSync('public/audio/manifest.json', 'utf8')));
  return (line: Parameters<typeof lineSpeakingMs>[2]) => lineSpeakingMs(manifest, scenario, line);
}

/**
 * The first line, then what the customer says when the first timer runs out unanswered:
 * `waitMs` after the pick-up (the customer's line, then their patience).
 */
export function planTimeout(scenario: Scenario): { firstLine: string; waitMs: number; patienceMs: number; after: CallView } {
  const clock = new ManualClock();
  const call = startCall(scenario, { clock, speakingMs: speakingAsInTheApp(scenario) });
  call.pickUp();
  const first = call.getView();
  const waitMs = (first.timer?.deadline ?? 0) - call.now();
  clock.advance(waitMs);
  return { firstLine: first.line?.text ?? '', waitMs, patienceMs: first.timer?.durationMs ?? 0, after: call.getView() };
}
