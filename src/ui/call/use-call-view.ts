import { useSyncExternalStore } from 'react';
import type { Call } from '../../core/engine/call';
import type { CallView } from '../../core/engine/call-view';

/** Re-renders on every change of the running call; the engine's view object is immutable per change. */
export function useCallView(call: Call): CallView {
  return useSyncExternalStore(call.subscribe, call.getView);
}
