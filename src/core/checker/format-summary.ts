/** The summary as a compact text table (the CLI prints it under each file's findings). */
import type { SkillRange } from './score-ranges';
import type { ScenarioSummary } from './summarize-scenario';

function table(rows: readonly (readonly string[])[], alignRight: (column: number) => boolean): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const pad = ' '.repeat((widths[column] ?? 0) - [...cell].length);
        return alignRight(column) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function signed(total: number | null): string {
  if (total === null) return '?';
  return total > 0 ? `+${total}` : String(total);
}

function loops(range: SkillRange): string {
  if (range.fallsInLoops && range.growsInLoops) return '±∞';
  return range.fallsInLoops ? '-∞' : range.growsInLoops ? '+∞' : '';
}

/** Exact up to 15 digits, then `≈2.31e+1269` (the JSON output keeps every digit). */
function pathCount(paths: string): string {
  return paths.length <= 15 ? paths : `≈${paths[0]}.${paths.slice(1, 3)}e+${paths.length - 1}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function callLength(summary: ScenarioSummary): string {
  if (summary.shortestCall === null) return 'no final state can be reached';
  const longest = `${summary.longestCall ?? '?'}${summary.longestCallUnbounded ? ' (more round a loop of answers)' : ''}`;
  return `call length in decisions: shortest ${summary.shortestCall}, longest ${longest}`;
}

export function formatSummary(summary: ScenarioSummary, indent = '  '): string[] {
  const lines = [
    `${summary.id}: ${plural(summary.states, 'state')} (${summary.decisionStates} decision, ${summary.routeStates} route, ${summary.finalStates} final), ${plural(summary.decisions, 'option')}`,
    callLength(summary),
    ...table(
      [['outcome', 'kind', 'paths'], ...summary.outcomes.map((o) => [o.state, o.kind, `${pathCount(o.paths)}${o.throughLoop ? ' + loops' : ''}`])],
      (column) => column === 2,
    ),
  ];
  if (summary.skills.length > 0) {
    lines.push(
      ...table(
        [
          ['skill', ...summary.skills.map((s) => (s.declared ? s.skill : `${s.skill}*`))],
          ['lowest', ...summary.skills.map((s) => signed(s.min))],
          ['highest', ...summary.skills.map((s) => signed(s.max))],
          ...(summary.skills.some((s) => s.fallsInLoops || s.growsInLoops) ? [['by looping', ...summary.skills.map(loops)]] : []),
        ],
        (column) => column > 0,
      ),
    );
    if (summary.skills.some((s) => !s.declared)) lines.push('* scored but not declared in meta.skills');
  }
  return lines.map((line) => indent + line);
}
