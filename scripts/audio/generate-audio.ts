/**
 * npm run audio -- [--check] [--prune] [--root <dir>] [scenario files...]
 * Generates the missing phone-quality clips for the customer lines of the scenarios (docs/audio.md).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runAudio } from './run-audio';

const usage = 'usage: npm run audio -- [--check] [--prune] [--root <dir>] [--jobs <n>] [scenario files...]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        check: { type: 'boolean', default: false },
        prune: { type: 'boolean', default: false },
        root: { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const jobs = values.jobs === undefined ? 2 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write(`--jobs wants a whole number from 1\n${usage}\n`);
    return 2;
  }
  const report = await runAudio(
    {
      root: values.root ?? fileURLToPath(new URL('../..', import.meta.url)),
      check: values.check,
      prune: values.prune,
      files: positionals,
      jobs,
    },
    (line) => process.stdout.write(`${line}\n`),
  );
  return report.exitCode;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`audio: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
