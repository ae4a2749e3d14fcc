import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhone, normalizeMobilePhone, validateMobilePhone } from './mobile-phone.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('mobile-phone.test.ts');

const PATH = 'customer.phone';

const mobilePhoneArbitrary = fc
  .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }))
  .map(([network, subscriber]) => `1${network}${String(subscriber).padStart(9, '0')}`);

describe('normalizeMobilePhone', () => {
  it.each([
    { raw: '13812345678', normalized: '13812345678' },
    { raw: '19912345678', normalized: '19912345678' },
    { raw: '+8613812345678', normalized: '13812345678' },
    { raw: '8613812345678', normalized: '13812345678' },
    { raw: '+86 138 1234 5678', normalized: '13812345678' },
    { raw: '+86-138-1234-5678', normalized: '13812345678' },
    { raw: '138-1234-5678', normalized: '13812345678' },
    { raw: '138 1234 5678', normalized: '13812345678' },
    { raw: '86 13812345678', normalized: '13812345678' },
    { raw: '  13812345678 ', normalized: '13812345678' },
  ])('reads "$raw" as $normalized', ({ raw, normalized }) => {
    expect(normalizeMobilePhone(raw)).toBe(normalized);
  });

  it.each([
    { why: 'is empty', raw: '' },
    { why: 'has 10 digits', raw: '1381234567' },
    { why: 'has 12 digits', raw: '138123456789' },
    { why: 'starts 12', raw: '12812345678' },
    { why: 'starts 10', raw: '10012345678' },
    { why: 'starts 2', raw: '23812345678' },
    { why: 'is a landline with an area code', raw: '02112345678' },
    { why: 'has another country code', raw: '+8513812345678' },
    { why: 'has a + and no country code', raw: '+13812345678' },
    { why: 'has two country codes', raw: '+86+8613812345678' },
    { why: 'has 86 before a non-mobile number', raw: '8612812345678' },
    { why: 'has two separators in a row', raw: '138--1234-5678' },
    { why: 'ends with a separator', raw: '13812345678-' },
    { why: 'has a letter', raw: '1381234567a' },
    { why: 'has full-width digits', raw: '１３８１２３４５６７８' },
    { why: 'has parentheses', raw: '(+86) 13812345678' },
    { why: 'is a pasted paragraph', raw: `${'1 '.repeat(40)}1` },
  ])('refuses a number that $why', ({ raw }) => {
    expect(normalizeMobilePhone(raw)).toBeNull();
  });

  it('reads every mobile number back from any of the ways people type it', () => {
    const typed = fc.tuple(
      mobilePhoneArbitrary,
      fc.constantFrom('', '86', '+86', '86 ', '+86 ', '+86-'),
      fc.constantFrom('', ' ', '-'),
    );
    fc.assert(
      fc.property(typed, ([phone, prefix, separator]) => {
        const grouped = `${phone.slice(0, 3)}${separator}${phone.slice(3, 7)}${separator}${phone.slice(7)}`;
        expect(normalizeMobilePhone(`${prefix}${grouped}`)).toBe(phone);
      }),
      { seed },
    );
  });
});

describe('validateMobilePhone', () => {
  it('accepts a mobile number with no violation', () => {
    expect(validateMobilePhone('+86 138 1234 5678', PATH)).toEqual([]);
  });

  it.each(['12812345678', '1381234567', 'not a phone', ''])('rejects "%s" with phone_invalid at the path', (raw) => {
    expect(validateMobilePhone(raw, PATH)).toEqual([
      { code: 'phone_invalid', message: expect.any(String), path: PATH },
    ]);
  });
});

describe('maskPhone', () => {
  it.each([
    { phone: '13812345678', masked: '138****5678' },
    { phone: '+86 138 1234 5678', masked: '138****5678' },
    { phone: '19900000001', masked: '199****0001' },
    { phone: '12345', masked: '*****' },
    { phone: '', masked: '' },
  ])('masks "$phone" as "$masked"', ({ phone, masked }) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('keeps the first three and last four digits of every mobile number and hides the four between', () => {
    fc.assert(
      fc.property(mobilePhoneArbitrary, (phone) => {
        expect(maskPhone(phone)).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
      }),
      { seed },
    );
  });
});
