import { useServices } from '../shared/services';
import type { Challenge } from '../../core/challenges/challenge';
import { formatDuration } from '../shared/format-duration';
import { useI18n } from '../i18n/i18n-context';
import { formatIsoDate } from './iso-date';

/** What a challenge asks: its calls in order, the time limits, the dates it is open. */
export function ChallengeFacts({ challenge, level = 3 }: { challenge: Challenge; level?: 2 | 3 }) {
  const { t, language } = useI18n();
  const { cards } = useServices();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="cc-facts">
      <Heading className="cc-subtitle">{t('play.callsTitle')}</Heading>
      <ol className="cc-facts__calls">
        {challenge.calls.map((id) => {
          const card = cards.find((c) => c.id === id);
          return (
            <li key={id}>
              <span lang={card?.locale}>{card?.title ?? id}</span>
              {card ? <span className="muted"> · {card.persona.name}</span> : null}
            </li>
          );
        })}
      </ol>
      <ul className="cc-facts__limits">
        <li>{t('play.perCall', { duration: formatDuration(challenge.perCallSeconds * 1000) })}</li>
        <li>{t('play.total', { duration: formatDuration(challenge.totalSeconds * 1000) })}</li>
        {challenge.window ? <li>{t('play.window', { from: formatIsoDate(challenge.window.from, language), to: formatIsoDate(challenge.window.to, language) })}</li> : null}
      </ul>
    </div>
  );
}
