import { parseResult } from '../../core/challenges/challenge-result';
import type { Rejected, Submission } from '../../core/challenges/team-board';
import { useI18n } from '../i18n/i18n-context';

/** Submissions set aside, each with why: flagged for the lead, never merged into the figures. */
export function RejectedList({ rejected, submissions, anonymise }: { rejected: readonly Rejected[]; submissions: readonly Submission[]; anonymise: boolean }) {
  const { t } = useI18n();
  const reason = (item: Rejected): string => {
    if (item.reason !== 'other-challenge') return t(`board.reason.${item.reason}`);
    const text = submissions.find((s) => s.source === item.source)?.text ?? '';
    const parsed = parseResult(text);
    return parsed.ok ? t('board.reason.other-challenge-named', { name: parsed.result.challengeName }) : t('board.reason.other-challenge');
  };
  return (
    <ul className="cc-rejected" data-testid="rejected">
      {rejected.map((item) => (
        <li key={item.source} className="cc-rejected__item" data-reason={item.reason}>
          <code>{item.source}</code>
          {item.player && !anonymise ? <span> ({t('board.from', { player: item.player })})</span> : null}
          <span> — {reason(item)}</span>
        </li>
      ))}
    </ul>
  );
}
