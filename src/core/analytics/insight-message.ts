/**
 * An insight in plain words, in French or English:
 * "You rate your hold & dead-air control 5/5; in 9 decisions you chose the best option twice (measured 31/100)."
 * « Vous vous notez 5/5 en mise en attente & silences ; sur 9 décisions, vous avez choisi la meilleure option 2 fois (mesuré : 31/100). »
 */
import type { Language, Localized } from '../i18n/localized';
import { SKILLS } from '../skills/skills';
import type { SkillInsight } from './detect-blind-spots';

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function english(insight: SkillInsight): string {
  const skill = lowerFirst(SKILLS[insight.skill].label.en);
  const n = insight.evidence;
  const decisions = `${n} decision${n === 1 ? '' : 's'}`;
  const k = insight.bestChosen;
  const times = k === 1 ? 'once' : k === 2 ? 'twice' : `${k} times`;
  const choice = k === 0 ? `in ${decisions} you never chose the best option` : `in ${decisions} you chose the best option ${times}`;
  const measured = `measured ${Math.round(insight.measured ?? 0)}/100`;
  const rate = `You rate your ${skill} ${insight.selfRating ?? '?'}/5`;
  switch (insight.messageKey) {
    case 'blind-spot':
      return `${rate}; ${choice} (${measured}).`;
    case 'hidden-strength':
      return `${rate}, yet ${choice} (${measured}): a hidden strength.`;
    case 'aligned':
      return `${rate}; ${choice} (${measured}): your view matches your calls.`;
    case 'too-little-evidence':
      return `${rate}; only ${decisions} ${n === 1 ? 'has' : 'have'} tested it so far, too few to compare (${insight.minEvidence} needed).`;
    case 'no-evidence':
      return `${rate}; no decision has tested it yet.`;
    case 'not-rated':
      return `You have not rated your ${skill} yet; ${choice} (${measured}).`;
    case 'not-rated-no-evidence':
      return `You have not rated your ${skill} yet, and no decision has tested it.`;
  }
}

function french(insight: SkillInsight): string {
  const skill = lowerFirst(SKILLS[insight.skill].label.fr);
  const n = insight.evidence;
  const decisions = `${n} décision${n > 1 ? 's' : ''}`;
  const k = insight.bestChosen;
  const choice = k === 0 ? `sur ${decisions}, vous n'avez jamais choisi la meilleure option` : `sur ${decisions}, vous avez choisi la meilleure option ${k} fois`;
  const measured = `mesuré : ${Math.round(insight.measured ?? 0)}/100`;
  const rate = `Vous vous notez ${insight.selfRating ?? '?'}/5 en ${skill}`;
  switch (insight.messageKey) {
    case 'blind-spot':
      return `${rate} ; ${choice} (${measured}).`;
    case 'hidden-strength':
      return `${rate}, mais ${choice} (${measured}) : un point fort caché.`;
    case 'aligned':
      return `${rate} ; ${choice} (${measured}) : votre regard rejoint vos appels.`;
    case 'too-little-evidence':
      return `${rate} ; seulement ${decisions} ${n > 1 ? 'portent' : 'porte'} sur cette compétence pour l'instant, trop peu pour comparer (il en faut ${insight.minEvidence}).`;
    case 'no-evidence':
      return `${rate} ; aucune décision n'a encore porté sur cette compétence.`;
    case 'not-rated':
      return `Pas encore d'auto-évaluation en ${skill} ; ${choice} (${measured}).`;
    case 'not-rated-no-evidence':
      return `Pas encore d'auto-évaluation en ${skill}, et aucune décision n'a encore porté sur cette compétence.`;
  }
}

export function insightMessage(insight: SkillInsight, language: Language): string {
  return language === 'fr' ? french(insight) : english(insight);
}

/** The sentence in both interface languages. */
export function insightText(insight: SkillInsight): Localized {
  return { fr: french(insight), en: english(insight) };
}
