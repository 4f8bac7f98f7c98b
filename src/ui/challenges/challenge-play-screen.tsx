import { useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useServices } from '../shared/services';
import { StoreContext, useAppStore } from '../shared/store-context';
import { remainingMs } from '../../core/challenges/call-budget';
import { challengeId, parseChallenge, windowState, type Challenge } from '../../core/challenges/challenge';
import {
  beginCall,
  finishRun,
  interruptedIndex,
  interruptionCharge,
  playedCall,
  recordCall,
  runResult,
  runStatus,
  settleInterrupted,
  startRun,
  usedMs,
  type ChallengeRun,
} from '../../core/challenges/challenge-run';
import { missingCalls } from '../../core/challenges/missing-calls';
import { isoDate } from '../../core/time/iso-date';
import type { CallRecord } from '../../core/history/call-record';
import { hashOf } from '../../store/screen';
import { ChallengeFacts } from './challenge-facts';
import { ChallengeResultView } from './challenge-result-view';
import { formatIsoDate } from './iso-date';
import { PlayerForm } from './player-form';
import { formatDuration } from '../shared/format-duration';
import { useI18n } from '../i18n/i18n-context';
import CallScreen from '../call/call-screen';
import './challenges.css';

/** A challenge link: a damaged one is explained; a sound one is played. */
export default function ChallengePlayScreen({ code }: { code: string }) {
  const { t } = useI18n();
  const parsed = useMemo(() => parseChallenge(code), [code]);
  if (!parsed.ok) {
    return (
      <Notice title={t('play.damagedTitle')} role="alert">
        <p>{t('play.damagedText')}</p>
        <details>
          <summary>{t('challenges.details')}</summary>
          <ul lang="en">
            {parsed.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </details>
      </Notice>
    );
  }
  return <ChallengePlay challenge={parsed.challenge} />;
}

function Notice({ title, role, children }: { title: string; role?: 'alert'; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="cc-screen" aria-labelledby="play-notice-title">
      <h1 id="play-notice-title">{title}</h1>
      <div role={role} className="cc-panel">
        {children}
      </div>
      <p>
        <a href={hashOf({ name: 'challenges' })}>{t('play.otherChallenge')}</a>
      </p>
    </section>
  );
}

/**
 * The agent's way through a challenge: their name, then the calls in order under the clock, then
 * the result. Progress lives in the store (persisted), so a reload resumes at the next call; a call
 * cut off by the reload starts again, its time so far charged (see core/challenges/challenge-run.ts).
 * `active` is the call begun on this page: after a reload there is none, and the agent takes the
 * next call when ready.
 */
function ChallengePlay({ challenge }: { challenge: Challenge }) {
  const { t, language } = useI18n();
  const services = useServices();
  const { cards, wallClock, loadScenarioText } = services;
  const store = useContext(StoreContext);
  const id = useMemo(() => challengeId(challenge), [challenge]);
  const run = useAppStore((s) => s.challengeRuns[id]);
  const save = useAppStore((s) => s.saveChallengeRun);
  const [openedAt] = useState(() => wallClock.now());
  const [active, setActive] = useState<number | undefined>();
  /** The agent asked for what comes after this call before it was saved: go on once it is. */
  const [pendingNext, setPendingNext] = useState<number | undefined>();
  const card = active === undefined ? undefined : cards.find((c) => c.id === challenge.calls[active]);
  const loadText = useCallback(() => loadScenarioText(card?.file ?? ''), [card, loadScenarioText]);

  const latest = useCallback((): ChallengeRun | undefined => store?.getState().challengeRuns[id], [store, id]);
  const proceed = useCallback(
    (from: ChallengeRun, index: number) => {
      const now = wallClock.now();
      if (runStatus(from, challenge) === 'playing') {
        save(beginCall(from, challenge, now));
        setActive(index + 1);
      } else {
        save(finishRun(from, challenge, now));
        setActive(undefined);
      }
    },
    [challenge, save, wallClock],
  );
  const onRecorded = useCallback(
    (record: CallRecord) => {
      const current = latest();
      if (active === undefined || !current) return;
      const next = recordCall(current, active, playedCall(record));
      save(next);
      if (pendingNext === active) {
        setPendingNext(undefined);
        proceed(next, active);
      }
    },
    [latest, active, save, pendingNext, proceed],
  );
  const onNext = useCallback(() => {
    const current = latest();
    if (active === undefined || !current) return;
    if (current.calls.length > active) proceed(current, active);
    else setPendingNext(active);
  }, [latest, active, proceed]);

  const missing = missingCalls(challenge, cards.map((c) => c.id));
  if (missing.length > 0) {
    return (
      <Notice title={t('play.title', { name: challenge.name })} role="alert">
        <p>{t('play.missing', { calls: missing.join(', ') })}</p>
      </Notice>
    );
  }

  if (run?.finishedAt !== undefined) {
    const result = runResult(run, challenge);
    return result ? <ChallengeResultView challenge={challenge} result={result} /> : null;
  }

  if (!run) {
    const state = windowState(challenge, isoDate(openedAt, wallClock.timeZone));
    if (state !== 'open' && challenge.window) {
      return (
        <Notice title={t('play.title', { name: challenge.name })} role="alert">
          <p>
            {state === 'not-yet'
              ? t('play.notYet', { from: formatIsoDate(challenge.window.from, language) })
              : t('play.closed', { to: formatIsoDate(challenge.window.to, language) })}
          </p>
        </Notice>
      );
    }
    return (
      <section className="cc-screen" aria-labelledby="play-title">
        <h1 id="play-title">{t('play.title', { name: challenge.name })}</h1>
        <ChallengeFacts challenge={challenge} level={2} />
        <p className="cc-rules">{t('play.rules')}</p>
        <PlayerForm
          onStart={(player) => {
            const now = wallClock.now();
            save(beginCall(startRun(challenge, player, now), challenge, now));
            setActive(0);
          }}
        />
      </section>
    );
  }

  if (active !== undefined && card && run.current?.index === active) {
    const count = challenge.calls.length;
    const over = run.calls.length > active && runStatus(run, challenge) !== 'playing';
    const last = active === count - 1 || over;
    return (
      <>
        <p className="cc-progress">{t('play.heading', { index: active + 1, count })}</p>
        <CallScreen
          key={`${id}:${active}`}
          card={card}
          loadText={loadText}
          visit={active}
          flow={{
            mode: 'challenge',
            timeLimitMs: run.current.limitMs,
            onRecorded,
            next: { label: last ? t('play.seeResult') : t('play.next'), run: onNext },
          }}
        />
      </>
    );
  }

  return <ReadyPanel challenge={challenge} run={run} openedAt={openedAt} onTake={setActive} />;
}

/** Between calls after a reload: where the agent is, what a cut-off call cost, and the next step. */
function ReadyPanel({ challenge, run, openedAt, onTake }: { challenge: Challenge; run: ChallengeRun; openedAt: number; onTake: (index: number) => void }) {
  const { t } = useI18n();
  const { wallClock } = useServices();
  const save = useAppStore((s) => s.saveChallengeRun);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const settled = settleInterrupted(run, openedAt);
  const status = runStatus(settled, challenge);
  const cut = interruptedIndex(run);
  const count = challenge.calls.length;
  const next = settled.calls.length;
  return (
    <section className="cc-screen" aria-labelledby="ready-title">
      <h1 id="ready-title" ref={heading} tabIndex={-1}>
        {t('play.title', { name: challenge.name })}
      </h1>
      <p>{t('play.progress', { player: run.player, done: run.calls.length, count, remaining: formatDuration(remainingMs(challenge, usedMs(settled))) })}</p>
      {cut !== undefined ? (
        <p className="cc-notice" role="status">
          {t('play.interrupted', { index: cut + 1, duration: formatDuration(interruptionCharge(run, openedAt)) })}
        </p>
      ) : null}
      {status === 'playing' ? (
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => {
            save(beginCall(settled, challenge, wallClock.now()));
            onTake(next);
          }}
        >
          {t('play.take', { index: next + 1, count })}
        </button>
      ) : (
        <>
          <p>{next >= count ? t('play.allPlayed') : t('play.timeOut')}</p>
          <button type="button" className="button button--primary button--large" onClick={() => save(finishRun(settled, challenge, wallClock.now()))}>
            {t('play.seeResult')}
          </button>
        </>
      )}
    </section>
  );
}
