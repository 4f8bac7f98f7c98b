import { render } from '@testing-library/react';
import type { StateStorage } from 'zustand/middleware';
import { App } from '../../src/app/app';
import { ServicesContext } from '../../src/ui/shared/services';
import type { Language } from '../../src/core/i18n/localized';
import { createAppStore } from '../../src/store/app-store';
import type { Screen } from '../../src/store/screen';
import type { FakeServices } from '../factories/services-factory';

export function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

export function renderApp(services: FakeServices, options: { language?: Language; screen?: Screen; storage?: StateStorage } = {}) {
  const store = createAppStore({
    language: options.language ?? 'en',
    screen: options.screen ?? { name: 'library' },
    storage: options.storage ?? memoryStorage(),
  });
  const result = render(
    <ServicesContext.Provider value={services}>
      <App store={store} />
    </ServicesContext.Provider>,
  );
  return { ...result, store };
}
