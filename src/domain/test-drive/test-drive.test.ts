import { describe, expect, it } from 'vitest';
import { normalizePlate, validatePlate } from './demo-car.js';
import { checkChangeable, checkFeedback, reminderDueAt, reminderKey, type TestDrive } from './test-drive.js';

const drive: TestDrive = {
  id: 'td-1',
  dealerCode: 'SH001',
  leadId: 'lead-1',
  carId: 'car-1',
  salespersonId: 'user-1',
  startsAt: '2026-12-05T02:00:00.000Z',
  status: 'booked',
  feedback: null,
  createdBy: 'sh.sales',
  createdAt: '2026-12-04T04:00:00.000Z',
  updatedAt: '2026-12-04T04:00:00.000Z',
  version: 1,
};

describe('a test drive', () => {
  it('takes feedback only once it has started', () => {
    expect(checkFeedback(drive, new Date('2026-12-05T01:59:00Z'))).toEqual([
      expect.objectContaining({ code: 'test_drive_not_started' }),
    ]);
    expect(checkFeedback(drive, new Date('2026-12-05T02:00:00Z'))).toEqual([]);
  });

  it('can no longer change once cancelled or given feedback', () => {
    for (const status of ['cancelled', 'completed'] as const) {
      expect(checkChangeable({ ...drive, status })).toEqual([expect.objectContaining({ code: 'test_drive_closed' })]);
      expect(checkFeedback({ ...drive, status }, new Date('2026-12-06T00:00:00Z'))).toEqual([
        expect.objectContaining({ code: 'test_drive_closed' }),
      ]);
    }
  });

  it('reminds a day ahead, or at once when booked at shorter notice, once per booking version', () => {
    expect(reminderDueAt('2026-12-07T02:00:00.000Z', new Date('2026-12-04T04:00:00Z'))).toBe(
      '2026-12-06T02:00:00.000Z',
    );
    expect(reminderDueAt('2026-12-04T08:00:00.000Z', new Date('2026-12-04T04:00:00Z'))).toBe(
      '2026-12-04T04:00:00.000Z',
    );
    expect(reminderKey('td-1', 1)).not.toBe(reminderKey('td-1', 2));
  });
});

describe('a demo car plate', () => {
  it.each(['沪A·D12345', '沪AD12345', '京B 12345', '粤b12345'])('accepts %s', (plate) => {
    expect(validatePlate(plate)).toEqual([]);
  });

  it.each(['AD12345', '沪A1234', '沪AI12345', '沪A1234567'])('refuses %s', (plate) => {
    expect(validatePlate(plate)).toEqual([expect.objectContaining({ code: 'plate_invalid', path: 'plate' })]);
  });

  it('is stored without the dot and spaces, in capitals', () => {
    expect(normalizePlate('沪a·d 12345')).toBe('沪AD12345');
  });
});
