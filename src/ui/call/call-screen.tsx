import { useServices } from '../shared/services';
import type { ScenarioCard } from '../../core/scenario/scenario-card';
import { useCallSession } from './use-call-session';
import { useI18n } from '../i18n/i18n-context';
import { CallInProgress } from './call-in-progress';
import type { CallFlow } from './call-flow';

interface Props {
  card: ScenarioCard;
  /** The scenario file's text: from the library, or a file the trainer loaded. */
  loadText: () => Promise<string>;
  visit: number;
  flow: CallFlow;
}

/** Loads the call, then hands over to the live call view (which ends on the end screen). */
export default function CallScreen({ card, loadText, visit, flow }: Props) {
  const services = useServices();
  const { t } = useI18n();
  const session = useCallSession(card, loadText, services, visit, flow.timeLimitMs);
  if (session.status === 'loading') {
    return (
      <p role="status" className="muted">
        {t('call.loading')}
      </p>
    );
  }
  if (session.status === 'error') {
    return (
      <section role="alert">
        <h1>{t('call.loadFailed')}</h1>
        <pre>{session.details.join('\n')}</pre>
        <button type="button" className="button" onClick={(flow.back ?? flow.next).run}>
          {(flow.back ?? flow.next).label}
        </button>
      </section>
    );
  }
  return (
    <CallInProgress
      key={`${card.id}:${visit}`}
      scenario={session.scenario}
      call={session.call}
      audio={session.audio}
      clipFor={session.clipFor}
      sounds={services.sounds}
      flow={flow}
    />
  );
}
