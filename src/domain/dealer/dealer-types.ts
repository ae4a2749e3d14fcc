/** A sales region: quota buckets are per region, and the region's time zone decides an order's month. */
export interface Region {
  readonly code: string;
  readonly name: string;
  /** IANA time zone, e.g. `Asia/Shanghai`. */
  readonly timeZone: string;
}

/** A franchised dealer (4S store). */
export interface Dealer {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly phone: string;
  readonly city: string;
  /** Model codes the dealer is franchised to sell. */
  readonly models: readonly string[];
}
