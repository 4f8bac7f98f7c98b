/** The settings screen: sound, the customer's voice for lines without a recording, hearing yourself. */
import { defineMessages } from '../define-messages';

export const settingsMessages = defineMessages({
  en: {
    'nav.settings': 'Settings',
    'settings.title': 'Settings',
    'settings.sound': 'Sound',
    'settings.volume': 'Volume',
    'settings.soundOff': 'Sound off (captions only)',
    'settings.voice': "The customer's voice",
    'settings.voiceIntro': 'Every line is always captioned. Lines have a recorded or generated clip; for a line without one:',
    'settings.voiceSpeech': "Read it with the browser's voice, when it has one for the call's language",
    'settings.voiceCaption': 'Caption only',
    'settings.voicesHere': 'This browser has {fr} French and {en} English voice(s).',
    'settings.hearYourself': 'Hear yourself',
    'settings.answerOutLoud': 'Answer out loud: record what I say at each decision, then pick the closest option',
    'settings.hearYourselfNote': 'Recordings stay on this device, are kept with the call, and are replayed in the debrief next to the best answer. They are never uploaded.',
    'settings.deleteRecordings': 'Delete all my recordings',
    'settings.recordingsDeleted': '{count} recording(s) deleted.',
  },
  fr: {
    'nav.settings': 'Réglages',
    'settings.title': 'Réglages',
    'settings.sound': 'Son',
    'settings.volume': 'Volume',
    'settings.soundOff': 'Son coupé (sous-titres seulement)',
    'settings.voice': 'La voix du client',
    'settings.voiceIntro': "Chaque réplique est toujours sous-titrée. Les répliques ont un enregistrement ou un clip généré ; pour une réplique qui n'en a pas :",
    'settings.voiceSpeech': "La lire avec la voix du navigateur, s'il en a une pour la langue de l'appel",
    'settings.voiceCaption': 'Sous-titre seulement',
    'settings.voicesHere': 'Ce navigateur a {fr} voix française(s) et {en} voix anglaise(s).',
    'settings.hearYourself': "S'entendre",
    'settings.answerOutLoud': "Répondre à voix haute : enregistrer ce que je dis à chaque décision, puis choisir l'option la plus proche",
    'settings.hearYourselfNote': "Les enregistrements restent sur cet appareil, sont gardés avec l'appel et réécoutés dans le débriefing à côté de la meilleure réponse. Ils ne sont jamais envoyés.",
    'settings.deleteRecordings': 'Supprimer tous mes enregistrements',
    'settings.recordingsDeleted': '{count} enregistrement(s) supprimé(s).',
  },
});
