import { useEffect, useState } from 'react';

/**
 * Re-reads `read()` on every animation frame while `active`, for countdowns. Only the component
 * that shows the number re-renders; the call screen does not.
 */
export function useTicker<T>(read: () => T, active: boolean): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    if (!active) return;
    let frame = 0;
    const tick = () => {
      setValue(read());
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [read, active]);
  return active ? value : read();
}
