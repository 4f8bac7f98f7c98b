import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { toCard } from '../../src/core/scenario/scenario-card';
import { I18nProvider } from '../../src/ui/i18n/i18n-context';
import { LibraryScreen } from '../../src/ui/library/library-screen';
import { AppNav } from '../../src/ui/shell/app-nav';
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
    const item = screen.getByRole('listitem');
    expect(within(item).getByText('Facile')).toBeInTheDocument();
    expect(within(item).getByText("Prise d'appel")).toBeInTheDocument();
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

describe('LibraryScreen filters', () => {
  const other = toCard(
    parseOrThrow(
      fakeScenarioFile({
        meta: { ...(fakeScenarioFile().meta as object), id: 'other-call', title: 'Broadband down', locale: 'en-GB', difficulty: 'hard', skills: ['ACC'] },
      }),
    ),
  );

  it('filters by skill, difficulty and language, and says how many calls are shown', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider language="en">
        <LibraryScreen cards={[card, other]} broken={[]} onStart={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 calls');
    await user.selectOptions(screen.getByLabelText('Language of the call'), 'English');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Broadband down']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 calls');
    await user.selectOptions(screen.getByLabelText('Difficulty'), 'Easy');
    expect(screen.getByText('No call matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Skill'), 'CNF');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Appel de test']);
  });
});

describe('the section navigation', () => {
  it('marks the section of the current screen, a drill or a played challenge included', () => {
    const { rerender } = render(
      <I18nProvider language="en">
        <AppNav current="board" />
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'Team challenges' })).toHaveAttribute('aria-current', 'page');
    rerender(
      <I18nProvider language="en">
        <AppNav current="drill" />
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Team challenges' })).not.toHaveAttribute('aria-current');
  });
});
