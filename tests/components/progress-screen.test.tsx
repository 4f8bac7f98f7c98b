import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallRecord } from '../../src/core/history/call-record';
import { fakeCallRecord, fakeSelfAssessment, fakeTally } from '../factories/call-record-factory';
import { fakeServices, type FakeServices } from '../factories/services-factory';
import { renderApp } from './render-app';

// uPlot draws on a canvas, which jsdom does not have: record what it is asked to draw instead.
const plots = vi.hoisted(() => [] as { data: unknown; destroyed: boolean }[]);
vi.mock('uplot', () => ({
  default: class {
    record: { data: unknown; destroyed: boolean };
    constructor(_options: unknown, data: unknown) {
      this.record = { data, destroyed: false };
      plots.push(this.record);
    }
    setSize() {}
    destroy() {
      this.record.destroyed = true;
    }
  },
}));

const NOW = Date.UTC(2026, 10, 22, 18, 0);

function scored(id: string, day: number, overrides: Partial<NonNullable<CallRecord['score']>> = {}, extra: Partial<CallRecord> = {}): CallRecord {
  const base = fakeCallRecord();
  return fakeCallRecord({ id, startedAt: Date.UTC(2026, 10, day, 9), endedAt: Date.UTC(2026, 10, day, 9, 4), score: { ...base.score!, ...overrides }, ...extra });
}

/**
 * Three days of practice: composure (MAI) never got the best option in 6 decisions while the agent
 * rates it 5/5; call opening (ACC), rated 4/5, was tested at one decision only.
 */
async function seededServices(): Promise<FakeServices> {
  const services = fakeServices();
  services.setNow(NOW);
  const history = await services.history();
  await history.saveCall(scored('c1', 20, { overall: 40, skills: { MAI: fakeTally(0, 2), ACC: fakeTally(100, 1) } }, { scenarioTitle: 'Où en est ma commande ?' }));
  await history.saveCall(
    scored('c2', 21, { overall: 55, outcome: { kind: 'callback', valence: 'mixed' }, skills: { MAI: fakeTally(0, 2) } }, { scenarioTitle: 'Broadband down', locale: 'en-GB', quickRating: 4 }),
  );
  await history.saveCall(scored('c3', 22, { overall: 0, failed: true, fatal: ['identity-breach'], outcome: { kind: 'lost', valence: 'bad' }, skills: { MAI: fakeTally(0, 2) } }));
  await history.saveCall(fakeCallRecord({ id: 'c4', startedAt: Date.UTC(2026, 10, 22, 11), status: 'interrupted', score: undefined, scenarioTitle: 'Facture contestée' }));
  await history.saveSelfAssessment(fakeSelfAssessment({ id: 's1', at: Date.UTC(2026, 10, 19, 8), ratings: { MAI: 5, ACC: 4 } }));
  return services;
}

async function openProgress(services: FakeServices, language: 'en' | 'fr' = 'en') {
  const user = userEvent.setup();
  const view = renderApp(services, { screen: { name: 'progress' }, language });
  await screen.findByRole('region', { name: language === 'en' ? 'Blind spots and hidden strengths' : 'Angles morts et points forts cachés' });
  return { user, ...view };
}

beforeEach(() => {
  plots.length = 0;
});

describe('My skills: blind spots', () => {
  it('names the over-confident skill first, in plain words', async () => {
    await openProgress(await seededServices());
    const items = within(screen.getByTestId('insights')).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    expect(items[0]).toHaveAttribute('data-status', 'blind-spot');
    expect(items[0]).toHaveTextContent('Blind spot · You rate your composure & resilience 5/5; in 6 decisions you never chose the best option (measured 0/100).');
  });

  it('says when there is not enough evidence, instead of guessing', async () => {
    await openProgress(await seededServices());
    const opening = within(screen.getByTestId('insights'))
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-skill') === 'ACC');
    expect(opening).toHaveAttribute('data-status', 'not-enough-evidence');
    expect(opening).toHaveTextContent('You rate your call opening 4/5; only 1 decision has tested it so far, too few to compare (4 needed).');
  });

  it('draws the dumbbell chart as one image with a summary, and gives the same figures as a table', async () => {
    const { user } = await openProgress(await seededServices());
    const chart = screen.getByRole('img', { name: /^Your rating against the measured score, per skill\. Blind spots: 1; hidden strengths: 0; aligned: 0; not enough evidence: 1; not rated: 10\./ });
    const rows = chart.querySelectorAll('[data-skill]');
    expect([...rows].map((row) => row.getAttribute('data-skill')).slice(0, 2)).toEqual(['MAI', 'ACC']);
    expect(rows[0]!.querySelector('.dumbbell__self')).not.toBeNull();
    expect(rows[0]!.querySelector('.dumbbell__measured')).not.toBeNull();
    expect(rows[0]).toHaveTextContent('Blind spot');

    await user.click(screen.getAllByText('Show the numbers')[0]!);
    const table = screen.getByRole('table', { name: 'Your rating and the measured score, per skill' });
    const [first] = within(table).getAllByRole('row').slice(1);
    expect(within(first!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5/5 (90)', '0', '6', 'Blind spot']);
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('Composure & resilience');
  });

  it('shows the date of the last self-assessment and a way to rate again', async () => {
    const services = await seededServices();
    const { user, store } = await openProgress(services);
    expect(screen.getByTestId('last-rated')).toHaveTextContent('Last self-assessment: November 19, 2026.');
    await user.click(screen.getByRole('button', { name: 'Rate yourself' }));
    expect(store.getState().screen).toEqual({ name: 'self' });
  });

  it('on a new device, says there is nothing yet rather than a chart of nothing', async () => {
    await openProgress(fakeServices());
    expect(screen.getByTestId('last-rated')).toHaveTextContent('You have not rated yourself yet');
    expect(screen.getByText('No scored call yet: play a call to see your skills over time.')).toBeInTheDocument();
    expect(screen.getByText('No call yet.')).toBeInTheDocument();
    expect(screen.getByTestId('figure-played')).toHaveTextContent('0');
  });
});

describe('My skills: progress', () => {
  it('counts calls played, the streak, active days and outcomes', async () => {
    await openProgress(await seededServices());
    expect(screen.getByTestId('figure-played')).toHaveTextContent('3');
    expect(screen.getByTestId('figure-streak')).toHaveTextContent('3 days');
    expect(screen.getByTestId('figure-active-days')).toHaveTextContent('3');
    expect(screen.getByTestId('figure-outcomes')).toHaveTextContent('1 Good outcome1 Partial outcome1 Poor outcome');
    expect(screen.getByText('Interrupted calls').nextElementSibling).toHaveTextContent('1');
  });

  it('charts each skill over time with uPlot, with a sentence and the numbers in a table', async () => {
    const { user } = await openProgress(await seededServices());
    expect(screen.getByTestId('trend-summary')).toHaveTextContent('Overall call score: 3 calls, from 40/100 to 0/100 (lowest 0, highest 55).');
    expect(screen.getByRole('img', { name: /^Overall call score: 3 calls/ })).toBeInTheDocument();
    await vi.waitFor(() => expect(plots.at(-1)?.data).toEqual([[Date.UTC(2026, 10, 20, 9) / 1000, Date.UTC(2026, 10, 21, 9) / 1000, Date.UTC(2026, 10, 22, 9) / 1000], [40, 55, 0]]));

    const select = screen.getByRole('combobox', { name: 'Show' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Overall call score', 'Call opening', 'Composure & resilience']);
    await user.selectOptions(select, 'Call opening');
    expect(screen.getByTestId('trend-summary')).toHaveTextContent('Call opening: one call, 100/100.');
    await vi.waitFor(() => expect(plots.at(-1)?.data).toEqual([[Date.UTC(2026, 10, 20, 9) / 1000], [100]]));
    expect(plots.slice(0, -1).every((p) => p.destroyed)).toBe(true);

    const trend = screen.getByRole('region', { name: 'Each skill over time' });
    await user.click(within(trend).getByText('Show the numbers'));
    const table = within(trend).getByRole('table', { name: 'Call opening, call by call' });
    const cells = within(table).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(1)).toEqual(['Où en est ma commande ?', '100']);
  });

  it('lists the history newest first: when, which call, how it ended, its score and the quick rating', async () => {
    await openProgress(await seededServices());
    const items = within(screen.getByTestId('history')).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-call'))).toEqual(['c4', 'c3', 'c2', 'c1']);
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.UTC(2026, 10, 21, 9));
    expect(items[0]).toHaveTextContent('Facture contestée');
    expect(items[0]).toHaveTextContent('interrupted');
    expect(items[1]).toHaveTextContent('Customer lost · failed: fatal error');
    expect(items[2]).toHaveTextContent(`${date}Broadband downCallback booked · 55/100 · your feeling: 4/5`);
    expect(within(items[2]!).getByText('Broadband down')).toHaveAttribute('lang', 'en-GB');
    expect(items[3]).toHaveTextContent('Resolved · 40/100');
  });

  it('says how many records this version cannot read, and that they are kept', async () => {
    const services = await seededServices();
    const history = await services.history();
    await history.saveCall({ ...fakeCallRecord({ id: 'from-the-future' }), v: 2 } as unknown as CallRecord);
    await openProgress(services);
    expect(screen.getByText('1 record could not be read by this version; it is kept untouched.')).toBeInTheDocument();
    expect(within(screen.getByTestId('history')).getAllByRole('listitem')).toHaveLength(4);
  });

  it('speaks French: sentences, figures, dates', async () => {
    await openProgress(await seededServices(), 'fr');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mes compétences');
    const [first] = within(screen.getByTestId('insights')).getAllByRole('listitem');
    expect(first).toHaveTextContent('Angle mort · Vous vous notez 5/5 en maîtrise de soi & résilience ; sur 6 décisions, vous n\'avez jamais choisi la meilleure option (mesuré : 0/100).');
    expect(screen.getByTestId('figure-streak')).toHaveTextContent('3 jours');
    expect(screen.getByTestId('last-rated')).toHaveTextContent('Dernière auto-évaluation : 19 novembre 2026.');
    expect(screen.getByTestId('trend-summary')).toHaveTextContent('Score global des appels : 3 appels, de 40/100 à 0/100');
  });
});
