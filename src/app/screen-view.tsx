import { lazy } from 'react';
import type { AppStore } from '../store/app-store';
import type { Screen } from '../store/screen';
import { LibraryScreen } from '../ui/library/library-screen';
import { TodayScreen } from '../ui/today/today-screen';
import { PracticeCall } from '../ui/call/practice-call';
import { useServices } from '../ui/shared/services';

// Everything but the home screen and the library loads on demand.
const CheckFileScreen = lazy(() => import('../ui/check-file/check-file-screen'));
const ProgressScreen = lazy(() => import('../ui/progress/progress-screen'));
const DrillScreen = lazy(() => import('../ui/today/drill-screen'));
const SettingsScreen = lazy(() => import('../ui/settings/settings-screen'));
const ChallengesScreen = lazy(() => import('../ui/challenges/challenges-screen'));
const ChallengePlayScreen = lazy(() => import('../ui/challenges/challenge-play-screen'));
const TeamBoardScreen = lazy(() => import('../ui/challenges/team-board-screen'));
const SelfAssessmentScreen = lazy(() => import('../ui/self-assessment/self-assessment-screen'));

interface Props {
  screen: Screen;
  visit: number;
  store: AppStore;
}

/** The screen for the current route, wired to where each of its ways out leads. */
export function ScreenView({ screen, visit, store }: Props) {
  const services = useServices();
  const { go, addUpload } = store.getState();
  switch (screen.name) {
    case 'today':
      return <TodayScreen store={store} onRate={() => go({ name: 'self' })} />;
    case 'library':
      return <LibraryScreen cards={services.cards} broken={services.broken} onStart={(c) => go({ name: 'call', scenarioId: c.id })} />;
    case 'call':
      return <PracticeCall scenarioId={screen.scenarioId} />;
    case 'drill':
      return <DrillScreen key={visit} store={store} />;
    case 'check':
      return (
        <CheckFileScreen
          onPlay={(checked) => {
            addUpload(checked);
            go({ name: 'call', scenarioId: checked.card.id });
          }}
        />
      );
    case 'progress':
      return <ProgressScreen onRateYourself={() => go({ name: 'self' })} />;
    case 'self':
      return <SelfAssessmentScreen onDone={() => go({ name: 'progress' })} onSkip={() => go({ name: 'today' })} />;
    case 'settings':
      return <SettingsScreen />;
    case 'challenges':
      return <ChallengesScreen />;
    case 'challenge':
      return <ChallengePlayScreen key={`${screen.code}:${visit}`} code={screen.code} />;
    case 'board':
      return <TeamBoardScreen />;
  }
}
