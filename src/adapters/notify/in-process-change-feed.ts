import type { ChangeFeed, OrderChange } from '../../application/ports/change-feed.js';

/** Delivers committed changes to the listeners of this process. */
export class InProcessChangeFeed implements ChangeFeed {
  private readonly listeners = new Set<(change: OrderChange) => void>();

  publish(changes: readonly OrderChange[]): void {
    for (const change of changes) {
      for (const listener of this.listeners) {
        try {
          listener(change);
        } catch {
          // One broken listener (a closed stream) must not keep the change from the others.
        }
      }
    }
  }

  subscribe(listener: (change: OrderChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}
