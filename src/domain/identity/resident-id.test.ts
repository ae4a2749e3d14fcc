import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import {
  ageOn,
  birthDateOfResidentId,
  normalizeResidentId,
  residentIdCheckCharacter,
  validateResidentId,
} from './resident-id.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('resident-id.test.ts');

const TODAY = '2026-05-15';
const PATH = 'customer.idNumber';
/** The province codes as the brief lists them, kept apart from the implementation's table on purpose. */
const PROVINCE_CODES = [
  ...['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'],
  ...['71', '81', '82', '83', '91'],
];
const ID_CHARACTERS = '0123456789X';

/** A resident ID whose check character is right, so a test can break exactly one other rule. */
function residentId(first17: string): string {
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

/** Beijing Dongcheng, born on `birth` (`YYYYMMDD`), sequence 123. */
function bornOn(birth: string): string {
  return residentId(`110101${birth}123`);
}

function codes(idNumber: string, today = TODAY): readonly string[] {
  return validateResidentId(idNumber, today, PATH).map((found) => found.code);
}

function plusDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

const provinceArbitrary = fc.constantFrom(...PROVINCE_CODES);
const areaArbitrary = fc.integer({ min: 0, max: 9999 }).map((area) => String(area).padStart(4, '0'));
/** Adults on TODAY: born from 1900 up to exactly 18 years before it. */
const adultBirthDateArbitrary = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2008-05-15T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10).replaceAll('-', ''));
const sequenceArbitrary = fc.integer({ min: 0, max: 999 }).map((sequence) => String(sequence).padStart(3, '0'));
const validResidentIdArbitrary = fc
  .tuple(provinceArbitrary, areaArbitrary, adultBirthDateArbitrary, sequenceArbitrary)
  .map(([province, area, birth, sequence]) => residentId(`${province}${area}${birth}${sequence}`));

describe('residentIdCheckCharacter', () => {
  // Sums worked out by hand: Σ digit × weight, then '10X98765432'[sum mod 11].
  it.each([
    { first17: '11010519491231002', sum: 167, expected: 'X' },
    { first17: '44052418800101001', sum: 195, expected: '4' },
    { first17: '31011520000229123', sum: 172, expected: '5' },
    { first17: '00000000000000000', sum: 0, expected: '1' },
    { first17: '00000000000000001', sum: 2, expected: 'X' },
    { first17: '10000000000000000', sum: 7, expected: '5' },
  ])('gives $expected for $first17 (weighted sum $sum)', ({ first17, expected }) => {
    expect(residentIdCheckCharacter(first17)).toBe(expected);
  });

  it.each(['1101051949123100', '110105194912310021', '1101051949123100X', ''])(
    'refuses "%s", which is not 17 digits, as a bug in the caller',
    (first17) => {
      expect(() => residentIdCheckCharacter(first17)).toThrow(InvariantError);
    },
  );
});

describe('validateResidentId', () => {
  it.each(['11010519491231002X', '11010519491231002x', '310115200002291235', bornOn('20080515')])(
    'accepts the valid resident ID %s',
    (idNumber) => {
      expect(validateResidentId(idNumber, TODAY, PATH)).toEqual([]);
    },
  );

  it('reports a violation with its code, a sentence and the path it was given', () => {
    expect(validateResidentId('110105194912310021', TODAY, 'buyer.document')).toEqual([
      {
        code: 'id_number_checksum',
        message: expect.stringMatching(/check character/),
        path: 'buyer.document',
      },
    ]);
  });

  it.each([
    { why: 'is empty', idNumber: '', code: 'id_number_length' },
    { why: 'has 17 characters', idNumber: '11010519491231002', code: 'id_number_length' },
    { why: 'has 19 characters', idNumber: '11010519491231002X1', code: 'id_number_length' },
    { why: 'is a 15-digit first-generation number', idNumber: '110105491231002', code: 'id_number_length' },
    { why: 'ends in a letter other than X', idNumber: '11010519491231002Y', code: 'id_number_format' },
    { why: 'has an X before the last place', idNumber: '1101051949123100X2', code: 'id_number_format' },
    { why: 'holds a space', idNumber: '110105 949123100 2', code: 'id_number_format' },
    { why: 'holds a hyphen', idNumber: '110105-9491231002X', code: 'id_number_format' },
    { why: 'holds full-width digits', idNumber: '１１0105194912310024', code: 'id_number_format' },
    { why: 'starts with a letter', idNumber: 'A1010519491231002X', code: 'id_number_format' },
    { why: 'starts with province 00', idNumber: residentId('00010519491231002'), code: 'id_number_region' },
    { why: 'starts with province 10', idNumber: residentId('10010519491231002'), code: 'id_number_region' },
    { why: 'starts with province 99', idNumber: residentId('99010519491231002'), code: 'id_number_region' },
    { why: 'has a wrong check digit', idNumber: '110105194912310021', code: 'id_number_checksum' },
    { why: 'has X where 5 belongs', idNumber: '31011520000229123X', code: 'id_number_checksum' },
    { why: 'has two swapped digits', idNumber: '11010519491231020X', code: 'id_number_checksum' },
    { why: 'is born on 29 February 1900', idNumber: bornOn('19000229'), code: 'id_number_birth_date' },
    { why: 'is born on 30 February', idNumber: bornOn('20000230'), code: 'id_number_birth_date' },
    { why: 'is born in month 13', idNumber: bornOn('19991301'), code: 'id_number_birth_date' },
    { why: 'is born on day 00', idNumber: bornOn('19990100'), code: 'id_number_birth_date' },
    { why: 'is born on 31 April', idNumber: bornOn('19990431'), code: 'id_number_birth_date' },
    { why: 'is born before 1900', idNumber: bornOn('18991231'), code: 'id_number_birth_date' },
    { why: 'is born in 1880 (the standard’s example)', idNumber: '440524188001010014', code: 'id_number_birth_date' },
    { why: 'is born tomorrow', idNumber: bornOn('20260516'), code: 'id_number_birth_date' },
    { why: 'is born in year 0000', idNumber: bornOn('00000101'), code: 'id_number_birth_date' },
    { why: 'is born one day too late to be 18', idNumber: bornOn('20080516'), code: 'id_number_minor' },
    { why: 'is born today', idNumber: bornOn('20260515'), code: 'id_number_minor' },
    { why: 'is 10 years old', idNumber: bornOn('20160101'), code: 'id_number_minor' },
  ])('rejects a resident ID that $why with $code alone', ({ idNumber, code }) => {
    expect(codes(idNumber)).toEqual([code]);
  });

  it('reports every independent rule a resident ID breaks, region, check character and birth date together', () => {
    expect(codes('990105194902310021')).toEqual(['id_number_region', 'id_number_checksum', 'id_number_birth_date']);
  });

  it.each(PROVINCE_CODES)('accepts province %s', (province) => {
    expect(codes(residentId(`${province}010519491231002`))).toEqual([]);
  });

  it.each(
    Array.from({ length: 100 }, (_, code) => String(code).padStart(2, '0')).filter(
      (code) => !PROVINCE_CODES.includes(code),
    ),
  )('rejects province %s, which no division uses', (province) => {
    expect(codes(residentId(`${province}010519491231002`))).toEqual(['id_number_region']);
  });

  it('accepts a holder born on a leap day once they are 18', () => {
    expect(codes(bornOn('20000229'), '2018-03-01')).toEqual([]);
  });

  it('treats a holder born on 29 February as 18 only from 1 March in a common year', () => {
    expect(codes(bornOn('20000229'), '2018-02-28')).toEqual(['id_number_minor']);
  });

  it('accepts someone who turns 18 exactly today and refuses someone born one day later', () => {
    expect(codes(bornOn('20080515'), '2026-05-15')).toEqual([]);
    expect(codes(bornOn('20080516'), '2026-05-15')).toEqual(['id_number_minor']);
  });

  it.each(['2026-5-15', '2026-02-30', '15/05/2026', ''])('refuses today "%s" as a bug in the caller', (today) => {
    expect(() => validateResidentId('11010519491231002X', today, PATH)).toThrow(InvariantError);
  });

  it('accepts every generated adult resident ID', () => {
    fc.assert(
      fc.property(validResidentIdArbitrary, (idNumber) => {
        expect(codes(idNumber)).toEqual([]);
      }),
      { seed },
    );
  });

  it('rejects every resident ID with one character changed to another digit or X', () => {
    const changed = fc
      .tuple(validResidentIdArbitrary, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }))
      .map(([original, index, shift]) => {
        // Shifting by 1–10 in the 11-character alphabet always lands on another character.
        const replacement = ID_CHARACTERS.charAt((ID_CHARACTERS.indexOf(original.charAt(index)) + shift) % 11);
        return {
          index,
          replacement,
          idNumber: `${original.slice(0, index)}${replacement}${original.slice(index + 1)}`,
        };
      });
    fc.assert(
      fc.property(changed, ({ index, replacement, idNumber }) => {
        const found = codes(idNumber);
        // A digit's weight is never a multiple of 11 and two digits differ by less than 11, so the sum moves.
        const expected = index < 17 && replacement === 'X' ? 'id_number_format' : 'id_number_checksum';
        expect(found).toContain(expected);
      }),
      { seed },
    );
  });

  it('flags as a minor everyone born less than 18 years before today', () => {
    const minorBirth = fc
      .date({ min: new Date('2008-05-16T00:00:00Z'), max: new Date('2026-05-15T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10).replaceAll('-', ''));
    fc.assert(
      fc.property(minorBirth, (birth) => {
        expect(codes(bornOn(birth))).toEqual(['id_number_minor']);
      }),
      { seed },
    );
  });
});

describe('normalizeResidentId', () => {
  it.each([
    { raw: '11010519491231002x', normalized: '11010519491231002X' },
    { raw: '11010519491231002X', normalized: '11010519491231002X' },
    { raw: '310115200002291235', normalized: '310115200002291235' },
  ])('turns $raw into $normalized', ({ raw, normalized }) => {
    expect(normalizeResidentId(raw)).toBe(normalized);
  });
});

describe('birthDateOfResidentId', () => {
  it.each([
    { idNumber: '11010519491231002X', birthDate: '1949-12-31' },
    { idNumber: '310115200002291235', birthDate: '2000-02-29' },
    { idNumber: '440524188001010014', birthDate: '1880-01-01' },
    { idNumber: bornOn('19000229'), birthDate: null },
    { idNumber: bornOn('20231301'), birthDate: null },
    { idNumber: '1101051949123100', birthDate: null },
    { idNumber: '110105ABCD1231002X', birthDate: null },
  ])('reads $birthDate from $idNumber', ({ idNumber, birthDate }) => {
    expect(birthDateOfResidentId(idNumber)).toBe(birthDate);
  });
});

describe('ageOn', () => {
  it.each([
    { birthDate: '2008-05-15', today: '2026-05-15', age: 18 },
    { birthDate: '2008-05-16', today: '2026-05-15', age: 17 },
    { birthDate: '2000-02-29', today: '2018-02-28', age: 17 },
    { birthDate: '2000-02-29', today: '2018-03-01', age: 18 },
    { birthDate: '2000-02-29', today: '2024-02-29', age: 24 },
    { birthDate: '1949-12-31', today: '2026-05-15', age: 76 },
    { birthDate: '2026-05-15', today: '2026-05-15', age: 0 },
  ])('makes someone born $birthDate $age on $today', ({ birthDate, today, age }) => {
    expect(ageOn(birthDate, today)).toBe(age);
  });

  it.each([
    { birthDate: '2026-05-16', today: '2026-05-15' },
    { birthDate: '2000-02-30', today: '2026-05-15' },
    { birthDate: '2000-01-01', today: '20260515' },
  ])('refuses birth date $birthDate on $today as a bug in the caller', ({ birthDate, today }) => {
    expect(() => ageOn(birthDate, today)).toThrow(InvariantError);
  });

  it('grows by exactly one each time a whole year passes', () => {
    const dates = fc
      .tuple(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 40_000 }),
      )
      .map(([birth, days]) => {
        const birthDate = birth.toISOString().slice(0, 10);
        return { birthDate, today: plusDays(birthDate, days) };
      });
    fc.assert(
      fc.property(dates, ({ birthDate, today }) => {
        const age = ageOn(birthDate, today);
        const tomorrow = ageOn(birthDate, plusDays(today, 1));
        expect(tomorrow - age === 0 || tomorrow - age === 1).toBe(true);
        expect(age).toBeGreaterThanOrEqual(0);
      }),
      { seed },
    );
  });
});
