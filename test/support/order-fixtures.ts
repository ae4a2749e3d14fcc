import { residentIdCheckCharacter } from '../../src/domain/identity/resident-id.js';

/** A valid adult resident ID, different for every `n` (up to 365,000 of them). */
export function residentId(n: number): string {
  const day = new Date(Date.UTC(1985, 0, 1) + Math.floor(n / 1000) * 86_400_000);
  const birth = day.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `310115${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

export interface OrderBody {
  customer: { name: string; phone: string; idType: string; idNumber: string; language?: string };
  vehicle: { model: string; trim: string; options: string[] };
  deposit: { amountCents: number; paidAt: string; reference: string };
  special?: { reason: string };
}

/** An order the demo verifies at once: an E7 in white with a black interior, deposit paid. */
export function validOrder(n = 1, overrides: Partial<OrderBody> = {}): OrderBody {
  return {
    customer: {
      name: '张三',
      phone: `1380013${String(n % 10_000).padStart(4, '0')}`,
      idType: 'resident_id',
      idNumber: residentId(n),
    },
    vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-19'] },
    deposit: { amountCents: 500_000, paidAt: '2026-12-03T10:00:00+08:00', reference: `PAY-${n}` },
    ...overrides,
  };
}
