import type { BoardEntry } from '../../core/challenges/team-board';
import { formatDuration } from '../shared/format-duration';
import { useI18n } from '../i18n/i18n-context';

/** The ranking: higher score first, then less time. Anonymised, each agent is "Agent n" by rank. */
export function LeaderboardTable({ leaderboard, anonymise }: { leaderboard: readonly BoardEntry[]; anonymise: boolean }) {
  const { t } = useI18n();
  return (
    <div className="cc-table-scroll">
      <table className="cc-table" data-testid="leaderboard">
        <caption>{t('board.leaderboard')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.rank')}</th>
            <th scope="col">{t('board.agent')}</th>
            <th scope="col">{t('board.score')}</th>
            <th scope="col">{t('board.time')}</th>
            <th scope="col">{t('board.failed')}</th>
          </tr>
        </thead>
        <tbody>
          {leaderboard.map((entry, index) => (
            <tr key={entry.source}>
              <td className="cc-num">{index + 1}</td>
              <th scope="row">{anonymise ? t('board.agentN', { n: index + 1 }) : entry.result.player}</th>
              <td className="cc-num">{entry.score}</td>
              <td className="cc-num">{formatDuration(entry.ms)}</td>
              <td className="cc-num">{entry.failedCalls}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
