/** The leaderboard as CSV (RFC 4180), for a spreadsheet. Anonymised: "Agent 1", "Agent 2"… by rank. */
import type { TeamBoard } from './team-board';

function cell(value: string | number): string {
  const text = String(value);
  // Quote anything with a separator, a quote or a line break; neutralise spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function boardCsv(board: TeamBoard, options: { anonymise: boolean; callIds: readonly string[] }): string {
  const header = ['rank', 'agent', 'score', 'seconds', 'failed calls', ...options.callIds.flatMap((id) => [`${id} outcome`, `${id} score`])];
  const rows = board.leaderboard.map((entry, index): (string | number)[] => [
    index + 1,
    options.anonymise ? `Agent ${index + 1}` : entry.result.player,
    entry.score,
    Math.round(entry.ms / 1000),
    entry.failedCalls,
    ...options.callIds.flatMap((id) => {
      const call = entry.result.calls.find((c) => c.scenarioId === id);
      return call ? [call.outcome, call.failed ? 0 : call.score] : ['', ''] as (string | number)[];
    }),
  ]);
  return `${[header, ...rows].map((row) => row.map((value) => cell(value)).join(',')).join('\r\n')}\r\n`;
}
