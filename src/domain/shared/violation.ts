/**
 * An expected failure: a stable machine code, a sentence for people, and the path of the field it concerns
 * (dot-separated, e.g. `customer.idNumber`, `vehicle.options.2`). Codes are never renamed or reused.
 */
export interface Violation {
  readonly code: string;
  readonly message: string;
  readonly path: string | null;
}

export function violation(code: string, message: string, path: string | null = null): Violation {
  return { code, message, path };
}
