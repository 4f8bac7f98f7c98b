import type { ReactNode } from 'react';
import { useTicker } from './use-ticker';

interface Props {
  /** The call's time now. */
  now: () => number;
  /** Whether time is moving (not paused, not ended). */
  active: boolean;
  children: (time: number) => ReactNode;
}

/**
 * Re-renders only its children on every frame: a countdown or a ring time ticks without the
 * whole call screen rendering sixty times a second.
 */
export function Ticking({ now, active, children }: Props) {
  const time = useTicker(now, active);
  return <>{children(time)}</>;
}
