import { describe, expect, it } from 'vitest';
import { parseChallenge, encodeChallenge } from '../../src/core/challenges/challenge';
import { checkChallengeForm, minutesToSeconds, type ChallengeForm } from '../../src/core/challenges/challenge-form';

const NOW = 1_763_800_000_000;
const TODAY = '2026-11-22';

function form(overrides: Partial<ChallengeForm> = {}): ChallengeForm {
  return { name: 'Défi du lundi', calls: ['s1-commande', 's6-attente'], perCallMinutes: '5', totalMinutes: '10', from: '', to: '', ...overrides };
}

const check = (f: ChallengeForm) => checkChallengeForm(f, { createdAt: NOW, today: TODAY });

describe('the challenge form', () => {
  it('makes a challenge the link and the file carry unchanged', () => {
    const result = check(form({ name: '  Défi du lundi ', from: '2026-11-23', to: '2026-11-27' }));
    expect(result).toEqual({
      ok: true,
      challenge: { v: 1, name: 'Défi du lundi', calls: ['s1-commande', 's6-attente'], perCallSeconds: 300, totalSeconds: 600, window: { from: '2026-11-23', to: '2026-11-27' }, createdAt: NOW },
    });
    if (!result.ok) return;
    expect(parseChallenge(encodeChallenge(result.challenge))).toEqual({ ok: true, challenge: result.challenge });
    expect(parseChallenge(JSON.stringify(result.challenge, null, 2))).toEqual({ ok: true, challenge: result.challenge });
  });

  it('has no window when both dates are empty', () => {
    const result = check(form());
    expect(result.ok && result.challenge.window).toBeUndefined();
  });

  it('reads minutes with a point or a comma, and nothing else', () => {
    expect(minutesToSeconds('2,5')).toBe(150);
    expect(minutesToSeconds(' 2.5 ')).toBe(150);
    expect(minutesToSeconds('4')).toBe(240);
    expect(minutesToSeconds('')).toBeNaN();
    expect(minutesToSeconds('-3')).toBeNaN();
    expect(minutesToSeconds('3 min')).toBeNaN();
  });

  it('names the field of each problem', () => {
    expect(check(form({ name: '   ', calls: [], perCallMinutes: 'abc', totalMinutes: '500' }))).toEqual({
      ok: false,
      errors: { name: 'name', calls: 'calls', perCallMinutes: 'per-call', totalMinutes: 'total' },
    });
    expect(check(form({ name: 'x'.repeat(81) }))).toEqual({ ok: false, errors: { name: 'name' } });
    expect(check(form({ calls: Array.from({ length: 11 }, (_, i) => `call-${i}`) }))).toEqual({ ok: false, errors: { calls: 'calls' } });
    expect(check(form({ calls: ['s1-commande', 's1-commande'] }))).toEqual({ ok: false, errors: { calls: 'calls' } });
    expect(check(form({ perCallMinutes: '0.25' }))).toEqual({ ok: false, errors: { perCallMinutes: 'per-call' } });
    expect(check(form({ perCallMinutes: '31' }))).toEqual({ ok: false, errors: { perCallMinutes: 'per-call' } });
  });

  it('checks the fields against each other', () => {
    expect(check(form({ perCallMinutes: '5', totalMinutes: '4' }))).toEqual({ ok: false, errors: { totalMinutes: 'total-shorter' } });
    expect(check(form({ from: '2026-11-23' }))).toEqual({ ok: false, errors: { window: 'window-incomplete' } });
    expect(check(form({ to: '2026-11-23' }))).toEqual({ ok: false, errors: { window: 'window-incomplete' } });
    expect(check(form({ from: '2026-11-27', to: '2026-11-23' }))).toEqual({ ok: false, errors: { window: 'window-order' } });
    expect(check(form({ from: '2026-11-01', to: '2026-11-21' }))).toEqual({ ok: false, errors: { window: 'window-past' } });
    expect(check(form({ from: '2026-11-01', to: TODAY })).ok).toBe(true);
  });
});
