import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeServices } from '../factories/services-factory';
import { fakeScenarioFile, toText } from '../factories/scenario-factory';
import { renderApp } from './render-app';

function file(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

async function openChecker(services = fakeServices()) {
  const user = userEvent.setup();
  const view = renderApp(services, { screen: { name: 'check' } });
  const input = await screen.findByLabelText('Choose scenario files (.json)', {}, { timeout: 10_000 });
  return { user, input, ...view };
}

describe('trying a scenario file in the app', () => {
  it('shows the same findings as the CLI for a broken file, with line and column, and no play button', async () => {
    const { user, input } = await openChecker();
    const text = readFileSync('tests/fixtures/checker/unreachable-state.json', 'utf8');
    await user.upload(input, file('unreachable-state.json', text));
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { name: 'unreachable-state.json' })).toBeInTheDocument();
    expect(article).toHaveTextContent('1 error(s), 0 warning(s).');
    expect(within(article).getByRole('listitem')).toHaveTextContent(
      '55:5 error unreachable-state state "callback-offer" cannot be reached: no path from the start ("greet") leads to it ($.states["callback-offer"])',
    );
    expect(within(article).queryByRole('button')).not.toBeInTheDocument();
  });

  it('reports invalid JSON with its position', async () => {
    const { user, input } = await openChecker();
    await user.upload(input, file('broken.json', '{\n  "initial": "a",\n  "meta": {,\n}'));
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('listitem')).toHaveTextContent('3:12 error json-syntax invalid JSON: expected a value');
    expect(within(article).queryByRole('button')).not.toBeInTheDocument();
  });

  it('flags a recording that the app cannot load', async () => {
    const scenario = fakeScenarioFile();
    ((scenario.states as Record<string, { meta: { line: Record<string, string> } }>).greet!.meta.line).audio = 'audio/recorded/nope.ogg';
    const { user, input } = await openChecker(fakeServices({ existingFiles: [] }));
    await user.upload(input, file('test-call.json', toText(scenario)));
    const article = await screen.findByRole('article');
    expect(article).toHaveTextContent('missing-audio');
  });

  it('shows the figures of a sound file, and plays it', async () => {
    const { user, input, store } = await openChecker();
    const scenario = fakeScenarioFile({ meta: { ...(fakeScenarioFile().meta as object), id: 'tried-call', title: 'Essai du formateur' } });
    await user.upload(input, file('tried-call.json', toText(scenario)));
    const article = await screen.findByRole('article');
    expect(article).toHaveTextContent('5 states (2 decision, 3 final), 5 options in all.');
    expect(within(article).getByRole('table', { name: 'Outcomes and the simple paths to each' })).toHaveTextContent('Resolved');
    await user.click(within(article).getByRole('button', { name: 'Play this call: Essai du formateur' }));
    expect(store.getState().screen).toEqual({ name: 'call', scenarioId: 'tried-call' });
    await user.click(await screen.findByRole('button', { name: 'Pick up' }, { timeout: 10_000 }));
    expect(screen.getByText('Bonjour, ma commande ?')).toBeInTheDocument();
  });
});
