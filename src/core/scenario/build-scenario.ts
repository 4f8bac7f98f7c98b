/** Turns a checked scenario file into the model the engine, scoring and checker read. */
import type { Language } from '../i18n/localized';
import { CONTROL_EVENTS, isControlEventName } from './phone-controls';
import { DELAYS, type DelayName } from './registry';
import type { ScenarioFile, TransitionsConfig } from './scenario-schema';
import type { Branch, Scenario, ScenarioControl, ScenarioOption, ScenarioState, ScenarioTimer } from './scenario-types';
import { branchesOf } from './transitions';

function branches(value: TransitionsConfig | undefined): Branch[] {
  return branchesOf(value, []).map(({ branch }) => ({ target: branch.target ?? '', guarded: branch.guard !== undefined }));
}

export function buildScenario(file: ScenarioFile, raw: unknown, fileName: string): Scenario {
  const { meta } = file;
  const states: Record<string, ScenarioState> = {};
  for (const [id, config] of Object.entries(file.states)) {
    const on = Object.entries(config.on ?? {});
    const options: ScenarioOption[] = on.filter(([event]) => !isControlEventName(event)).map(([event, value]) => {
      const first = branchesOf(value, [])[0]?.branch;
      const option = first?.meta?.option;
      return {
        id: event,
        text: option?.text ?? event,
        effects: option?.effects ?? {},
        feedback: option?.feedback ?? '',
        ...(option?.fatal ? { fatal: option.fatal } : {}),
        branches: branches(value),
      };
    });
    const controls: ScenarioControl[] = on.flatMap(([event, value]) => {
      if (!isControlEventName(event)) return [];
      const control = branchesOf(value, [])[0]?.branch.meta?.control;
      return [
        {
          event,
          control: CONTROL_EVENTS[event],
          effects: control?.effects ?? {},
          ...(control?.feedback ? { feedback: control.feedback } : {}),
          branches: branches(value),
        },
      ];
    });
    const timers: ScenarioTimer[] = Object.entries(config.after ?? {}).map(([delay, value]) => {
      const timeout = branchesOf(value, [])[0]?.branch.meta?.timeout;
      return {
        delay: delay as DelayName,
        ms: DELAYS[delay as DelayName].ms(meta.persona),
        ...(timeout?.text ? { text: timeout.text } : {}),
        effects: timeout?.effects ?? {},
        ...(timeout?.feedback ? { feedback: timeout.feedback } : {}),
        branches: branches(value),
      };
    });
    timers.sort((a, b) => a.ms - b.ms);
    states[id] = {
      id,
      kind: config.type === 'final' ? 'final' : config.always !== undefined ? 'route' : 'decision',
      ...(config.meta?.title ? { title: config.meta.title } : {}),
      ...(config.meta?.line ? { line: config.meta.line } : {}),
      variants: config.meta?.variants ?? [],
      options,
      timers,
      controls,
      tags: config.tags ?? [],
      routes: branches(config.always),
      ...(config.meta?.outcome ? { outcome: config.meta.outcome } : {}),
    };
  }
  return {
    file: fileName,
    id: meta.id,
    title: meta.title,
    locale: meta.locale,
    language: meta.locale.slice(0, 2) as Language,
    summary: meta.summary,
    persona: meta.persona,
    difficulty: meta.difficulty,
    skills: meta.skills,
    expectedMinutes: meta.expectedMinutes,
    initial: file.initial,
    states,
    stateIds: Object.keys(states),
    config: raw as ScenarioFile,
  };
}
