/** A plant: builds some models, each with a daily capacity, and ships to regions in a known number of days. */
export interface Plant {
  readonly code: string;
  readonly name: string;
  /** The single character in VIN position 11. */
  readonly vinCode: string;
  readonly timeZone: string;
  /** Vehicles per working day, by model code. */
  readonly dailyCapacity: Readonly<Record<string, number>>;
  /** ISO weekdays the plant builds on (1 = Monday … 7 = Sunday). */
  readonly workingWeekdays: readonly number[];
  /** Days from the plant to each region's dealers, by region code. */
  readonly transitDays: Readonly<Record<string, number>>;
}
