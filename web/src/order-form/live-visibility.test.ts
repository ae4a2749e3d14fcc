import { describe, expect, it } from 'vitest';
import { fieldOfPath, problemsByField } from './form-problem.js';
import { problemsVisible } from './live-visibility.js';

const fresh = { touched: new Set<string>(), submitted: false };

describe('when the order form shows a field’s problems', () => {
  it('waits until a number is typed in full, then checks it as typed', () => {
    expect(problemsVisible('customer.phone', '1380013', fresh)).toBe(false);
    expect(problemsVisible('customer.phone', '12800138000', fresh)).toBe(true);
    expect(problemsVisible('customer.phone', '+86 1380013', fresh)).toBe(false);
    expect(problemsVisible('customer.idNumber', '31011519900115', fresh)).toBe(false);
    expect(problemsVisible('customer.idNumber', '310115199001151234', fresh)).toBe(true);
  });

  it('shows other fields once they are left, and every field once submitting is tried', () => {
    expect(problemsVisible('customer.name', '', fresh)).toBe(false);
    expect(problemsVisible('customer.name', '', { touched: new Set(['customer.name']), submitted: false })).toBe(true);
    expect(problemsVisible('deposit.reference', '', { ...fresh, submitted: true })).toBe(true);
  });
});

describe('the field an API path names', () => {
  it.each([
    ['vehicle.options.3', 'vehicle.options'],
    ['body.customer.idNumber', 'customer.idNumber'],
    ['deposit.amountCents', 'deposit.amountCents'],
    ['special', 'special.reason'],
    [null, ''],
  ])('puts %s on %s', (path, field) => {
    expect(fieldOfPath(path)).toBe(field);
  });

  it('groups problems by field', () => {
    const grouped = problemsByField([
      { path: 'vehicle.options.1' },
      { path: 'vehicle.options.4' },
      { path: 'customer.phone' },
    ]);
    expect([...grouped.keys()]).toEqual(['vehicle.options', 'customer.phone']);
    expect(grouped.get('vehicle.options')).toHaveLength(2);
  });
});
