import type { Verification } from '../verification/verification-types.js';

/**
 * The parts a postponed order waits for: the codes of its verification's materials holds. A supply of any of them
 * is the moment to verify the order again.
 */
export function awaitedParts(verification: Verification | null): string[] {
  const codes = new Set<string>();
  for (const line of verification?.checks ?? []) {
    if (line.check !== 'materials' || line.result !== 'hold') continue;
    const part = line.details?.part;
    if (typeof part === 'string' && part !== '') codes.add(part);
  }
  return [...codes].sort();
}
