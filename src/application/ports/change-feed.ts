/** An event that a committed transaction appended to an order's history. */
export interface OrderChange {
  readonly orderId: string;
  readonly dealerCode: string;
  readonly seq: number;
  readonly type: string;
  readonly at: string;
  /** The order's status after the change. */
  readonly status: string;
}

/**
 * Committed order changes, as they happen: live tracking pages and other listeners subscribe. Only changes whose
 * transaction committed are published, each once per process.
 */
export interface ChangeFeed {
  publish(changes: readonly OrderChange[]): void;
  /** Returns the function that ends the subscription. */
  subscribe(listener: (change: OrderChange) => void): () => void;
}
