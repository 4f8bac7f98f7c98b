/** The pure view logic of "My skills": chart geometry, chart series, history order, plurals and dates. */
import { describe, expect, it } from 'vitest';
import { detectBlindSpots } from '../../src/core/analytics/detect-blind-spots';
import { progressOf } from '../../src/core/history/progress';
import { DUMBBELL, dumbbellHeight, dumbbellRows, xOf } from '../../src/ui/progress/dumbbell-layout';
import { formatDate, formatDateTime, formatShortDate } from '../../src/ui/shared/format-date';
import { newestFirst } from '../../src/ui/progress/history-order';
import { pluralForm } from '../../src/ui/shared/plural';
import { alignedData, DAY_INCREMENTS, timeRange, trendChoices, trendPoints, trendSummary } from '../../src/ui/progress/trend-series';
import { fakeCallRecord, fakeTally } from '../factories/call-record-factory';

const DAY = 86_400_000;

describe('the dumbbell chart layout', () => {
  it('maps 0-100 onto the plot, pinning values outside the axis to its ends', () => {
    expect(xOf(0)).toBe(DUMBBELL.plotLeft);
    expect(xOf(100)).toBe(DUMBBELL.plotRight);
    expect(xOf(50)).toBe((DUMBBELL.plotLeft + DUMBBELL.plotRight) / 2);
    expect(xOf(-10)).toBe(DUMBBELL.plotLeft);
    expect(xOf(140)).toBe(DUMBBELL.plotRight);
  });

  it('gives one row per insight, in order, with a marker only for what exists', () => {
    const insights = detectBlindSpots({ selfRatings: [{ at: 0, ratings: { ACC: 5 } }], calls: [{ at: 1, skills: { ACC: fakeTally(25, 4), DEC: fakeTally(50, 1) } }] });
    const rows = dumbbellRows(insights);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ skill: 'ACC', status: 'blind-spot', selfX: xOf(90), measuredX: xOf(25) });
    expect(rows[1]).toMatchObject({ skill: 'DEC', status: 'not-rated', measuredX: xOf(50) });
    expect(rows[1]).not.toHaveProperty('selfX');
    expect(rows[2]).not.toHaveProperty('measuredX');
    expect(rows[1]!.y - rows[0]!.y).toBe(DUMBBELL.rowHeight);
    expect(dumbbellHeight(12)).toBeGreaterThan(rows[11]!.y + DUMBBELL.rowHeight / 2);
  });
});

describe('the over-time series', () => {
  const records = [
    fakeCallRecord({ id: 'b', startedAt: 3 * DAY, score: { ...fakeCallRecord().score!, overall: 80.4, skills: { ACC: fakeTally(100) } } }),
    fakeCallRecord({ id: 'a', startedAt: 1 * DAY, score: { ...fakeCallRecord().score!, overall: 40, skills: { ACC: fakeTally(50), MAI: fakeTally(20) } } }),
    fakeCallRecord({ id: 'c', startedAt: 4 * DAY, status: 'interrupted', score: undefined }),
  ];
  const progress = progressOf(records, 5 * DAY, 'UTC');

  it('offers the overall score, then each skill some call tested, in catalogue order', () => {
    expect(trendChoices(progress)).toEqual(['overall', 'ACC', 'MAI']);
  });

  it('gives uPlot seconds and rounded scores, oldest first', () => {
    expect(alignedData(trendPoints(progress, 'overall'))).toEqual([[DAY / 1000, (3 * DAY) / 1000], [40, 80]]);
    expect(alignedData(trendPoints(progress, 'ACC'))).toEqual([[DAY / 1000, (3 * DAY) / 1000], [50, 100]]);
    expect(alignedData([{ at: 2000, score: 1 }, { at: 1000, score: 2 }])).toEqual([[1, 2], [2, 1]]);
  });

  it('sums a series up: how many calls, first, last, lowest and highest', () => {
    expect(trendSummary(trendPoints(progress, 'ACC'))).toEqual({ count: 2, first: 50, last: 100, min: 50, max: 100 });
    expect(trendSummary([])).toBeUndefined();
  });

  it('pads the time axis by at least a day, so a lone call sits mid-chart, and ticks on whole days', () => {
    expect(timeRange(1000, 1000)).toEqual([1000 - 86_400, 1000 + 86_400]);
    const [from, to] = timeRange(0, 100 * 86_400);
    expect([from, to]).toEqual([-5 * 86_400, 105 * 86_400]);
    expect(DAY_INCREMENTS.every((s) => s % 86_400 === 0)).toBe(true);
  });
});

describe('the history list and the words around it', () => {
  it('lists calls newest first without changing its input', () => {
    const input = [fakeCallRecord({ id: 'old', startedAt: 1 }), fakeCallRecord({ id: 'new', startedAt: 2 })];
    expect(newestFirst(input).map((r) => r.id)).toEqual(['new', 'old']);
    expect(input[0]!.id).toBe('old');
  });

  it('picks the plural form each language uses: French counts 0 and 1 as singular', () => {
    expect([0, 1, 2].map((n) => pluralForm('fr', n))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralForm('en', n))).toEqual(['other', 'one', 'other']);
  });

  it("writes dates in the interface language and the wall clock's zone, whatever the host's", () => {
    const at = Date.UTC(2026, 10, 22, 12, 0);
    expect(formatDate(at, 'fr', 'Europe/Paris')).toBe('22 novembre 2026');
    expect(formatDate(at, 'en', 'Europe/Paris')).toBe('November 22, 2026');
    expect(formatDateTime(at, 'fr', 'Europe/Paris')).toBe('22 nov. 2026, 13:00');
    expect(formatDateTime(at, 'en', 'UTC')).toBe('Nov 22, 2026, 12:00 PM');
    // The same instant is already the 23rd in Kiritimati (UTC+14) and still the 22nd in Honolulu.
    expect(formatDate(at, 'en', 'Pacific/Kiritimati')).toBe('November 23, 2026');
    expect(formatDateTime(at, 'fr', 'Pacific/Honolulu')).toBe('22 nov. 2026, 02:00');
    expect(formatShortDate(at, 'fr', 'Asia/Kathmandu')).toBe('22 nov.');
  });
});
