import { useState } from 'react';
import { useAppStore } from '../shared/store-context';
import { encodeChallenge, type Challenge } from '../../core/challenges/challenge';
import { hashOf } from '../../store/screen';
import { CreateChallengeForm } from './create-challenge-form';
import { CreatedChallenge } from './created-challenge';
import { OpenChallenge } from './open-challenge';
import { useI18n } from '../i18n/i18n-context';
import './challenges.css';

/**
 * For team leads: create a challenge (calls, time limits, dates) and get its link and file.
 * For anyone: open a challenge received as a link, a code or a file. And the way to the team board.
 */
export default function ChallengesScreen() {
  const { t } = useI18n();
  const go = useAppStore((s) => s.go);
  const [created, setCreated] = useState<Challenge | undefined>();
  return (
    <section aria-labelledby="challenges-title" className="cc-screen">
      <h1 id="challenges-title">{t('challenges.title')}</h1>
      <p className="lead">{t('challenges.intro')}</p>
      {created ? (
        <CreatedChallenge challenge={created} pageUrl={window.location.href} onAnother={() => setCreated(undefined)} />
      ) : (
        <CreateChallengeForm onCreated={setCreated} />
      )}
      <OpenChallenge
        title={t('challenges.open')}
        intro={t('challenges.openIntro')}
        onOpen={(challenge) => go({ name: 'challenge', code: encodeChallenge(challenge) })}
      />
      <section className="cc-panel" aria-labelledby="board-link-title">
        <h2 id="board-link-title">{t('challenges.board')}</h2>
        <p>{t('challenges.boardIntro')}</p>
        <a href={hashOf({ name: 'board' })}>{t('challenges.boardLink')}</a>
      </section>
    </section>
  );
}
