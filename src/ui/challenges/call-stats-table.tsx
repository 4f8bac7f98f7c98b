import { useServices } from '../shared/services';
import type { CallStats } from '../../core/challenges/team-board';
import { formatDuration } from '../shared/format-duration';
import { useI18n } from '../i18n/i18n-context';

/** Each call of the challenge across the team: how it ended (good, partial, poor), score, time, time-outs. */
export function CallStatsTable({ calls }: { calls: readonly CallStats[] }) {
  const { t } = useI18n();
  const { cards } = useServices();
  return (
    <div className="cc-table-scroll">
      <table className="cc-table" data-testid="call-stats">
        <caption>{t('board.calls')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.call')}</th>
            <th scope="col">{t('board.played')}</th>
            <th scope="col">{t('board.good')}</th>
            <th scope="col">{t('board.partial')}</th>
            <th scope="col">{t('board.poor')}</th>
            <th scope="col">{t('board.meanScore')}</th>
            <th scope="col">{t('board.meanTime')}</th>
            <th scope="col">{t('board.timedOut')}</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call, index) => {
            const card = cards.find((c) => c.id === call.scenarioId);
            return (
              <tr key={index}>
                <th scope="row">
                  <span lang={card?.locale}>{card?.title ?? call.scenarioId}</span>
                </th>
                <td className="cc-num">{call.played}</td>
                <td className="cc-num">{call.outcomes.good}</td>
                <td className="cc-num">{call.outcomes.mixed}</td>
                <td className="cc-num">{call.outcomes.bad}</td>
                <td className="cc-num">{call.meanScore}</td>
                <td className="cc-num">{formatDuration(call.meanMs)}</td>
                <td className="cc-num">{call.timedOut}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
