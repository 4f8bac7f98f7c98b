/**
 * localStorage for small settings, behind zustand's StateStorage. Private modes and full disks
 * throw on access: then settings simply live for the session instead of breaking the app.
 */
import type { StateStorage } from 'zustand/middleware';

export function safeLocalStorage(): StateStorage {
  const memory = new Map<string, string>();
  const store = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })();
  return {
    getItem: (key) => {
      try {
        return store ? store.getItem(key) : (memory.get(key) ?? null);
      } catch {
        return memory.get(key) ?? null;
      }
    },
    setItem: (key, value) => {
      memory.set(key, value);
      try {
        store?.setItem(key, value);
      } catch {
        /* kept in memory */
      }
    },
    removeItem: (key) => {
      memory.delete(key);
      try {
        store?.removeItem(key);
      } catch {
        /* nothing stored */
      }
    },
  };
}
