/**
 * The twelve phone skills CallCourt trains and scores (see docs/skills.md for sources).
 * Data only: scenarios, scoring, the checker and the UI all read skills from here.
 */
import type { Localized } from '../i18n/localized';

export const SKILL_IDS = [
  'ACC', 'DEC', 'ECO', 'EMP', 'LAN', 'ATT', 'TRF', 'RES', 'REC', 'CNF', 'CON', 'MAI',
] as const;

export type SkillId = (typeof SKILL_IDS)[number];

/** QA scorecard sections; a call's overall score weighs them like typical QA grids do. */
export type ScorecardSection = 'opening' | 'listening' | 'resolution' | 'relationship' | 'compliance' | 'closing';

export interface Skill {
  id: SkillId;
  label: Localized;
  definition: Localized;
  /** What an assessor hears when the skill is there. */
  behaviours: Localized<readonly string[]>;
  section: ScorecardSection;
}

export const SKILLS: Readonly<Record<SkillId, Skill>> = {
  ACC: {
    id: 'ACC',
    label: { fr: "Prise d'appel", en: 'Call opening' },
    definition: {
      fr: "Les premières secondes installent la confiance : l'appelant sait qu'il est au bon endroit.",
      en: 'The first seconds set trust: the caller knows they are in the right place.',
    },
    behaviours: {
      fr: ['Nom du service et son propre nom dans la salutation', 'Ton souriant (SBAM)', 'Pas de « C\'est pour quoi ? »', 'Décroche vite'],
      en: ['Company or team and own name in the greeting', 'Warm tone', 'No "What is it about?"', 'Answers fast'],
    },
    section: 'opening',
  },
  DEC: {
    id: 'DEC',
    label: { fr: 'Découverte & questionnement', en: 'Discovery & questioning' },
    definition: {
      fr: "Obtient le vrai besoin avec un entonnoir de questions.",
      en: 'Gets the real need with a funnel of questions.',
    },
    behaviours: {
      fr: ['Question ouverte, puis questions fermées pour valider', 'Une question à la fois', 'Pas de questions orientées ou multiples'],
      en: ['Open question, then closed questions to validate', 'One question at a time', 'No leading or stacked questions'],
    },
    section: 'listening',
  },
  ECO: {
    id: 'ECO',
    label: { fr: 'Écoute active & reformulation', en: 'Active listening & paraphrase' },
    definition: {
      fr: "Montre qu'il a compris et lève les ambiguïtés.",
      en: 'Shows understanding and removes ambiguity.',
    },
    behaviours: {
      fr: ["N'interrompt pas", 'Note les faits', '« Si je résume… » avant d\'agir', 'Pauses courtes et volontaires'],
      en: ['Does not interrupt', 'Notes the facts', '"If I sum up…" before acting', 'Short, deliberate pauses'],
    },
    section: 'listening',
  },
  EMP: {
    id: 'EMP',
    label: { fr: 'Empathie & désamorçage', en: 'Empathy & de-escalation' },
    definition: {
      fr: "Reconnaît l'émotion et les faits, sans promettre ni reconnaître une faute.",
      en: 'Acknowledges the emotion and the facts without promising or admitting fault.',
    },
    behaviours: {
      fr: ['Laisse le client vider son sac', "Nomme l'impact", 'Évite « calmez-vous », « oui, mais » et un « je vous comprends » sec'],
      en: ['Lets the customer vent', 'Names the impact', 'Avoids "calm down", "yes, but" and a bare "I understand"'],
    },
    section: 'relationship',
  },
  LAN: {
    id: 'LAN',
    label: { fr: 'Langage positif & précis', en: 'Positive, precise language' },
    definition: {
      fr: 'Dit ce qui peut être fait, avec des dates.',
      en: 'Says what can be done, with dates.',
    },
    behaviours: {
      fr: ['Évite « pas de souci », « je ne sais pas », « vous devez », « dès que possible »', '« Je vérifie et je vous rappelle avant 16 h »'],
      en: ['Avoids "no worries", "I don\'t know", "you have to", "as soon as possible"', '"I\'ll check and call you back before 4 pm"'],
    },
    section: 'relationship',
  },
  ATT: {
    id: 'ATT',
    label: { fr: 'Mise en attente & silences', en: 'Hold & dead-air control' },
    definition: {
      fr: "Un silence n'est jamais inexpliqué.",
      en: 'Silence is never unexplained.',
    },
    behaviours: {
      fr: ['Demande la permission et annonce une durée', 'Reprend le client toutes les 30 à 60 s', 'Remercie au retour', 'Propose un rappel si l\'attente est longue'],
      en: ['Asks permission and gives a duration', 'Checks back every 30-60 s', 'Thanks on return', 'Offers a callback if the wait is long'],
    },
    section: 'resolution',
  },
  TRF: {
    id: 'TRF',
    label: { fr: 'Transfert & continuité', en: 'Transfer & warm hand-off' },
    definition: {
      fr: "Le client n'a jamais à se répéter.",
      en: 'The customer never repeats themselves.',
    },
    behaviours: {
      fr: ['Explique pourquoi et vers qui avant de transférer', 'Transfert chaud avec résumé au collègue', 'Reprend l\'appel si le collègue est indisponible'],
      en: ['Explains why and to whom before transferring', 'Warm transfer with a summary to the colleague', 'Comes back if the colleague is unavailable'],
    },
    section: 'resolution',
  },
  RES: {
    id: 'RES',
    label: { fr: 'Traitement & résolution', en: 'Resolution & ownership' },
    definition: {
      fr: 'Résout dès le premier contact ou s\'engage sur une prochaine étape précise.',
      en: 'Solves in one contact or commits to a precise next step.',
    },
    behaviours: {
      fr: ['Réponse exacte ou options', 'Anticipe le prochain problème', 'Porte le suivi avec un nom et une heure'],
      en: ['Accurate answer or options', 'Deals with the next likely issue', 'Owns the follow-up with a name and a time'],
    },
    section: 'resolution',
  },
  REC: {
    id: 'REC',
    label: { fr: 'Réclamation & cadrage assertif', en: 'Complaint handling & boundaries' },
    definition: {
      fr: 'Un traitement structuré de la réclamation et des limites fermes et respectueuses.',
      en: 'A structured complaint process plus firm, respectful limits.',
    },
    behaviours: {
      fr: ['Accuse réception', "S'excuse au nom de l'entreprise", 'DESC face à l\'agressivité', 'Escalade au-delà de son autorité'],
      en: ['Acknowledges receipt', "Apologises in the company's name", 'DESC when the customer is abusive', 'Escalates beyond their authority'],
    },
    section: 'relationship',
  },
  CNF: {
    id: 'CNF',
    label: { fr: 'Conformité & sécurité', en: 'Compliance & identity checks' },
    definition: {
      fr: 'Protège les données et respecte le droit de la consommation.',
      en: 'Protects data and respects consumer law.',
    },
    behaviours: {
      fr: ['« Pour votre sécurité… » avant toute donnée du compte', 'Données minimales', "Pas d'obstruction à la résiliation"],
      en: ['"For your security…" before any account data', 'Minimal data', 'No obstruction of cancellation'],
    },
    section: 'compliance',
  },
  CON: {
    id: 'CON',
    label: { fr: 'Prise de congé', en: 'Closing' },
    definition: {
      fr: 'Laisse une trace claire et partagée.',
      en: 'Leaves a clear, shared record.',
    },
    behaviours: {
      fr: ['Récapitule (quoi, qui, quand, référence)', '« Puis-je faire autre chose ? »', 'Salutation personnalisée'],
      en: ['Recaps what, who, when and the reference', '"Is there anything else?"', 'Personalised goodbye'],
    },
    section: 'closing',
  },
  MAI: {
    id: 'MAI',
    label: { fr: 'Maîtrise de soi & résilience', en: 'Composure & resilience' },
    definition: {
      fr: "Reste stable face à l'agressivité et à la pression du temps.",
      en: 'Stays steady under aggression and time pressure.',
    },
    behaviours: {
      fr: ['Le ton ne monte pas', 'Ne le prend pas personnellement', 'La qualité tient après un appel difficile'],
      en: ['Tone does not escalate', 'Does not take it personally', 'Quality holds after a hard call'],
    },
    section: 'relationship',
  },
};

export function isSkillId(value: string): value is SkillId {
  return (SKILL_IDS as readonly string[]).includes(value);
}
