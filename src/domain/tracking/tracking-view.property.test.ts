import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeMobilePhone } from '../identity/mobile-phone.js';
import { ORDER_STATUSES } from '../order/order-status.js';
import type { Customer, Language, Order } from '../order/order-types.js';
import { CHECK_NAMES, type CheckOutcome } from '../verification/verification-types.js';
import { TEST_DEALER, TEST_ORDER, verificationOf } from './test-order.js';
import { trackingView, type TrackingInput } from './tracking-view.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('tracking-view.property.test.ts');

const FAMILY_NAMES = ['张', '王', '李', '赵', '欧阳', '司马', '𠮷', '黄', '周'];
const GIVEN_NAME_CHARACTERS = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕'];
const LETTER = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzÀÉÖß');
const DIGIT = fc.constantFrom(...'0123456789');
const ID_CHARACTER = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY');

const chineseName = fc
  .tuple(
    fc.constantFrom(...FAMILY_NAMES),
    fc.array(fc.constantFrom(...GIVEN_NAME_CHARACTERS), { minLength: 1, maxLength: 3 }),
  )
  .map(([family, given]) => family + given.join(''));
const latinWord = fc
  .tuple(LETTER, fc.array(LETTER, { maxLength: 9 }))
  .map(([first, rest]) => first.toUpperCase() + rest.join(''));
/** Initials only (`J R`): a word-by-word mask would hide nothing of them. */
const initials = fc.array(LETTER, { minLength: 2, maxLength: 3 }).map((letters) => letters.join(' ').toUpperCase());
const latinName = fc.oneof(
  fc.array(latinWord, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
  initials,
);
/** Anything typed into a name field, except `*`: a name made of mask characters cannot be masked. */
const typedName = fc.string({ unit: 'grapheme', minLength: 2, maxLength: 30 }).filter((name) => !name.includes('*'));

const mobile = fc
  .tuple(fc.constantFrom(...'3456789'), fc.array(DIGIT, { minLength: 9, maxLength: 9 }))
  .map(([network, rest]) => `1${network}${rest.join('')}`);
const phone = fc.oneof(
  mobile,
  mobile.map((number) => `+86 ${number.slice(0, 3)}-${number.slice(3, 7)}-${number.slice(7)}`),
  mobile.map((number) => `86${number}`),
  fc.array(DIGIT, { minLength: 5, maxLength: 15 }).map((digits) => digits.join('')),
);

const residentId = fc
  .tuple(fc.array(DIGIT, { minLength: 17, maxLength: 17 }), fc.constantFrom(...'0123456789X'))
  .map(([body, check]) => body.join('') + check);
const passport = fc.array(ID_CHARACTER, { minLength: 5, maxLength: 17 }).map((characters) => characters.join(''));
const creditCode = fc.array(ID_CHARACTER, { minLength: 18, maxLength: 18 }).map((characters) => characters.join(''));

const customer: fc.Arbitrary<Customer> = fc.oneof(
  fc.record({
    name: fc.oneof(chineseName, typedName),
    phone,
    idType: fc.constant('resident_id' as const),
    idNumber: residentId,
    language: fc.constantFrom<Language>('zh-CN', 'en'),
  }),
  fc.record({
    name: fc.oneof(latinName, typedName),
    phone,
    idType: fc.constant('passport' as const),
    idNumber: passport,
    language: fc.constantFrom<Language>('zh-CN', 'en'),
  }),
  fc.record({
    name: fc.oneof(chineseName, latinName),
    phone,
    idType: fc.constant('company' as const),
    idNumber: creditCode,
    language: fc.constantFrom<Language>('zh-CN', 'en'),
  }),
);

const CODES = [
  'part_short',
  'quota_exhausted',
  'quota_not_allocated',
  'special_option',
  'dealer_flagged',
  'company_buyer',
  'duplicate_active_order',
  'phone_invalid',
  'id_number_checksum',
  'deposit_below_minimum',
  'option_excludes',
  'ok',
];

/** Check lines whose messages and details quote the customer, as a careless check might. */
function linesQuoting(person: Customer): fc.Arbitrary<CheckOutcome[]> {
  const line = fc.record({
    check: fc.constantFrom(...CHECK_NAMES),
    result: fc.constantFrom('pass' as const, 'fail' as const, 'hold' as const, 'review' as const),
    code: fc.constantFrom(...CODES),
    message: fc.constant(`${person.name} ${person.phone} ${person.idNumber}`),
    path: fc.constantFrom(null, 'customer.idNumber', 'customer.phone'),
    details: fc.constantFrom(
      { part: 'GLASS-PANO', expectedAt: '2026-05-01T00:00:00.000Z' },
      { part: 'RIM-21', expectedAt: null, buyer: person.idNumber },
      { suggestions: [] },
    ),
  });
  return fc.array(line, { maxLength: 6 });
}

const scenario = customer.chain((person) =>
  fc.record({
    customer: fc.constant(person),
    status: fc.constantFrom(...ORDER_STATUSES),
    lines: linesQuoting(person),
    special: fc.constantFrom(null, { reason: `VIP ${person.name}, ID ${person.idNumber}` }),
    hasVin: fc.boolean(),
    eventTypes: fc.array(fc.constantFrom(...ORDER_STATUSES, 'edited', 'reallocated'), { maxLength: 8 }),
    language: fc.constantFrom<Language>('zh-CN', 'en'),
  }),
);

function inputOf(order: Order, eventTypes: readonly string[]): TrackingInput {
  const events = eventTypes.map((type, index) => ({
    seq: index + 1,
    type,
    at: `2026-03-0${(index % 9) + 1}T02:00:00.000Z`,
  }));
  return { order, dealer: TEST_DEALER, modelName: 'Aurora E7', trimName: 'Long Range', events };
}

/** Every string anywhere in a value, as a reader of the page's JSON would see them once parsed. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** What must never show: the name when it is more than its first character, the phone in any form, the ID number. */
function secretsOf(person: Customer): string[] {
  const name = person.name.trim();
  const national = normalizeMobilePhone(person.phone);
  return [
    ...(Array.from(name).length > 1 ? [name] : []),
    person.phone.trim(),
    ...(national === null ? [] : [national]),
    person.idNumber,
  ];
}

describe('trackingView for any order', () => {
  it('never shows the full name, the full phone or the ID number', () => {
    const anonymous: Customer = { ...TEST_ORDER.customer, name: '', phone: '', idNumber: '' };
    fc.assert(
      fc.property(scenario, (generated) => {
        const order: Order = {
          ...TEST_ORDER,
          status: generated.status,
          customer: generated.customer,
          special: generated.special,
          verification: verificationOf('rejected', generated.lines),
          deposit: { ...TEST_ORDER.deposit, reference: generated.customer.idNumber },
          vin: generated.hasVin ? 'LA9E7SB12T0000123' : null,
        };
        const view = trackingView(inputOf(order, generated.eventTypes), generated.language);
        const json = JSON.stringify(view);
        const shown = stringsIn(JSON.parse(json));
        // A secret the same page shows for a customer with no data at all (a name like "Long") is not a leak.
        const baselineView = trackingView(
          inputOf({ ...order, customer: anonymous }, generated.eventTypes),
          generated.language,
        );
        const baselineJson = JSON.stringify(baselineView);
        const baseline = stringsIn(baselineView);
        for (const secret of secretsOf(generated.customer)) {
          const escaped = JSON.stringify(secret).slice(1, -1);
          if (baseline.some((text) => text.includes(secret)) || baselineJson.includes(escaped)) continue;
          expect(shown.filter((text) => text.includes(secret))).toEqual([]);
          expect(json).not.toContain(escaped);
        }
      }),
      { seed, numRuns: 500 },
    );
  });

  it('always lists the six steps in order, at most one of them current', () => {
    fc.assert(
      fc.property(scenario, (generated) => {
        const order: Order = { ...TEST_ORDER, status: generated.status, customer: generated.customer };
        const view = trackingView(inputOf(order, generated.eventTypes), generated.language);
        expect(view.stages.map((stage) => stage.key)).toEqual([
          'submitted',
          'verified',
          'scheduled',
          'in_production',
          'shipped',
          'delivered',
        ]);
        expect(view.stages.filter((stage) => stage.state === 'current').length).toBeLessThanOrEqual(1);
        for (const stage of view.stages) {
          if (stage.state === 'upcoming' || stage.state === 'skipped') expect(stage.at).toBeNull();
        }
      }),
      { seed },
    );
  });
});
