/** "Hear yourself": recording the agent's answer, and replaying it in the debrief. */
import { defineMessages } from '../define-messages';

export const recordMessages = defineMessages({
  en: {
    'record.start': 'Say your answer',
    'record.stop': 'Stop recording',
    'record.hint': 'Say your answer out loud, then pick the closest option.',
    'record.recording': 'Recording… press R to stop, or pick an option.',
    'record.recorded': 'Recorded ({seconds} s). Now pick the closest option.',
    'record.problem.unsupported': 'This browser cannot record: the call goes on without recording.',
    'record.problem.denied': 'The microphone was refused: the call goes on without recording. You can allow it in the browser’s site settings.',
    'record.problem.missing': 'No microphone found: the call goes on without recording.',
    'record.problem.failed': 'The microphone could not start: the call goes on without recording.',
    'record.yours': 'What you said',
    'record.delete': "Delete this call's recordings",
    'record.deleted': 'Recordings deleted.',
  },
  fr: {
    'record.start': 'Dire ma réponse',
    'record.stop': "Arrêter l'enregistrement",
    'record.hint': "Dites votre réponse à voix haute, puis choisissez l'option la plus proche.",
    'record.recording': 'Enregistrement… appuyez sur R pour arrêter, ou choisissez une option.',
    'record.recorded': "Enregistré ({seconds} s). Choisissez maintenant l'option la plus proche.",
    'record.problem.unsupported': "Ce navigateur ne peut pas enregistrer : l'appel continue sans enregistrement.",
    'record.problem.denied': "Le micro a été refusé : l'appel continue sans enregistrement. Vous pouvez l'autoriser dans les réglages du site du navigateur.",
    'record.problem.missing': "Aucun micro trouvé : l'appel continue sans enregistrement.",
    'record.problem.failed': "Le micro n'a pas pu démarrer : l'appel continue sans enregistrement.",
    'record.yours': 'Ce que vous avez dit',
    'record.delete': 'Supprimer les enregistrements de cet appel',
    'record.deleted': 'Enregistrements supprimés.',
  },
});
