/**
 * Made-up call libraries with a known shape, to measure what blind-spot detection needs from a
 * library: `calls` calls of `decisionsPerCall` decisions each, skills dealt in turn (see below).
 * - One skill per decision: options +2 (exemplary), -1 (flawed), -2 (harmful).
 * - Two skills per decision, `bundled` distractors: each flawed option is flawed on both skills
 *   (a poor resolution that is also poor language), so a weakness in one drags the other down.
 * - Two skills per decision, `separate` distractors: one flawed option per skill, flawed on that
 *   skill only (right content in poor words; fine words with no solution).
 * Built as scenario files and parsed like real ones.
 */
import { parseScenario } from '../scenario/parse-scenario';
import type { Scenario } from '../scenario/scenario-types';
import { SKILL_IDS, type SkillId } from '../skills/skills';

export type Distractors = 'bundled' | 'separate';

export interface SyntheticLibraryShape {
  calls: number;
  decisionsPerCall: number;
  skillsPerDecision?: 1 | 2;
  distractors?: Distractors;
  skills?: readonly SkillId[];
}

type Effects = Partial<Record<SkillId, number>>;

function optionsFor(skills: readonly SkillId[], distractors: Distractors): { text: string; effects: Effects }[] {
  const all = (value: number): Effects => Object.fromEntries(skills.map((skill) => [skill, value]));
  const good = { text: 'Bonne réponse', effects: all(2) };
  if (skills.length === 1 || distractors === 'bundled') {
    return [good, { text: 'Réponse maladroite', effects: all(-1) }, { text: 'Mauvaise réponse', effects: all(-2) }];
  }
  return [good, ...skills.map((flawed) => ({ text: `Faible en ${flawed}`, effects: { ...all(2), [flawed]: -2 } }))];
}

export function syntheticScenarioFile(id: string, decisions: readonly (readonly SkillId[])[], distractors: Distractors = 'bundled'): unknown {
  const states: Record<string, unknown> = {};
  decisions.forEach((skills, i) => {
    const target = i + 1 < decisions.length ? `d${i + 1}` : 'end';
    const on = Object.fromEntries(
      optionsFor(skills, distractors).map((option, k) => [`o${k}`, { target, meta: { option: { ...option, feedback: `${option.text} (${skills.join(', ')})` } } }]),
    );
    states[`d${i}`] = { meta: { line: { text: `Question ${i + 1}` } }, on };
  });
  states.end = { type: 'final', meta: { outcome: { kind: 'resolved', summary: 'Fin.' } } };
  const tested = [...new Set(decisions.flat())];
  return {
    initial: decisions.length > 0 ? 'd0' : 'end',
    meta: {
      formatVersion: 1,
      id,
      title: id,
      locale: 'fr-FR',
      summary: 'Appel synthétique.',
      persona: { name: 'Client', role: 'Test', mood: 'neutral' },
      difficulty: 'easy',
      skills: tested.length > 0 ? tested : ['ACC'],
      expectedMinutes: 1,
    },
    states,
  };
}

/**
 * Skills are dealt in order; with two per decision, the partner shifts every round through the
 * skills, so no two skills are always tested together (decision n pairs skill n with skill
 * n + 1 + round, round = ⌊n / 12⌋).
 */
export function syntheticLibrary(shape: SyntheticLibraryShape): Scenario[] {
  const skills = shape.skills ?? SKILL_IDS;
  const count = skills.length;
  const per = shape.skillsPerDecision ?? 1;
  let n = 0;
  const deal = (): SkillId[] => {
    const first = n % count;
    const shift = 1 + (Math.floor(n / count) % Math.max(1, count - 1));
    n += 1;
    const dealt = [skills[first] as SkillId];
    if (per === 2 && count > 1) dealt.push(skills[(first + shift) % count] as SkillId);
    return dealt;
  };
  return Array.from({ length: shape.calls }, (_, c) => {
    const decisions = Array.from({ length: shape.decisionsPerCall }, deal);
    const id = `synthetic-${c + 1}`;
    const result = parseScenario(JSON.stringify(syntheticScenarioFile(id, decisions, shape.distractors)), `${id}.json`);
    if (!result.ok) throw new Error(`synthetic library: ${result.findings.map((f) => f.message).join('; ')}`);
    return result.scenario;
  });
}
