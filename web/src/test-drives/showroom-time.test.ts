import { describe, expect, it } from 'vitest';
import { driveTime, showroomToday, slotTime } from './showroom-time.js';

describe("the showroom's clock", () => {
  it("takes today from Shanghai's calendar, whatever the browser's zone", () => {
    expect(showroomToday(new Date('2026-12-04T04:00:00Z'))).toBe('2026-12-04');
    expect(showroomToday(new Date('2026-12-04T16:30:00Z'))).toBe('2026-12-05');
  });

  it('names a slot by its start on the showroom clock', () => {
    expect(slotTime('2026-12-04T05:00:00.000Z', 'en')).toBe('13:00');
    expect(slotTime('2026-12-04T05:15:00.000Z', 'zh-CN')).toBe('13:15');
  });

  it('names a drive by its day and start', () => {
    expect(driveTime('2026-12-07T02:00:00.000Z', 'en')).toMatch(/Mon.*Dec.*7.*10:00/);
  });
});
