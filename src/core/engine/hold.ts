/**
 * One hold: its own timers on the call's clock (so a drill pause freezes them too), while the
 * scenario's timers wait. A check-back falls due every `checkBackMs` from the start of the hold;
 * each one missed is reported; at `limitMs` the customer hangs up. Taking the customer back
 * (or transferring, or hanging up) stops the hold.
 */
import type { HoldNorms } from '../scenario/phone-controls';
import type { Clock, TimerHandle } from './clock';

export interface HoldView {
  /** Call time (ms since ring) when the hold started. */
  since: number;
  /** The customer had agreed to the hold (the state carried the `hold-agreed` tag). */
  agreed: boolean;
  /** Check-backs missed so far in this hold. */
  missedCheckBacks: number;
  /** Call time of the next check-back the agent should make (at most the hang-up deadline). */
  checkBackDeadline: number;
  /** Call time when the customer hangs up if still on hold. */
  hangUpDeadline: number;
  /** The norms these deadlines come from. */
  checkBackMs: number;
  limitMs: number;
}

export interface HoldCallbacks {
  /** A check-back deadline passed; `missed` counts this one. */
  onCheckBackMissed(missed: number): void;
  /** The hold limit passed: the customer hangs up. */
  onLimit(): void;
}

export interface Hold {
  readonly since: number;
  readonly agreed: boolean;
  readonly missed: number;
  view(): HoldView;
  /** Stops the hold's timers (the hold is over). */
  stop(): void;
}

/** `clock` is the call's clock and `since` its call time now. */
export function startHold(clock: Clock, since: number, agreed: boolean, norms: HoldNorms, callbacks: HoldCallbacks): Hold {
  let missed = 0;
  let checkTimer: TimerHandle | undefined;
  const nextCheckBack = () => since + (missed + 1) * norms.checkBackMs;
  const hangUpDeadline = since + norms.limitMs;

  const armCheckBack = () => {
    // A check-back due at or after the limit is never missed: the customer has hung up by then.
    checkTimer = nextCheckBack() < hangUpDeadline ? clock.setTimeout(checkBackMissed, norms.checkBackMs) : undefined;
  };
  function checkBackMissed(): void {
    missed += 1;
    armCheckBack();
    callbacks.onCheckBackMissed(missed);
  }
  armCheckBack();
  const limitTimer = clock.setTimeout(() => {
    stop();
    callbacks.onLimit();
  }, norms.limitMs);

  function stop(): void {
    if (checkTimer !== undefined) clock.clearTimeout(checkTimer);
    clock.clearTimeout(limitTimer);
    checkTimer = undefined;
  }

  return {
    since,
    agreed,
    get missed() {
      return missed;
    },
    view: () => ({
      since,
      agreed,
      missedCheckBacks: missed,
      checkBackDeadline: Math.min(nextCheckBack(), hangUpDeadline),
      hangUpDeadline,
      checkBackMs: norms.checkBackMs,
      limitMs: norms.limitMs,
    }),
    stop,
  };
}
