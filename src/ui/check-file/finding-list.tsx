import type { Finding } from '../../core/scenario/finding';
import { formatJsonPath } from '../../core/scenario/finding';
import { useI18n } from '../i18n/i18n-context';

/** Findings as the CLI prints them: position, severity, code, message and JSON path. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useI18n();
  return (
    <ul className="findings">
      {findings.map((finding, index) => (
        <li key={index} className={`finding finding--${finding.severity}`}>
          <span className="finding__where">
            {finding.line}:{finding.column}
          </span>{' '}
          <span className="finding__severity">{t(`check.severity.${finding.severity}`)}</span>{' '}
          <code className="finding__code">{finding.code}</code> <span className="finding__message">{finding.message}</span>
          {finding.path.length > 0 ? <span className="finding__path"> ({formatJsonPath(finding.path)})</span> : null}
        </li>
      ))}
    </ul>
  );
}
