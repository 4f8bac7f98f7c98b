/**
 * Scenario format, version 1: the shape of a scenario file, as zod schemas.
 * A file is an xstate v5 machine config (flat: one level of states) whose `meta` carries everything
 * that is not flow. `defineScenarioSchemas` is used twice:
 *  - loosely (any behaviour name) to parse files, so that unknown names get their own precise
 *    message from parse-scenario.ts rather than a union error;
 *  - strictly (registry names spelled out) to publish the JSON Schema editors autocomplete with.
 */
import * as z from 'zod/mini';
import { SKILL_IDS } from '../skills/skills';
import { MOOD_NAMES } from './moods';
import { OUTCOME_KINDS } from './outcomes';
import { CONTROL_EVENT_NAMES, HOLD_AGREED_TAG, type ControlEventName } from './phone-controls';
import { AUDIO_PATTERN, DIFFICULTIES, FATAL_KINDS, FORMAT_VERSION, ID_PATTERN, LOCALE_PATTERN, PERSONA_TRAITS } from './format-constants';

const text = z.string().check(z.trim(), z.minLength(1));
const skillId = z.enum(SKILL_IDS);
const moodName = z.enum(MOOD_NAMES);

function doc<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description)) as T;
}

/** Skill effects of a choice: -2 harmful, -1 flawed, 0 neutral, +1 good, +2 exemplary. */
export const effectsSchema = doc(
  z.partialRecord(skillId, z.int().check(z.minimum(-2), z.maximum(2))),
  'Effect on each skill: -2 harmful, -1 flawed, 0 neutral, +1 good, +2 exemplary.',
);

/** A named behaviour with optional parameters; which names exist is the registry's business. */
export const looseBehaviourRef = z.union([
  text,
  z.strictObject({ type: text, params: z.optional(z.record(z.string(), z.unknown())) }),
]);

export interface BehaviourVocabulary<A extends z.ZodMiniType, G extends z.ZodMiniType> {
  actionRef: A;
  guardRef: G;
  /** Keys allowed under a state's `after`. */
  delayKey: z.ZodMiniType<string>;
  /** Spell out the phone-control keys (`call.hold`…) under `on`, with their descriptions, for editor autocompletion. */
  controlKeys?: boolean;
}

const CONTROL_KEY_DOCS: Record<ControlEventName, string> = {
  'call.hold': 'How the customer reacts when the agent puts them on hold here (instead of the default: mood -1 unless the state is tagged "hold-agreed").',
  'call.resume': 'How the customer reacts when the agent takes them back from hold here (default: no change).',
  'call.transfer.warm': 'How the customer reacts to a warm transfer from here (default: the call ends as escalated).',
  'call.transfer.cold': 'How the customer reacts to a cold transfer from here (default: mood -1, the call ends as escalated).',
  'call.mute': 'How the customer reacts when the agent mutes the line here (default: silence; the timers keep running).',
  'call.hangup': 'Where the call ends when the agent hangs up here: a final state (default: abandoned, the agent hung up).',
};

export function defineScenarioSchemas<A extends z.ZodMiniType, G extends z.ZodMiniType>(vocabulary: BehaviourVocabulary<A, G>) {
  const actionRefs = z.union([vocabulary.actionRef, z.array(vocabulary.actionRef)]);
  const audio = z.optional(
    doc(
      z.string().check(z.regex(AUDIO_PATTERN, 'a relative path to a sound file under public/ (.ogg, .mp3, .wav, .webm)')),
      'A recorded clip under public/, e.g. "audio/recorded/s1-opening.ogg". Without it, the generated clip for this text is used.',
    ),
  );

  const line = z.strictObject({
    text: doc(text, 'What the customer says. Always shown as a caption.'),
    audio,
    mood: z.optional(doc(moodName, 'Tone of this line (caption label and generated voice).')),
  });

  const variant = z.strictObject({
    when: doc(
      z.strictObject({ moodAtLeast: z.optional(moodName), moodAtMost: z.optional(moodName) }),
      "Said instead of `line` when the customer's mood is within these bounds. The first matching variant wins.",
    ),
    text,
    audio,
    mood: z.optional(moodName),
  });

  const outcome = z.strictObject({
    kind: doc(z.enum(OUTCOME_KINDS), 'How the call ended.'),
    summary: doc(text, 'One sentence for the end screen.'),
  });

  const stateMeta = z.strictObject({
    title: z.optional(doc(text, 'Short name for the graph and the checker.')),
    line: z.optional(line),
    variants: z.optional(z.array(variant)),
    outcome: z.optional(outcome),
    note: z.optional(doc(z.string(), 'A note for trainers; never shown to players.')),
  });

  const option = z.strictObject({
    text: doc(text, "The agent's words for this option."),
    effects: effectsSchema,
    feedback: doc(text, "The coach's feedback: why this option is good or flawed, citing the skill."),
    fatal: z.optional(doc(z.enum(FATAL_KINDS), 'Choosing this fails the call whatever else happened.')),
  });

  const timeout = z.strictObject({
    text: z.optional(doc(text, 'What the transcript says happened, e.g. "(silence)".')),
    effects: z.optional(effectsSchema),
    feedback: doc(text, "The coach's feedback when the agent let this timer run out."),
  });

  const control = z.strictObject({
    effects: z.optional(effectsSchema),
    feedback: doc(text, "The coach's feedback when the agent uses this phone control here."),
  });

  const transitionMeta = z.strictObject({
    option: z.optional(doc(option, 'Makes this transition an option the agent can choose (first branch only).')),
    timeout: z.optional(doc(timeout, 'Feedback when this timer fires (first branch of an `after` entry only).')),
    control: z.optional(
      doc(control, 'Feedback and skill effects when the agent uses this phone control here (first branch of a `call.*` reaction only).'),
    ),
    note: z.optional(z.string()),
  });

  const transition = z.strictObject({
    target: z.optional(doc(z.string(), 'The state this leads to (its key under `states`).')),
    guard: z.optional(vocabulary.guardRef),
    actions: z.optional(actionRefs),
    reenter: z.optional(z.boolean()),
    description: z.optional(z.string()),
    meta: z.optional(transitionMeta),
  });
  const transitions = z.union([z.string(), transition, z.array(transition)]);

  const state = z.strictObject({
    type: z.optional(z.enum(['atomic', 'final'])),
    description: z.optional(z.string()),
    tags: z.optional(
      doc(z.array(z.string()), `xstate tags. "${HOLD_AGREED_TAG}" marks a state where the customer has agreed to be put on hold: holding from here costs no mood.`),
    ),
    entry: z.optional(actionRefs),
    exit: z.optional(actionRefs),
    on: z.optional(
      doc(
        vocabulary.controlKeys
          ? z.catchall(
              z.object(Object.fromEntries(CONTROL_EVENT_NAMES.map((name) => [name, z.optional(doc(transitions, CONTROL_KEY_DOCS[name]))]))),
              transitions,
            )
          : z.record(z.string(), transitions),
        "The agent's options here, in display order; the key is the option's event name. Keys call.hold, call.resume, call.transfer.warm, call.transfer.cold, call.mute and call.hangup are the customer's reactions to the phone's controls instead.",
      ),
    ),
    after: z.optional(doc(z.record(vocabulary.delayKey, transitions), 'Timers: what happens if the agent does not answer in time.')),
    always: z.optional(doc(transitions, 'A routing state: picks a branch from the mood at once (guards), says nothing.')),
    meta: z.optional(stateMeta),
  });

  const persona = z.strictObject({
    name: text,
    role: text,
    mood: doc(moodName, 'Mood at pick-up.'),
    patienceSeconds: z.optional(doc(z.int().check(z.minimum(3), z.maximum(300)), 'The `patience` delay for this persona (default 20).')),
    traits: z.optional(z.array(z.enum(PERSONA_TRAITS))),
    voice: z.optional(
      doc(
        z.strictObject({
          variant: z.optional(z.string().check(z.regex(/^[a-z]+[0-9]*$/, 'an espeak-ng variant such as f3 or m2'))),
          pitch: z.optional(z.int().check(z.minimum(0), z.maximum(99))),
          speed: z.optional(z.int().check(z.minimum(80), z.maximum(260))),
        }),
        'Generated voice settings (espeak-ng).',
      ),
    ),
  });

  const scenarioMeta = z.strictObject({
    formatVersion: doc(z.literal(FORMAT_VERSION), 'Scenario format version; this app reads version 1.'),
    id: z.string().check(z.regex(ID_PATTERN, 'lower-case letters, digits and dashes')),
    title: text,
    locale: z.string().check(z.regex(LOCALE_PATTERN, 'a French or English locale such as fr-FR or en-GB')),
    summary: text,
    persona,
    difficulty: z.enum(DIFFICULTIES),
    skills: doc(z.array(skillId).check(z.minLength(1)), 'The skills this call trains.'),
    expectedMinutes: doc(z.number().check(z.minimum(0.5), z.maximum(30)), 'Typical length of the call in minutes.'),
    author: z.optional(z.string()),
    tags: z.optional(z.array(z.string())),
  });

  const scenarioFile = z.strictObject({
    $schema: z.optional(z.string()),
    id: z.optional(z.string()),
    description: z.optional(z.string()),
    initial: doc(z.string(), 'The state the call starts in once the agent picks up.'),
    meta: scenarioMeta,
    states: z.record(z.string(), state),
  });

  return { line, variant, outcome, stateMeta, option, timeout, control, transitionMeta, transition, transitions, state, persona, scenarioMeta, scenarioFile };
}

/** The schemas parse-scenario.ts validates files with. */
export const scenarioSchemas = defineScenarioSchemas({ actionRef: looseBehaviourRef, guardRef: looseBehaviourRef, delayKey: z.string() });

export type ScenarioFile = z.infer<typeof scenarioSchemas.scenarioFile>;
export type StateConfig = z.infer<typeof scenarioSchemas.state>;
export type TransitionConfig = z.infer<typeof scenarioSchemas.transition>;
export type TransitionsConfig = z.infer<typeof scenarioSchemas.transitions>;
export type BehaviourRef = z.infer<typeof looseBehaviourRef>;
export type Effects = z.infer<typeof effectsSchema>;
export type FatalKind = (typeof FATAL_KINDS)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type PersonaTrait = (typeof PERSONA_TRAITS)[number];

/** Every key the format knows, for "did you mean …?" on a misspelt key. */
export const FORMAT_KEYS: readonly string[] = [
  ...new Set([
    ...Object.values(scenarioSchemas).flatMap((schema) => ('shape' in schema ? Object.keys(schema.shape as object) : [])),
    'moodAtLeast',
    'moodAtMost',
    ...SKILL_IDS,
  ]),
];
