/**
 * Plays one call with a simulated agent on the real engine and a ManualClock: picks up within the
 * norm, answers each decision within the reading allowance (and before any timer), so the agent's
 * choices, not its speed, are what scoring sees. Returns the call's event log.
 */
import { startCall } from '../engine/call-engine';
import type { CallEvent } from '../engine/call-log';
import { ManualClock } from '../engine/manual-clock';
import type { Scenario } from '../scenario/scenario-types';
import { readingAllowanceMs } from '../scoring/reading-allowance';
import { chooseOption } from './agent-policy';
import type { Random } from '../random/prng';
import type { SimulatedAgent } from './simulated-agent';

/** A call longer than this many steps is cut short (a scenario loop the agent keeps choosing). */
const MAX_STEPS = 200;

export function playSimulatedCall(scenario: Scenario, agent: SimulatedAgent, random: Random): CallEvent[] {
  const clock = new ManualClock();
  const call = startCall(scenario, { clock });
  clock.advance(2_000 + Math.floor(random() * 6_000));
  call.pickUp();
  for (let step = 0; step < MAX_STEPS && call.getView().phase === 'talking'; step++) {
    const view = call.getView();
    const state = scenario.states[view.stateId ?? ''];
    const offered = (state?.options ?? []).filter((option) => view.options.some((o) => o.id === option.id));
    if (offered.length === 0) {
      if (!view.timer) break;
      clock.advance(Math.max(0, view.timer.deadline - call.now()));
      continue;
    }
    const allowance = readingAllowanceMs(view.line?.text, offered, Math.max(0, (view.speakingUntil ?? 0) - call.now()));
    // Answer after the customer has spoken, within the allowance and before any timer.
    const listening = Math.max(0, (view.speakingUntil ?? 0) - call.now());
    clock.advance(listening);
    const limit = view.timer ? Math.floor(view.timer.durationMs * 0.9) : allowance;
    clock.advance(Math.max(500, Math.min(limit, Math.floor(allowance * (0.3 + 0.6 * random())))));
    call.choose(chooseOption(agent, offered, random).id);
  }
  if (call.getView().phase !== 'ended') call.hangUp();
  const log = call.getView().log;
  call.dispose();
  return [...log];
}
