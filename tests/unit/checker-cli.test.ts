/** npm run check:scenarios, end to end: output lines and exit codes (each spawn costs about a second). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/checker';

function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/check-scenarios.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('check:scenarios CLI', () => {
  it('exits 1 and prints each finding as file:line:column  severity  code  message, for broken and unreadable files', () => {
    const { status, stdout } = run('--quiet', `${FIXTURES}/missing-audio.json`, `${FIXTURES}/no-such-file.json`);
    expect(status).toBe(1);
    expect(stdout.trimEnd().split('\n')).toEqual([
      `${FIXTURES}/missing-audio.json:17:98  error  missing-audio  audio file "audio/recorded/missing-audio-greet.ogg" does not exist under public/ (at $.states.greet.meta.line.audio)`,
      `${FIXTURES}/no-such-file.json:1:1  error  unreadable-file  cannot read the file: no such file`,
    ]);
  }, 30_000);

  it('exits 0 on a valid file and prints its summary under it', () => {
    const { status, stdout } = run(`${FIXTURES}/valid.json`);
    expect(status).toBe(0);
    expect(stdout).toContain(`${FIXTURES}/valid.json: no findings\n  valid: 7 states (3 decision, 1 route, 3 final), 6 options\n`);
    expect(stdout).toContain('1 file checked: 0 errors, 0 warnings');
  }, 30_000);

  it('prints findings and summaries as JSON with --json, warnings alone exiting 0', () => {
    const { status, stdout } = run('--json', `${FIXTURES}/same-scores.json`);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ errors: 0, warnings: 1 });
    expect(report.files[0].findings[0]).toMatchObject({ code: 'same-scores', line: 48, column: 9, path: ['states', 'reassure', 'on', 'opt.empathy'] });
    expect(report.files[0].summary.outcomes[0]).toEqual({ state: 'solved', kind: 'resolved', paths: '6', throughLoop: false });
  }, 30_000);
});
