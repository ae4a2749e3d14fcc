/** A quota bucket: how many orders of a model a region may have verified in a month. */
export interface QuotaBucket {
  readonly region: string;
  /** `YYYY-MM` */
  readonly month: string;
  readonly model: string;
  readonly cap: number;
  readonly used: number;
}
