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
    'nav.progress': 'My skills',
    'nav.challenges': 'Team challenges',
    'app.interrupted': 'Your call « {title} » was interrupted before its end (the page was closed or reloaded). It is kept in your history as interrupted.',
    'app.dismiss': 'OK',
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
    'nav.progress': 'Mes compétences',
    'nav.challenges': "Défis d'équipe",
    'app.interrupted': "Votre appel « {title} » a été interrompu avant la fin (page fermée ou rechargée). Il est conservé dans votre historique comme interrompu.",
    'app.dismiss': 'OK',
  },
});
