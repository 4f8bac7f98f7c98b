import type { Screen } from '../../store/screen';
import { hashOf } from '../../store/screen';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/i18n-context';

const LINKS: { screen: Screen; label: MessageKey }[] = [
  { screen: { name: 'today' }, label: 'nav.today' },
  { screen: { name: 'library' }, label: 'nav.library' },
  { screen: { name: 'progress' }, label: 'nav.progress' },
  { screen: { name: 'challenges' }, label: 'nav.challenges' },
  { screen: { name: 'check' }, label: 'nav.check' },
  { screen: { name: 'settings' }, label: 'nav.settings' },
];

/** The section a screen belongs to: a drill is part of Today, a played challenge of Team challenges… */
const SECTION: Partial<Record<Screen['name'], Screen['name']>> = { drill: 'today', call: 'library', self: 'progress', board: 'challenges', challenge: 'challenges' };

/** The app's sections, as real links (the URL hash routes). */
export function AppNav({ current }: { current: Screen['name'] }) {
  const { t } = useI18n();
  const section = SECTION[current] ?? current;
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {LINKS.map(({ screen, label }) => (
          <li key={screen.name}>
            <a href={hashOf(screen)} aria-current={section === screen.name ? 'page' : undefined}>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
