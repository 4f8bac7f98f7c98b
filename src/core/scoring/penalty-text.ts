/** Plain words for each time or phone penalty and warning, in French and English, for the debrief. */
import type { Language, Localized } from '../i18n/localized';
import { SKILLS } from '../skills/skills';
import { CHECK_BACK_MAX_MS, CHECK_BACK_MIN_MS, PICKUP_LIMIT_MS } from './norms';
import type { Penalty, TimeWarning } from './score-types';

/** Seconds with at most one decimal, in the language's style: 12.5 s / 12,5 s. */
export function seconds(ms: number, language: Language): string {
  const value = Math.round(ms / 100) / 10;
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${language === 'fr' ? text.replace('.', ',') : text} s`;
}

function both(make: (lang: Language) => string): Localized {
  return { fr: make('fr'), en: make('en') };
}

export function penaltyText(penalty: Penalty): Localized {
  const skill = SKILLS[penalty.skill].label;
  const s = (ms: number | undefined, lang: Language) => seconds(ms ?? 0, lang);
  const cost = (lang: Language) =>
    lang === 'fr' ? `−${penalty.points} sur 2 en ${skill.fr.toLowerCase()}` : `−${penalty.points} of 2 on ${skill.en.toLowerCase()}`;
  switch (penalty.rule) {
    case 'slow-pickup': {
      const past4th = (penalty.limitMs ?? 0) >= PICKUP_LIMIT_MS;
      return both((lang) =>
        lang === 'fr'
          ? `Décroché après ${s(penalty.actualMs, lang)} : la norme est avant la ${past4th ? '4e' : '3e'} sonnerie (${s(penalty.limitMs, lang)}) (${cost(lang)}).`
          : `Picked up after ${s(penalty.actualMs, lang)}: the norm is before the ${past4th ? '4th' : '3rd'} ring (${s(penalty.limitMs, lang)}) (${cost(lang)}).`,
      );
    }
    case 'unanswered':
      return both((lang) =>
        lang === 'fr'
          ? `Personne n'a décroché : le téléphone a sonné ${s(penalty.actualMs, lang)} (${cost(lang)}).`
          : `Nobody picked up: the phone rang for ${s(penalty.actualMs, lang)} (${cost(lang)}).`,
      );
    case 'hesitation':
      return both((lang) =>
        lang === 'fr'
          ? `Réponse après ${s(penalty.actualMs, lang)}, au-delà du temps de lecture (${s(penalty.limitMs, lang)}), face à un client sous tension ou pressé (${cost(lang)}).`
          : `Answered after ${s(penalty.actualMs, lang)}, past the reading time (${s(penalty.limitMs, lang)}), with a tense or hurried customer (${cost(lang)}).`,
      );
    case 'dead-air':
      return both((lang) =>
        lang === 'fr'
          ? `${s(penalty.actualMs, lang)} de silence inexpliqué après le temps de lecture ; pénalité dès ${s(penalty.limitMs, lang)} (${cost(lang)}).`
          : `${s(penalty.actualMs, lang)} of unexplained silence past the reading time; penalised from ${s(penalty.limitMs, lang)} (${cost(lang)}).`,
      );
    case 'timeout':
      return both((lang) =>
        lang === 'fr'
          ? `Pas de réponse en ${s(penalty.actualMs, lang)} : le client n'a pas attendu plus (${cost(lang)}).`
          : `No answer in ${s(penalty.actualMs, lang)}: the customer would not wait any longer (${cost(lang)}).`,
      );
    case 'agent-hung-up':
      return both((lang) =>
        lang === 'fr'
          ? `Vous avez raccroché avant la fin de l'appel : laissez le client raccrocher le premier (${cost(lang)}).`
          : `You hung up before the call was over: let the caller hang up first (${cost(lang)}).`,
      );
    case 'unasked-hold':
      return both((lang) =>
        lang === 'fr'
          ? `Mise en attente sans l'accord du client : demandez la permission, annoncez une durée et attendez son « oui » (${cost(lang)}).`
          : `Put on hold without the customer's agreement: ask permission, give a time and wait for a yes (${cost(lang)}).`,
      );
    case 'missed-check-back': {
      const range = (lang: Language) => `${s(CHECK_BACK_MIN_MS, lang).replace(/ s$/, '')}${lang === 'fr' ? ' à ' : '–'}${s(CHECK_BACK_MAX_MS, lang)}`;
      const late = (penalty.actualMs ?? 0) > CHECK_BACK_MAX_MS;
      return both((lang) =>
        lang === 'fr'
          ? `${s(penalty.actualMs, lang)} en attente sans nouvelles${late ? ", au-delà d'une minute" : ''} : revenez vers le client toutes les ${range(lang)} (${cost(lang)}).`
          : `${s(penalty.actualMs, lang)} on hold without a word${late ? ', past a minute' : ''}: check back every ${range(lang)} (${cost(lang)}).`,
      );
    }
    case 'hung-up-on-hold': {
      const held = (lang: Language) => (penalty.actualMs !== undefined ? (lang === 'fr' ? ` après ${s(penalty.actualMs, lang)}` : ` after ${s(penalty.actualMs, lang)}`) : '');
      return both((lang) =>
        lang === 'fr'
          ? `Laissé en attente, le client a raccroché${held(lang)} : au-delà d'une minute, reprenez-le et proposez de le rappeler (${cost(lang)}).`
          : `Left on hold, the customer hung up${held(lang)}: past a minute, take them back and offer a callback (${cost(lang)}).`,
      );
    }
    case 'cold-transfer':
      return both((lang) =>
        lang === 'fr'
          ? `Transfert direct, sans présenter le dossier au collègue : le client doit tout réexpliquer, comme 56 % des clients (HBR) (${cost(lang)}).`
          : `Cold transfer, without briefing the colleague: the customer has to explain everything again, as 56% of customers do (HBR) (${cost(lang)}).`,
      );
  }
}

export function warningText(warning: TimeWarning): Localized {
  return both((lang) =>
    lang === 'fr'
      ? `${seconds(warning.actualMs, lang)} de silence après le temps de lecture : annoncez ce que vous faites (avertissement dès ${seconds(warning.limitMs, lang)}, sans pénalité).`
      : `${seconds(warning.actualMs, lang)} of silence past the reading time: say what you are doing (a warning from ${seconds(warning.limitMs, lang)}, no points lost).`,
  );
}
