import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';

// Waiting for a screen is waiting for a positive sign, never a fixed sleep: on a loaded two-core
// machine the first import of a lazily loaded screen can take more than the default second.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  // A fresh, empty device for every test.
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
