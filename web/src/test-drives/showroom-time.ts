import { dateInZone } from '../../../src/domain/shared/clock.js';
import { TEST_DRIVE_TIME_ZONE } from '../../../src/domain/test-drive/test-drive-slots.js';
import type { Language } from '../i18n/translate.js';

/**
 * Test drives are booked on the showroom's clock (Asia/Shanghai), whatever the browser's: a slot is "14:00" at the
 * dealership, and a day is the showroom's day.
 */
export const SHOWROOM_TIME_ZONE = TEST_DRIVE_TIME_ZONE;

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, kind: 'time' | 'dateTime', timeZone: string): Intl.DateTimeFormat {
  const key = `${language}|${kind}|${timeZone}`;
  let made = formats.get(key);
  if (made === undefined) {
    made = new Intl.DateTimeFormat(language, {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(kind === 'dateTime' ? { weekday: 'short', month: 'short', day: 'numeric' } : {}),
    });
    formats.set(key, made);
  }
  return made;
}

/** The showroom's date today, `YYYY-MM-DD`: the day the booking form opens on. */
export function showroomToday(now: Date): string {
  return dateInZone(now, SHOWROOM_TIME_ZONE);
}

/** `14:00`: the start of a slot on the showroom's clock. */
export function slotTime(iso: string, language: Language, timeZone: string = SHOWROOM_TIME_ZONE): string {
  return format(language, 'time', timeZone).format(new Date(iso));
}

/** `Fri, Dec 4, 13:00`: when a drive starts, on the showroom's clock. */
export function driveTime(iso: string, language: Language): string {
  return format(language, 'dateTime', SHOWROOM_TIME_ZONE).format(new Date(iso));
}
