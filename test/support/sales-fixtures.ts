/** Monday 7 December 2026 in Shanghai: a working day three days after the test clock's Friday noon. */
export const MONDAY = '2026-12-07';

/** An instant on Monday at a Shanghai wall-clock time (`10:00` → `2026-12-07T02:00:00.000Z`). */
export function mondayAt(time: string): string {
  return new Date(`${MONDAY}T${time}:00+08:00`).toISOString();
}

/** A lead body the demo stores: a Shanghai customer who consents to be contacted. */
export function leadBody(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `王芳${n}`,
    phone: `139${String(n % 100_000_000).padStart(8, '0')}`,
    contactConsent: true,
    ...overrides,
  };
}
