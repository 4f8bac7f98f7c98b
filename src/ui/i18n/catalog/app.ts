/** The shell: app name, skip link, language switch. */
import { defineMessages } from '../define-messages';

export const appMessages = defineMessages({
  en: {
    'app.name': 'CallCourt',
    'app.tagline': 'Short daily call drills with a coach’s eye on your blind spots.',
    'app.skipToContent': 'Skip to content',
    'language.label': 'Language',
    'language.fr': 'Français',
    'language.en': 'English',
    'nav.label': 'Sections',
    'nav.library': 'Practice calls',
    'nav.check': 'Try a scenario file',
  },
  fr: {
    'app.name': 'CallCourt',
    'app.tagline': "De courts entraînements quotidiens au téléphone, avec l'œil d'un coach sur vos angles morts.",
    'app.skipToContent': 'Aller au contenu',
    'language.label': 'Langue',
    'language.fr': 'Français',
    'language.en': 'English',
    'nav.label': 'Rubriques',
    'nav.library': "Appels d'entraînement",
    'nav.check': 'Tester un fichier de scénario',
  },
});
