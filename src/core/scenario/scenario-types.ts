/**
 * The parsed scenario: what the engine, scoring and the checker work on.
 * Produced only by parse-scenario.ts, so everything here has been checked.
 */
import type { Language } from '../i18n/localized';
import type { SkillId } from '../skills/skills';
import type { MoodName } from './moods';
import type { OutcomeKind } from './outcomes';
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

export type StateKind = 'decision' | 'route' | 'final';

export interface ScenarioState {
  id: string;
  kind: StateKind;
  title?: string;
  line?: Line;
  variants: LineVariant[];
  options: ScenarioOption[];
  timers: ScenarioTimer[];
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
