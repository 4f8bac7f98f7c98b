/** Writes public/scenario.schema.json from the format's definitions (npm run schema). */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/core/scenario/json-schema';

const target = new URL('../public/scenario.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
