import { useEffect } from 'react';

/** Keys of the call screen: digits 1-9 answer; letters drive the phone (H hold, M mute…). */
export type CallKey = { digit: number } | { letter: string };

/** Calls `onKey` for digits and single letters typed anywhere on the page, except in text fields. */
export function useCallKeys(onKey: (key: CallKey) => boolean, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1] ?? /^[1-9]$/.exec(event.key)?.[0];
      const handled = digit ? onKey({ digit: Number(digit) }) : /^[a-z]$/i.test(event.key) ? onKey({ letter: event.key.toLowerCase() }) : false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onKey, enabled]);
}
