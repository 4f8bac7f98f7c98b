/**
 * npm run bench:diagnosis [-- --seed N] [--agents N] [--json] [--flaw-rate P] [--best-rate P] [--dir scenarios] [--skip-needs]
 *
 * Does blind-spot detection find simulated agents' planted weak skills? Reads every scenario in
 * scenarios/*.json (whatever is there), runs the pure benchmark (src/core/simulation/diagnosis-bench.ts)
 * and prints precision and recall after 1, 3 and 5 drills with the seed, the scored decisions per
 * skill each call supplies, which skills the library's options bundle together, and (unless
 * --skip-needs) the same benchmark on made-up libraries: what the library needs to reach the target.
 * The logic is in the core; this file only does I/O.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseScenario } from '../../src/core/scenario/parse-scenario';
import type { Scenario } from '../../src/core/scenario/scenario-types';
import { DEFAULT_BENCH_SEED, DIAGNOSIS_TARGET, runDiagnosisBench, type DiagnosisBenchResult } from '../../src/core/simulation/diagnosis-bench';
import { skillSeparation, type SkillSeparation } from '../../src/core/simulation/library-skills';
import { libraryNeeds, type LibraryShapeFigures } from '../../src/core/simulation/library-needs';
import { DEFAULT_BEST_RATE, DEFAULT_FLAW_RATE } from '../../src/core/simulation/simulated-agent';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    agents: { type: 'string' },
    json: { type: 'boolean', default: false },
    'flaw-rate': { type: 'string' },
    'best-rate': { type: 'string' },
    dir: { type: 'string', default: 'scenarios' },
    'skip-needs': { type: 'boolean', default: false },
  },
});

function number(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) {
    console.error(`bench:diagnosis: --${name} must be a number, got "${value}"`);
    process.exit(2);
  }
  return n;
}

function loadLibrary(dir: string): Scenario[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const library: Scenario[] = [];
  for (const file of files) {
    const result = parseScenario(readFileSync(join(dir, file), 'utf8'), file);
    if (result.ok) library.push(result.scenario);
    else console.error(`bench:diagnosis: skipped ${file}: ${result.findings.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.column} ${f.code} ${f.message}`).join('; ')}`);
  }
  return library;
}

const pct = (x: number | undefined) => (x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);

function print(result: DiagnosisBenchResult, separation: SkillSeparation[], needs: LibraryShapeFigures[] | undefined, flawRate: number, bestRate: number): void {
  const lines: string[] = [];
  lines.push(`bench:diagnosis  seed ${result.seed}  agents ${result.agents}  flaw rate ${flawRate}  best rate ${bestRate}`);
  lines.push(`library: ${result.scenarios.length} calls (${result.scenarios.join(', ')})`);
  lines.push(`testable skills (weak spots planted among these): ${result.testable.join(' ')}`);
  lines.push('');
  lines.push('after drills   calls/agent   precision   recall   TP     FP     FN (unjudged)');
  for (const c of result.checkpoints) {
    const { truePositives: tp, falsePositives: fp, falseNegatives: fn, unjudged } = c.confusion;
    lines.push(
      `${String(c.drills).padEnd(15)}${c.meanCalls.toFixed(1).padEnd(14)}${pct(c.precision).padEnd(12)}${pct(c.recall).padEnd(9)}${String(tp).padEnd(7)}${String(fp).padEnd(7)}${fn} (${unjudged})`,
    );
  }
  lines.push('');
  const target = result.checkpoints.find((c) => c.drills === DIAGNOSIS_TARGET.drills);
  lines.push(`per skill after ${target?.drills ?? '?'} drills   decisions/call   calls for ${result.minEvidence}   decisions seen   precision   recall   states (separable)   bundled with`);
  for (const s of result.supply) {
    const at = target?.perSkill[s.skill];
    const sep = separation.find((r) => r.skill === s.skill);
    const bundled = Object.entries(sep?.bundledWith ?? {})
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .map(([skill, n]) => `${skill}×${n}`)
      .join(' ');
    lines.push(
      `  ${s.skill}${s.decisionsPerCall.toFixed(2).padStart(31)}${(s.callsForEvidence === undefined ? 'never' : s.callsForEvidence.toFixed(1)).padStart(14)}${(at ? at.meanEvidence.toFixed(1) : '—').padStart(17)}${pct(at?.precision).padStart(12)}${pct(at?.recall).padStart(9)}${`${sep?.states ?? 0} (${sep?.separable ?? 0})`.padStart(21)}   ${bundled}`,
    );
  }
  if (needs) {
    lines.push('');
    lines.push(`what the library needs: the same benchmark on made-up libraries of 10 calls, two skills per decision, after ${DIAGNOSIS_TARGET.drills} drills`);
    lines.push('  decisions/call   per skill per call   distractors   precision   recall   target');
    for (const n of needs) {
      lines.push(
        `  ${String(n.decisionsPerCall).padStart(14)}${n.perSkillPerCall.toFixed(2).padStart(21)}${n.distractors.padStart(14)}${pct(n.precision).padStart(12)}${pct(n.recall).padStart(9)}   ${n.met ? 'met' : 'not met'}`,
      );
    }
  }
  lines.push('');
  lines.push(
    result.targetMet
      ? `target met: precision and recall ≥ ${100 * DIAGNOSIS_TARGET.precision}% after ${DIAGNOSIS_TARGET.drills} drills`
      : `target NOT met (precision and recall ≥ ${100 * DIAGNOSIS_TARGET.precision}% after ${DIAGNOSIS_TARGET.drills} drills): see docs/scoring.md, "What the library needs"`,
  );
  console.log(lines.join('\n'));
}

const dir = resolve(values.dir ?? 'scenarios');
const library = loadLibrary(dir);
if (library.length === 0) {
  console.error(`bench:diagnosis: no scenario could be loaded from ${dir}`);
  process.exit(1);
}
const flawRate = number(values['flaw-rate'], DEFAULT_FLAW_RATE, 'flaw-rate');
const bestRate = number(values['best-rate'], DEFAULT_BEST_RATE, 'best-rate');
const result = runDiagnosisBench(library, {
  seed: number(values.seed, DEFAULT_BENCH_SEED, 'seed'),
  agents: number(values.agents, 200, 'agents'),
  flawRate,
  bestRate,
});
const separation = skillSeparation(library);
const needs = values['skip-needs'] ? undefined : libraryNeeds({ seed: result.seed, agents: result.agents, flawRate, bestRate });
if (values.json) console.log(JSON.stringify({ ...result, flawRate, bestRate, separation, ...(needs ? { needs } : {}) }, null, 2));
else print(result, separation, needs, flawRate, bestRate);
