/** How a call can end. Each final state names one outcome kind; the valence drives the end screen and scoring. */
import type { Localized } from '../i18n/localized';

export const OUTCOME_KINDS = [
  'resolved', 'retained', 'cancelled', 'callback', 'escalated', 'repeat-call', 'complaint', 'lost', 'abandoned',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export type Valence = 'good' | 'mixed' | 'bad';

export const OUTCOMES: Readonly<Record<OutcomeKind, { valence: Valence; label: Localized; description: Localized }>> = {
  resolved: {
    valence: 'good',
    label: { fr: 'Résolu', en: 'Resolved' },
    description: { fr: 'Le besoin est traité dès ce contact.', en: 'The need is met in this contact.' },
  },
  retained: {
    valence: 'good',
    label: { fr: 'Client fidélisé', en: 'Customer retained' },
    description: { fr: 'Le client reste, librement.', en: 'The customer stays, freely.' },
  },
  cancelled: {
    valence: 'good',
    label: { fr: 'Résiliation propre', en: 'Clean cancellation' },
    description: { fr: 'La demande de départ est traitée correctement.', en: 'The request to leave is handled properly.' },
  },
  callback: {
    valence: 'mixed',
    label: { fr: 'Rappel programmé', en: 'Callback booked' },
    description: { fr: 'Une prochaine étape précise est convenue.', en: 'A precise next step is agreed.' },
  },
  escalated: {
    valence: 'mixed',
    label: { fr: 'Escaladé', en: 'Escalated' },
    description: { fr: 'Le dossier part à un niveau supérieur.', en: 'The case goes up a level.' },
  },
  'repeat-call': {
    valence: 'bad',
    label: { fr: 'Rappel du client à prévoir', en: 'Repeat call to come' },
    description: { fr: 'Le problème reste entier : le client rappellera.', en: 'The problem remains: the customer will call again.' },
  },
  complaint: {
    valence: 'bad',
    label: { fr: 'Réclamation', en: 'Complaint' },
    description: { fr: 'Le client se plaint publiquement ou formellement.', en: 'The customer complains publicly or formally.' },
  },
  lost: {
    valence: 'bad',
    label: { fr: 'Client perdu', en: 'Customer lost' },
    description: { fr: 'Le client part chez un concurrent.', en: 'The customer leaves for a competitor.' },
  },
  abandoned: {
    valence: 'bad',
    label: { fr: 'Appel abandonné', en: 'Call abandoned' },
    description: { fr: 'Le client a raccroché.', en: 'The customer hung up.' },
  },
};
