/**
 * npm run bench [-- --json]: the figures the product is judged on, measured on this machine.
 * Build first (npm run build). Medians and percentiles only: machines here are shared and noisy.
 */
import { existsSync } from 'node:fs';
import { measureFirstScreen } from './bundle-size';
import { measureDecisionLatency } from './decision-latency';
import { measureLargeScenario } from './large-scenario';
import { round } from './stats';

const json = process.argv.includes('--json');
if (!existsSync('dist/index.html')) {
  process.stderr.write('dist/ is missing: run `npm run build` first.\n');
  process.exit(1);
}

const bundle = measureFirstScreen();
const large = measureLargeScenario();
const latency = await measureDecisionLatency();

const rows: [string, string, string][] = [
  ['First-screen JS, gzip', `${round(bundle.firstScreenJsGzipKb, 1)} KB (${bundle.files.length} files, ${round(bundle.firstScreenJsRawKb, 1)} KB raw)`, '≤ 120 KB'],
  [`Decision → next line in DOM, Chromium (${latency.decisions} decisions)`, `p50 ${round(latency.domP50)} ms · p95 ${round(latency.domP95)} ms`, 'p95 ≤ 16 ms'],
  ['Decision → next frame, Chromium', `p50 ${round(latency.frameP50)} ms · p95 ${round(latency.frameP95)} ms`, ''],
  [`Last decision → end screen in DOM (${latency.endings} calls)`, `p50 ${round(latency.endDomP50)} ms · p95 ${round(latency.endDomP95)} ms`, ''],
  [`Parse ${large.states}-state scenario (${round(large.bytes / 1024, 0)} KB), Node`, `median ${round(large.parseMsMedian, 1)} ms (${large.runs} runs)`, ''],
  [`Parse + check ${large.states}-state scenario, Node`, `median ${round(large.checkMsMedian, 1)} ms (${large.runs} runs)`, '< 1 s'],
];

if (json) {
  process.stdout.write(
    `${JSON.stringify(
      {
        firstScreenJsGzipKb: round(bundle.firstScreenJsGzipKb, 2),
        firstScreenFiles: bundle.files,
        decisionLatencyMs: { decisions: latency.decisions, domP50: round(latency.domP50, 3), domP95: round(latency.domP95, 3), frameP50: round(latency.frameP50, 3), frameP95: round(latency.frameP95, 3) },
        endScreenLatencyMs: { calls: latency.endings, domP50: round(latency.endDomP50, 3), domP95: round(latency.endDomP95, 3) },
        largeScenario: { states: large.states, bytes: large.bytes, runs: large.runs, parseMsMedian: round(large.parseMsMedian, 2), parseAndCheckMsMedian: round(large.checkMsMedian, 2) },
      },
      null,
      2,
    )}\n`,
  );
} else {
  const width = Math.max(...rows.map((r) => r[0].length));
  const valueWidth = Math.max(...rows.map((r) => r[1].length));
  process.stdout.write(`${'measure'.padEnd(width)}  ${'figure'.padEnd(valueWidth)}  target\n`);
  for (const [name, value, target] of rows) process.stdout.write(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target}\n`);
}
