import { useEffect, useRef } from 'react';
import { useServices } from '../shared/services';
import { encodeChallenge, type Challenge } from '../../core/challenges/challenge';
import { challengeFileName } from '../../core/challenges/challenge-files';
import { challengeLink } from '../../core/challenges/challenge-link';
import { useI18n } from '../i18n/i18n-context';
import { ChallengeFacts } from './challenge-facts';
import { CopyField } from './copy-field';

interface Props {
  challenge: Challenge;
  /** The app's current address: the link keeps it and replaces the fragment. */
  pageUrl: string;
  onAnother: () => void;
}

/** What the team lead hands out: the link (to copy) and the same challenge as a file. */
export function CreatedChallenge({ challenge, pageUrl, onAnother }: Props) {
  const { t } = useI18n();
  const { download } = useServices();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const link = challengeLink(pageUrl, challenge);
  return (
    <section className="cc-panel cc-created" aria-labelledby="created-title">
      <h2 id="created-title" ref={heading} tabIndex={-1}>
        {t('challenges.ready', { name: challenge.name })}
      </h2>
      <p>{t('challenges.readyIntro')}</p>
      <ChallengeFacts challenge={challenge} />
      <CopyField label={t('challenges.link')} value={link} copyLabel={t('challenges.copyLink')} />
      <div className="cc-actions">
        <button type="button" className="button" onClick={() => download(challengeFileName(challenge.name), `${JSON.stringify(challenge, null, 2)}\n`)}>
          {t('challenges.download')}
        </button>
        <a className="button cc-link-button" href={`#/challenge/${encodeChallenge(challenge)}`}>
          {t('challenges.openIt')}
        </a>
        <button type="button" className="button" onClick={onAnother}>
          {t('challenges.another')}
        </button>
      </div>
    </section>
  );
}
