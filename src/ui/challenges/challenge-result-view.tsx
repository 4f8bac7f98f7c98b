import { useEffect, useRef } from 'react';
import { useServices } from '../shared/services';
import type { Challenge } from '../../core/challenges/challenge';
import { resultCode, type ChallengeResult } from '../../core/challenges/challenge-result';
import { resultFileName } from '../../core/challenges/challenge-files';
import { wasPlayed } from '../../core/challenges/challenge-run';
import { resultSummary } from '../../core/challenges/result-summary';
import { OUTCOMES } from '../../core/scenario/outcomes';
import { formatDuration } from '../shared/format-duration';
import { useI18n } from '../i18n/i18n-context';
import { CopyField } from './copy-field';

/**
 * The end of a challenge: how each call went, the total, and the two ways to send the result
 * (a file, a short code). What the result holds, and never holds, is said plainly.
 */
export function ChallengeResultView({ challenge, result }: { challenge: Challenge; result: ChallengeResult }) {
  const { t, pick } = useI18n();
  const { cards, download } = useServices();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const summary = resultSummary(result);
  return (
    <section className="cc-screen cc-result" aria-labelledby="result-title">
      <h1 id="result-title" ref={heading} tabIndex={-1}>
        {t('result.title', { name: challenge.name })}
      </h1>
      <p className="cc-result__summary" data-testid="result-summary">
        {t('result.summary', { score: summary.score, duration: formatDuration(summary.ms), failed: summary.failedCalls })}
      </p>
      <div className="cc-table-scroll">
        <table className="cc-table">
          <caption>{t('result.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('result.call')}</th>
              <th scope="col">{t('result.outcome')}</th>
              <th scope="col">{t('result.score')}</th>
              <th scope="col">{t('result.time')}</th>
            </tr>
          </thead>
          <tbody>
            {result.calls.map((call, index) => {
              const card = cards.find((c) => c.id === call.scenarioId);
              const notes = [!wasPlayed(call) ? t('result.notPlayed') : call.timedOut ? t('result.timedOut') : '', call.failed ? t('result.failed') : ''].filter(Boolean);
              return (
                <tr key={index}>
                  <th scope="row">
                    <span lang={card?.locale}>{card?.title ?? call.scenarioId}</span>
                  </th>
                  <td>
                    <span className={`cc-valence cc-valence--${call.valence}`}>{pick(OUTCOMES[call.outcome].label)}</span>
                    {notes.length > 0 ? <span className="muted"> ({notes.join(', ')})</span> : null}
                  </td>
                  <td className="cc-num">{call.failed ? 0 : call.score}</td>
                  <td className="cc-num">{formatDuration(call.ms)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('result.total')}</th>
              <td />
              <td className="cc-num">{summary.score}</td>
              <td className="cc-num">{formatDuration(summary.ms)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <section className="cc-panel" aria-labelledby="send-title">
        <h2 id="send-title">{t('result.send')}</h2>
        <p>{t('result.sendIntro')}</p>
        <p className="cc-private">{t('result.private')}</p>
        <button type="button" className="button button--primary" onClick={() => download(resultFileName(result.player), `${JSON.stringify(result, null, 2)}\n`)}>
          {t('result.download')}
        </button>
        <CopyField label={t('result.code')} value={resultCode(result)} copyLabel={t('result.copy')} />
      </section>
    </section>
  );
}
