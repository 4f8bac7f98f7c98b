/** Keeps the URL hash and the store's screen in step: links, reloads and the back button work. */
import type { AppStore } from '../store/app-store';
import { hashOf, screenFromHash } from '../store/screen';

export function syncHash(store: AppStore): () => void {
  const unsubscribe = store.subscribe((state, previous) => {
    const hash = hashOf(state.screen);
    if (state.screen !== previous.screen && window.location.hash !== hash) window.location.hash = hash;
  });
  const onHashChange = () => {
    const screen = screenFromHash(window.location.hash);
    if (hashOf(screen) !== hashOf(store.getState().screen)) store.getState().go(screen);
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
