import { useMemo, useState } from 'react';
import { useServices } from '../shared/services';
import { boardCsv } from '../../core/challenges/board-csv';
import type { Challenge } from '../../core/challenges/challenge';
import { boardFileName } from '../../core/challenges/challenge-files';
import { buildBoard, type Submission } from '../../core/challenges/team-board';
import { CallStatsTable } from './call-stats-table';
import { ChallengeFacts } from './challenge-facts';
import { LeaderboardTable } from './leaderboard-table';
import { OpenChallenge } from './open-challenge';
import { RejectedList } from './rejected-list';
import { ResultInput } from './result-input';
import { TeamSkillsMap } from './team-skills-map';
import { formatDuration } from '../shared/format-duration';
import { useI18n } from '../i18n/i18n-context';
import './challenges.css';

/**
 * The team lead's board: open the challenge, add the results (files or codes), and read the team:
 * leaderboard (can be anonymised or hidden), the pooled skills map, call by call, time used, and
 * what was set aside and why. Everything is computed on this device and kept in memory only.
 */
export default function TeamBoardScreen() {
  const { t } = useI18n();
  const [challenge, setChallenge] = useState<Challenge | undefined>();
  return (
    <section aria-labelledby="board-title" className="cc-screen">
      <h1 id="board-title">{t('board.title')}</h1>
      <p className="lead">{t('board.intro')}</p>
      {challenge ? (
        <Board challenge={challenge} onChange={() => setChallenge(undefined)} />
      ) : (
        <OpenChallenge title={t('board.challenge')} onOpen={setChallenge} />
      )}
    </section>
  );
}

function Board({ challenge, onChange }: { challenge: Challenge; onChange: () => void }) {
  const { t } = useI18n();
  const { download } = useServices();
  const [submissions, setSubmissions] = useState<Submission[]>([]);
  const [anonymise, setAnonymise] = useState(false);
  const [hideLeaderboard, setHideLeaderboard] = useState(false);
  const board = useMemo(() => buildBoard(challenge, submissions), [challenge, submissions]);
  const hasResults = board.entries.length > 0;

  return (
    <>
      <section className="cc-panel" aria-labelledby="board-challenge-title">
        <h2 id="board-challenge-title">
          {t('board.challenge')}: {challenge.name}
        </h2>
        <ChallengeFacts challenge={challenge} />
        <button type="button" className="button" onClick={onChange}>
          {t('board.change')}
        </button>
      </section>

      <section className="cc-panel" aria-labelledby="board-results-title">
        <h2 id="board-results-title">{t('board.results')}</h2>
        <ResultInput taken={submissions.map((s) => s.source)} onAdd={(added) => setSubmissions((list) => [...list, ...added])} />
        <p role="status" className="cc-count">
          {submissions.length === 0 ? t('board.empty') : t('board.count', { count: board.entries.length, rejected: board.rejected.length })}
        </p>
        {submissions.length > 0 ? (
          <button type="button" className="button" onClick={() => setSubmissions([])}>
            {t('board.clear')}
          </button>
        ) : null}
      </section>

      {board.rejected.length > 0 ? (
        <section className="cc-panel cc-panel--warning" aria-labelledby="board-rejected-title">
          <h2 id="board-rejected-title">{t('board.rejected')}</h2>
          <p>{t('board.rejectedIntro')}</p>
          <RejectedList rejected={board.rejected} submissions={submissions} anonymise={anonymise} />
        </section>
      ) : null}

      {hasResults ? (
        <>
          <div className="cc-toggles">
            <label>
              <input type="checkbox" checked={anonymise} onChange={(event) => setAnonymise(event.target.checked)} /> {t('board.anonymise')}
            </label>
            <label>
              <input type="checkbox" checked={hideLeaderboard} onChange={(event) => setHideLeaderboard(event.target.checked)} /> {t('board.hideLeaderboard')}
            </label>
            <button
              type="button"
              className="button"
              onClick={() => download(boardFileName(challenge.name), boardCsv(board, { anonymise, callIds: challenge.calls }), 'text/csv')}
            >
              {t('board.export')}
            </button>
          </div>

          <section className="cc-section" aria-labelledby="board-leaderboard-title">
            <h2 id="board-leaderboard-title">{t('board.leaderboard')}</h2>
            {hideLeaderboard ? <p className="muted">{t('board.leaderboardHidden')}</p> : <LeaderboardTable leaderboard={board.leaderboard} anonymise={anonymise} />}
          </section>

          <section className="cc-section" aria-labelledby="board-skills-title">
            <h2 id="board-skills-title">{t('board.skills')}</h2>
            <p className="muted">{t('board.skillsIntro')}</p>
            <TeamSkillsMap skills={board.skills} />
          </section>

          <section className="cc-section" aria-labelledby="board-calls-title">
            <h2 id="board-calls-title">{t('board.calls')}</h2>
            <CallStatsTable calls={board.calls} />
          </section>

          <section className="cc-section" aria-labelledby="board-time-title">
            <h2 id="board-time-title">{t('board.timeUsed')}</h2>
            <p data-testid="time-used">
              {t('board.timeSummary', { mean: formatDuration(board.time.meanMs), max: formatDuration(board.time.maxMs), total: formatDuration(challenge.totalSeconds * 1000) })}
            </p>
          </section>
        </>
      ) : null}
    </>
  );
}
