/**
 * Blind spots in plain words: every insight renders as one sentence in French or English, naming the
 * skill, the self-rating, the decisions and how often the best option was chosen, and the measure.
 */
import { describe, expect, it } from 'vitest';
import type { SkillInsight } from '../../src/core/analytics/detect-blind-spots';
import { insightMessage, insightText } from '../../src/core/analytics/insight-message';

const base: SkillInsight = {
  skill: 'ATT', status: 'blind-spot', messageKey: 'blind-spot', selfRating: 5, ratedAt: 0, selfScore: 90, measured: 31.4, gap: 58.6, evidence: 9, bestChosen: 2, calls: 3, minEvidence: 4,
};
const say = (patch: Partial<SkillInsight>) => insightText({ ...base, ...patch });

describe('insight sentences', () => {
  it('describe a blind spot', () => {
    expect(say({})).toEqual({
      en: 'You rate your hold & dead-air control 5/5; in 9 decisions you chose the best option twice (measured 31/100).',
      fr: 'Vous vous notez 5/5 en mise en attente & silences ; sur 9 décisions, vous avez choisi la meilleure option 2 fois (mesuré : 31/100).',
    });
  });

  it('count the best choices in words: never, once, twice, n times', () => {
    expect(say({ bestChosen: 0 }).en).toContain('in 9 decisions you never chose the best option');
    expect(say({ bestChosen: 0 }).fr).toContain("sur 9 décisions, vous n'avez jamais choisi la meilleure option");
    expect(say({ bestChosen: 1 }).en).toContain('chose the best option once');
    expect(say({ bestChosen: 1 }).fr).toContain('la meilleure option 1 fois');
    expect(say({ bestChosen: 7 }).en).toContain('chose the best option 7 times');
  });

  it('describe a hidden strength', () => {
    expect(say({ skill: 'CNF', status: 'hidden-strength', messageKey: 'hidden-strength', selfRating: 2, measured: 91, evidence: 9, bestChosen: 8 })).toEqual({
      en: 'You rate your compliance & identity checks 2/5, yet in 9 decisions you chose the best option 8 times (measured 91/100): a hidden strength.',
      fr: 'Vous vous notez 2/5 en conformité & sécurité, mais sur 9 décisions, vous avez choisi la meilleure option 8 fois (mesuré : 91/100) : un point fort caché.',
    });
  });

  it('describe agreement', () => {
    expect(say({ skill: 'ACC', status: 'aligned', messageKey: 'aligned', selfRating: 4, measured: 80, bestChosen: 7 })).toEqual({
      en: 'You rate your call opening 4/5; in 9 decisions you chose the best option 7 times (measured 80/100): your view matches your calls.',
      fr: "Vous vous notez 4/5 en prise d'appel ; sur 9 décisions, vous avez choisi la meilleure option 7 fois (mesuré : 80/100) : votre regard rejoint vos appels.",
    });
  });

  it('say when there is too little evidence, and how much is needed', () => {
    expect(say({ status: 'not-enough-evidence', messageKey: 'too-little-evidence', evidence: 1, bestChosen: 0 })).toEqual({
      en: 'You rate your hold & dead-air control 5/5; only 1 decision has tested it so far, too few to compare (4 needed).',
      fr: "Vous vous notez 5/5 en mise en attente & silences ; seulement 1 décision porte sur cette compétence pour l'instant, trop peu pour comparer (il en faut 4).",
    });
    expect(say({ status: 'not-enough-evidence', messageKey: 'too-little-evidence', evidence: 3 }).en).toContain('only 3 decisions have tested it');
    expect(say({ status: 'not-enough-evidence', messageKey: 'too-little-evidence', evidence: 3 }).fr).toContain('seulement 3 décisions portent');
    expect(say({ status: 'not-enough-evidence', messageKey: 'no-evidence', evidence: 0, measured: undefined })).toEqual({
      en: 'You rate your hold & dead-air control 5/5; no decision has tested it yet.',
      fr: "Vous vous notez 5/5 en mise en attente & silences ; aucune décision n'a encore porté sur cette compétence.",
    });
  });

  it('invite a self-rating for a skill not rated yet', () => {
    const notRated = { status: 'not-rated', selfRating: undefined, selfScore: undefined, gap: undefined } as const;
    expect(say({ ...notRated, messageKey: 'not-rated', skill: 'MAI', measured: 60, evidence: 5, bestChosen: 3 })).toEqual({
      en: 'You have not rated your composure & resilience yet; in 5 decisions you chose the best option 3 times (measured 60/100).',
      fr: "Pas encore d'auto-évaluation en maîtrise de soi & résilience ; sur 5 décisions, vous avez choisi la meilleure option 3 fois (mesuré : 60/100).",
    });
    expect(say({ ...notRated, messageKey: 'not-rated-no-evidence', evidence: 0, measured: undefined })).toEqual({
      en: 'You have not rated your hold & dead-air control yet, and no decision has tested it.',
      fr: "Pas encore d'auto-évaluation en mise en attente & silences, et aucune décision n'a encore porté sur cette compétence.",
    });
  });

  it('render one language at a time for the UI', () => {
    expect(insightMessage(base, 'fr')).toBe(insightText(base).fr);
    expect(insightMessage(base, 'en')).toBe(insightText(base).en);
  });
});
