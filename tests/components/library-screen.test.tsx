import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { toCard } from '../../src/core/scenario/scenario-card';
import { I18nProvider } from '../../src/ui/i18n/i18n-context';
import { LibraryScreen } from '../../src/ui/screens/library-screen';
import { fakeScenarioFile, parseOrThrow } from '../factories/scenario-factory';

const card = toCard(parseOrThrow(fakeScenarioFile()));

describe('LibraryScreen', () => {
  it('shows each call as a card: title, caller, summary, difficulty, length, language and skills', () => {
    render(
      <I18nProvider language="en">
        <LibraryScreen cards={[card]} broken={[]} onStart={() => {}} />
      </I18nProvider>,
    );
    const item = screen.getByRole('listitem');
    expect(within(item).getByRole('heading', { name: 'Appel de test' })).toHaveAttribute('lang', 'fr-FR');
    expect(item).toHaveTextContent('Karine, Acheteuse');
    expect(item).toHaveTextContent('Un appel pour les tests.');
    expect(item).toHaveTextContent('Easy');
    expect(item).toHaveTextContent('~2 min');
    expect(item).toHaveTextContent('French');
    expect(item).toHaveTextContent('Call opening');
    expect(item).toHaveTextContent('Compliance & identity checks');
  });

  it('speaks French when the interface is French', () => {
    render(
      <I18nProvider language="fr">
        <LibraryScreen cards={[card]} broken={[]} onStart={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("Appels d'entraînement");
    expect(screen.getByText('Facile')).toBeInTheDocument();
    expect(screen.getByText("Prise d'appel")).toBeInTheDocument();
  });

  it('starts a call from its button', async () => {
    const onStart = vi.fn();
    render(
      <I18nProvider language="en">
        <LibraryScreen cards={[card]} broken={[]} onStart={onStart} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Start call: Appel de test' }));
    expect(onStart).toHaveBeenCalledWith(card);
  });

  it('shows why a broken file cannot be loaded', () => {
    render(
      <I18nProvider language="en">
        <LibraryScreen cards={[]} broken={[{ file: 'scenarios/x.json', errors: ['scenarios/x.json:3:5  error  unknown-target  target state "b" does not exist'] }]} onStart={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('scenarios/x.json:3:5 error unknown-target target state "b" does not exist');
  });
});
