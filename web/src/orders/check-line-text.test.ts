import { describe, expect, it } from 'vitest';
import type { ApiModel, ApiOrder, CheckLine } from '../api/api-types.js';
import { translate } from '../i18n/translate.js';
import { DEMO_CATALOG } from '../../../src/main/demo/demo-catalog.js';
import { checkLineText } from './check-line-text.js';

const E7 = DEMO_CATALOG.models.find((model) => model.code === 'E7') as unknown as ApiModel;
const order = {
  vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-19', 'ROOF-PANO'] },
  customer: { idNumber: '310***********123' },
  quota: { region: 'NORTH', month: '2026-12', model: 'E7' },
  region: 'NORTH',
  special: { reason: 'Fleet order' },
} as unknown as ApiOrder;

function line(
  check: CheckLine['check'],
  result: CheckLine['result'],
  code: string,
  path: string | null,
  details?: CheckLine['details'],
): CheckLine {
  return { check, result, code, message: `server words for ${code}`, path, ...(details ? { details } : {}) };
}

const money = (cents: number) => `¥${cents / 100}`;
const date = (text: string) => text.slice(0, 10);
const en = (checkLine: CheckLine) =>
  checkLineText(checkLine, { order, model: E7, money, date }, (key, params) => translate('en', key, params));
const zh = (checkLine: CheckLine) =>
  checkLineText(checkLine, { order, model: E7, money, date }, (key, params) => translate('zh-CN', key, params));

describe('a verification line in plain words', () => {
  it('says a passed check passed, in the reader’s language', () => {
    expect(en(line('quota', 'pass', 'ok', null))).toBe('The quota has room.');
    expect(zh(line('quota', 'pass', 'ok', null))).toBe('配额有余量。');
  });

  it('names the options of a configuration problem', () => {
    expect(en(line('buildability', 'fail', 'option_requires', 'vehicle.options.3'))).toBe(
      'Panoramic glass roof needs 21-inch sport wheels.',
    );
    expect(zh(line('buildability', 'fail', 'option_requires', 'vehicle.options.3'))).toBe(
      'Panoramic glass roof 需要同时选装 21-inch sport wheels。',
    );
  });

  it('gives the bucket of a quota rejection and the date of a short part', () => {
    expect(en(line('quota', 'fail', 'quota_exhausted', 'vehicle.model'))).toBe(
      'The Aurora E7 quota of NORTH for 2026-12 is used up.',
    );
    expect(
      en(
        line('materials', 'hold', 'part_short', 'vehicle.options', {
          part: 'GLASS-PANO-E7',
          expectedAt: '2026-12-18T00:00:00Z',
        }),
      ),
    ).toBe('GLASS-PANO-E7 is out of stock; the next supply is expected on 2026-12-18.');
  });

  it("quotes the dealer's reason for flagging and the model's minimum deposit", () => {
    expect(en(line('special', 'review', 'dealer_flagged', 'special.reason'))).toBe(
      'The dealer flagged the order: Fleet order',
    );
    expect(en(line('completeness', 'fail', 'deposit_below_minimum', 'deposit.amountCents'))).toBe(
      'The Aurora E7 needs a deposit of at least ¥5000.',
    );
  });

  it("falls back to the server's own words for a code it does not know", () => {
    expect(en(line('special', 'review', 'vip_customer', null))).toBe('server words for vip_customer');
  });
});
