import type { Clock } from '../../application/ports/services.js';

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved: for tests and the demo's replays. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(at: Date): void {
    this.current = new Date(at.getTime());
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}
