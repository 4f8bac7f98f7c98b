import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';

beforeEach(() => {
  // A fresh, empty device for every test.
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
