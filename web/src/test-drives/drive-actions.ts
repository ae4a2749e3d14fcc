import type { ApiTestDrive } from '../api/sales-types.js';

export interface DriveActions {
  readonly reschedule: boolean;
  readonly cancel: boolean;
  readonly feedback: boolean;
}

/**
 * What can be done with a drive (the server's rules, shown ahead): a booked drive can be moved to another time or
 * cancelled (a customer who did not come, too), and gets its feedback once it has started. A completed or cancelled
 * drive no longer changes.
 */
export function driveActions(drive: ApiTestDrive, now: Date): DriveActions {
  const booked = drive.status === 'booked';
  const started = Date.parse(drive.startsAt) <= now.getTime();
  return { reschedule: booked, cancel: booked, feedback: booked && started };
}
