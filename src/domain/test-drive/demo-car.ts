import { violation, type Violation } from '../shared/violation.js';

/** A car a dealer keeps for test drives. */
export interface DemoCar {
  readonly id: string;
  readonly dealerCode: string;
  readonly model: string;
  readonly trim: string;
  /** Normalised licence plate, e.g. `沪AD12345`. */
  readonly plate: string;
  /** False while the car is away (service, an event): it cannot be booked. */
  readonly available: boolean;
  readonly createdAt: string;
}

/**
 * Mainland plates: a province character, the city letter, then five characters (six for new-energy plates), never
 * I or O. Written with a dot or spaces (`沪A·D12345`); stored without them.
 */
const PLATE_PATTERN = /^[\u4e00-\u9fa5][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}$/u;

/** The stored form of a plate: upper case, without the dot and spaces people write in it. */
export function normalizePlate(raw: string): string {
  return raw.replace(/[\s·.•-]/gu, '').toUpperCase();
}

export function validatePlate(raw: string, path = 'plate'): Violation[] {
  if (PLATE_PATTERN.test(normalizePlate(raw))) return [];
  const message = 'A plate is a province character, a city letter and five or six letters and digits (沪A·D12345).';
  return [violation('plate_invalid', message, path)];
}
