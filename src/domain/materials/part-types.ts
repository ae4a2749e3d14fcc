/** A part in limited supply, such as a panoramic sunroof glass. */
export interface Part {
  readonly code: string;
  readonly name: string;
  /** Units free to be reserved by verified orders. */
  readonly availableUnits: number;
  /** Units held by verified orders. */
  readonly reservedUnits: number;
  /** When the next supply is expected (ISO instant), if known. */
  readonly expectedAt: string | null;
}
