import { describe, expect, it } from 'vitest';
import { depositProblems } from './deposit-problems.js';
import { toLocalInputValue } from './local-time.js';
import { centsToYuanText, parseYuan } from './money-input.js';
import { E7, X9 } from './test-models.js';

const NOW = new Date('2026-12-04T04:00:00Z');
const yuan = (cents: number) => `¥${cents / 100}`;

describe('amounts typed in yuan', () => {
  it.each([
    ['5000', 500_000],
    ['5,000', 500_000],
    ['¥ 5000.5', 500_050],
    ['12,345.67', 1_234_567],
    ['0', 0],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseYuan(text)).toBe(cents);
  });

  it.each(['', 'abc', '-5', '5.123', '5,00', '1e5', '9'.repeat(30)])('refuses %j', (text) => {
    expect(parseYuan(text)).toBeNull();
  });

  it('writes cents back the way a dealer types them', () => {
    expect(centsToYuanText(500_000)).toBe('5000');
    expect(centsToYuanText(500_005)).toBe('5000.05');
    expect(parseYuan(centsToYuanText(1_234_567))).toBe(1_234_567);
  });
});

describe('the deposit as the order form checks it', () => {
  const paid = { amountYuan: '5000', paidAt: toLocalInputValue('2026-12-03T02:00:00Z'), reference: 'PAY-1' };
  const keys = (deposit: Partial<typeof paid>, model = E7) =>
    depositProblems({ ...paid, ...deposit }, model, NOW, yuan).map((problem) => `${problem.key}@${problem.path}`);

  it('accepts the minimum deposit, paid, with a reference', () => {
    expect(keys({})).toEqual([]);
  });

  it("holds a deposit to the chosen model's minimum and names it", () => {
    expect(keys({}, X9)).toEqual(['problem.deposit_below_minimum@deposit.amountCents']);
    const [problem] = depositProblems(paid, X9, NOW, yuan);
    expect(problem?.params).toEqual({ model: 'Aurora X9', amount: '¥10000' });
  });

  it('refuses an amount that is not one, a payment in the future and a missing reference', () => {
    expect(keys({ amountYuan: 'five' })).toEqual(['problem.amount_invalid@deposit.amountCents']);
    expect(keys({ paidAt: toLocalInputValue('2026-12-05T02:00:00Z') })).toEqual([
      'problem.deposit_paid_in_future@deposit.paidAt',
    ]);
    expect(keys({ paidAt: '' })).toEqual(['problem.paid_at_invalid@deposit.paidAt']);
    expect(keys({ reference: '  ' })).toEqual(['problem.deposit_reference_missing@deposit.reference']);
  });
});
