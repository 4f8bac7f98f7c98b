/**
 * The parsed scenario: what the engine, scoring and the checker work on.
 * Produced only by parse-scenario.ts, so everything here has been checked.
 */
import type { Language } from '../i18n/localized';
import type { SkillId } from '../skills/skills';
import type { MoodName } from './moods';
import type { OutcomeKind } from './outcomes';
import type { ControlEventName, PhoneControl } from './phone-controls';
import type { DelayName } from './registry';
import type { Difficulty, Effects, FatalKind, PersonaTrait, ScenarioFile } from './scenario-schema';

export interface Persona {
  name: string;
  role: string;
  mood: MoodName;
  patienceSeconds?: number;
  traits?: PersonaTrait[];
  voice?: { variant?: string; pitch?: number; speed?: number };
}

export interface Line {
  text: string;
  audio?: string;
  mood?: MoodName;
}

export interface LineVariant extends Line {
  when: { moodAtLeast?: MoodName; moodAtMost?: MoodName };
}

export interface Branch {
  target: string;
  /** A guard reference as written in the file, already checked against the registry. */
  guarded: boolean;
}

export interface ScenarioOption {
  /** The event the option sends: its key under the state's `on`. */
  id: string;
  text: string;
  effects: Effects;
  feedback: string;
  fatal?: FatalKind;
  branches: Branch[];
}

export interface ScenarioTimer {
  delay: DelayName;
  ms: number;
  text?: string;
  effects: Effects;
  feedback?: string;
  branches: Branch[];
}

/** The customer's declared reaction to a phone control in a state (a `call.*` key under `on`). */
export interface ScenarioControl {
  /** The reserved event, e.g. `call.hold`. */
  event: ControlEventName;
  /** The control that sends it, as the event log names it. */
  control: PhoneControl;
  /** From `meta.control`; `{}` when absent. */
  effects: Effects;
  feedback?: string;
  branches: Branch[];
}

export type StateKind = 'decision' | 'route' | 'final';

export interface ScenarioState {
  id: string;
  kind: StateKind;
  title?: string;
  line?: Line;
  variants: LineVariant[];
  options: ScenarioOption[];
  timers: ScenarioTimer[];
  /** Reactions to the phone's controls the state declares; where none applies the engine's default reaction does. */
  controls: ScenarioControl[];
  /** The state's xstate tags, e.g. `hold-agreed`. */
  tags: string[];
  /** Eventless transitions: a route state picks its branch from the mood. */
  routes: Branch[];
  outcome?: { kind: OutcomeKind; summary: string };
}

export interface Scenario {
  file: string;
  id: string;
  title: string;
  locale: string;
  language: Language;
  summary: string;
  persona: Persona;
  difficulty: Difficulty;
  skills: SkillId[];
  expectedMinutes: number;
  initial: string;
  /** States in file order. */
  states: Record<string, ScenarioState>;
  stateIds: string[];
  /** The file's machine config, unchanged: the engine gives it to xstate as it is. */
  config: ScenarioFile;
}
