import type { ChangeFeed, OrderChange } from '../../application/ports/change-feed.js';

/**
 * A change feed that also tells `onCommitted` of the changes this process committed. The runners publish exactly
 * those, once, after their commit; changes arriving from other processes reach only the subscribers.
 */
export class ObservedChangeFeed implements ChangeFeed {
  constructor(
    private readonly inner: ChangeFeed,
    private readonly onCommitted: (changes: readonly OrderChange[]) => void,
  ) {}

  publish(changes: readonly OrderChange[]): void {
    this.onCommitted(changes);
    this.inner.publish(changes);
  }

  subscribe(listener: (change: OrderChange) => void): () => void {
    return this.inner.subscribe(listener);
  }
}
