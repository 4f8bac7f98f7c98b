import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSelfAssessment } from '../factories/call-record-factory';
import { fakeServices } from '../factories/services-factory';
import { renderApp } from './render-app';

async function openForm(services = fakeServices(), language: 'en' | 'fr' = 'en') {
  const user = userEvent.setup();
  const view = renderApp(services, { screen: { name: 'self' }, language });
  await screen.findByRole('button', { name: language === 'en' ? 'Save' : 'Enregistrer' });
  return { user, services, ...view };
}

const group = (name: string) => screen.getByRole('group', { name });

describe('the self-assessment', () => {
  it('asks about each of the twelve skills: its name, what it means, and 1-5 from "not at all" to "very confident"', async () => {
    await openForm();
    expect(screen.getByRole('heading', { level: 1, name: 'Rate yourself' })).toHaveFocus();
    const groups = within(screen.getByRole('region', { name: 'Rate yourself' })).getAllByRole('group');
    expect(groups).toHaveLength(12);
    const opening = group('Call opening');
    expect(opening).toHaveAccessibleDescription('The first seconds set trust: the caller knows they are in the right place.');
    expect(within(opening).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5']);
    expect(within(opening).getByRole('radio', { name: '1 not at all confident' })).not.toBeChecked();
    expect(within(opening).getByRole('radio', { name: '5 very confident' })).toBeInTheDocument();
    expect(screen.getByText(/1 = not at all confident … 5 = very confident/)).toBeInTheDocument();
  });

  it('saves only the skills answered, with an id and the time, then moves on', async () => {
    const { user, services, store } = await openForm();
    services.setNow(Date.UTC(2026, 10, 22, 10, 30));
    await user.click(within(group('Call opening')).getByRole('radio', { name: '4 confident' }));
    await user.click(within(group('Composure & resilience')).getByRole('radio', { name: '5 very confident' }));
    expect(screen.getByText('Rated: 2 of 12.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.getState().screen).toEqual({ name: 'progress' }));
    const saved = await (await services.history()).listSelfAssessments();
    expect(saved).toEqual([{ id: 'id-1', at: Date.UTC(2026, 10, 22, 10, 30), ratings: { ACC: 4, MAI: 5 } }]);
  });

  it('lets an answer be taken back: a cleared skill is not saved', async () => {
    const { user, services } = await openForm();
    await user.click(within(group('Closing')).getByRole('radio', { name: '2 slightly confident' }));
    await user.click(within(group('Call opening')).getByRole('radio', { name: '3 fairly confident' }));
    await user.click(screen.getByRole('button', { name: 'Clear the rating of Closing' }));
    expect(within(group('Closing')).getAllByRole('radio')[0]).toHaveFocus();
    expect(within(group('Closing')).queryByRole('radio', { checked: true })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await (await services.history()).listSelfAssessments())[0]?.ratings).toEqual({ ACC: 3 }));
  });

  it('will not save an empty form: it says to rate one skill or skip', async () => {
    const { user, services, store } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Rate at least one skill, or skip for now.');
    expect(store.getState().screen).toEqual({ name: 'self' });
    expect(await (await services.history()).listSelfAssessments()).toEqual([]);
  });

  it('"Skip for now" stores nothing and moves on', async () => {
    const { user, services, store } = await openForm();
    await user.click(within(group('Call opening')).getByRole('radio', { name: '4 confident' }));
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(store.getState().screen).toEqual({ name: 'today' }); // back home, where the invitation came from
    expect(await (await services.history()).listSelfAssessments()).toEqual([]);
  });

  it('is pre-filled with the latest rating of each skill when re-rating', async () => {
    const services = fakeServices();
    const history = await services.history();
    await history.saveSelfAssessment(fakeSelfAssessment({ id: 'old', at: 1000, ratings: { ACC: 2, CNF: 3 } }));
    await history.saveSelfAssessment(fakeSelfAssessment({ id: 'new', at: 2000, ratings: { ACC: 5 } }));
    const { user } = await openForm(services);
    expect(screen.getByText('Your last answers are filled in: change what has moved.')).toBeInTheDocument();
    expect(within(group('Call opening')).getByRole('radio', { name: '5 very confident' })).toBeChecked();
    expect(within(group('Compliance & identity checks')).getByRole('radio', { name: '3 fairly confident' })).toBeChecked();
    expect(within(group('Closing')).queryByRole('radio', { checked: true })).toBeNull();
    await user.click(within(group('Call opening')).getByRole('radio', { name: '4 confident' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await history.listSelfAssessments()).at(-1)?.ratings).toEqual({ ACC: 4, CNF: 3 }));
  });

  it('works with the keyboard alone: Tab into a skill, arrows to rate, Tab on to the next skill and to Save', async () => {
    const { user, services } = await openForm();
    await user.tab(); // the first radio of the first skill
    const opening = within(group('Call opening')).getAllByRole('radio');
    expect(opening[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(opening[2]).toBeChecked();
    await user.tab(); // its Clear button, now that it is answered
    expect(screen.getByRole('button', { name: 'Clear the rating of Call opening' })).toHaveFocus();
    await user.tab();
    expect(within(group('Discovery & questioning')).getAllByRole('radio')[0]).toHaveFocus();
    for (let i = 0; i < 11; i++) await user.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await (await services.history()).listSelfAssessments())[0]?.ratings).toEqual({ ACC: 3 }));
  });

  it('speaks French', async () => {
    await openForm(fakeServices(), 'fr');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("M'auto-évaluer");
    expect(within(group("Prise d'appel")).getByRole('radio', { name: "5 très à l'aise" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Plus tard' })).toBeInTheDocument();
  });
});
