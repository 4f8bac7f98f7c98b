/**
 * Wraps a clock so that a drill can be paused (a real call arrives): while paused, time stands
 * still and no timer fires; on resume, every timer gets back exactly the time it had left.
 */
import type { Clock, TimerHandle } from './clock';

interface Entry {
  due: number;
  fn: () => void;
  baseHandle: TimerHandle | undefined;
}

export class PausableClock implements Clock {
  private pausedAt: number | undefined;
  private pausedTotal = 0;
  private seq = 0;
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly base: Clock) {}

  get paused(): boolean {
    return this.pausedAt !== undefined;
  }

  now(): number {
    return (this.pausedAt ?? this.base.now()) - this.pausedTotal;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const id = ++this.seq;
    const entry: Entry = { due: this.now() + ms, fn, baseHandle: undefined };
    this.entries.set(id, entry);
    if (!this.paused) this.arm(id, entry);
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    const entry = this.entries.get(handle as number);
    if (!entry) return;
    if (entry.baseHandle !== undefined) this.base.clearTimeout(entry.baseHandle);
    this.entries.delete(handle as number);
  }

  pause(): void {
    if (this.paused) return;
    this.pausedAt = this.base.now();
    for (const entry of this.entries.values()) {
      if (entry.baseHandle !== undefined) this.base.clearTimeout(entry.baseHandle);
      entry.baseHandle = undefined;
    }
  }

  resume(): void {
    if (this.pausedAt === undefined) return;
    this.pausedTotal += this.base.now() - this.pausedAt;
    this.pausedAt = undefined;
    for (const [id, entry] of this.entries) this.arm(id, entry);
  }

  private arm(id: number, entry: Entry): void {
    entry.baseHandle = this.base.setTimeout(() => {
      this.entries.delete(id);
      entry.fn();
    }, Math.max(0, entry.due - this.now()));
  }
}
