/**
 * The published JSON Schema (public/scenario.schema.json), generated from the same zod
 * definitions the parser uses, with the registry's names spelled out so that an editor
 * autocompletes actions, guards, their params and delay names. `npm run schema` writes it;
 * a unit test fails when the committed file is out of date.
 */
import * as z from 'zod/mini';
import { ACTIONS, DELAY_NAMES, GUARDS } from './registry';
import { defineScenarioSchemas } from './scenario-schema';

function namedRefs(entries: Record<string, { description: string; params: z.ZodMiniType; paramsRequired: boolean }>) {
  const forms = Object.entries(entries).flatMap(([name, entry]) => {
    const object = z.strictObject({ type: z.literal(name), params: entry.paramsRequired ? entry.params : z.optional(entry.params) }).check(z.describe(entry.description));
    return entry.paramsRequired ? [object] : [z.literal(name).check(z.describe(entry.description)), object];
  });
  return z.union(forms as unknown as [z.ZodMiniType, z.ZodMiniType, ...z.ZodMiniType[]]);
}

export function scenarioJsonSchema(): Record<string, unknown> {
  const strict = defineScenarioSchemas({
    actionRef: namedRefs(ACTIONS),
    guardRef: namedRefs(GUARDS),
    delayKey: z.enum(DELAY_NAMES as [string, ...string[]]),
    controlKeys: true,
  });
  const schema = z.toJSONSchema(strict.scenarioFile, { io: 'input', unrepresentable: 'any', reused: 'ref' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://callcourt.example/scenario.schema.json',
    title: 'CallCourt scenario (format version 1)',
    description: 'A customer call as an xstate v5 machine config. See docs/scenario-format.md.',
  };
}
