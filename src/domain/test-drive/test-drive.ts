import { violation, type Violation } from '../shared/violation.js';

export const TEST_DRIVE_STATUSES = ['booked', 'completed', 'cancelled'] as const;
export type TestDriveStatus = (typeof TEST_DRIVE_STATUSES)[number];

/** What the customer wants to do after the drive. */
export const NEXT_STEPS = ['order', 'second_drive', 'thinking', 'lost'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** The short form filled in after the drive. */
export interface TestDriveFeedback {
  readonly liked: readonly string[];
  readonly concerns: readonly string[];
  readonly nextStep: NextStep;
  readonly givenAt: string;
  readonly givenBy: string;
}

/** A booked drive of one demo car, with one salesperson, for one lead. */
export interface TestDrive {
  readonly id: string;
  readonly dealerCode: string;
  readonly leadId: string;
  readonly carId: string;
  readonly salespersonId: string;
  readonly startsAt: string;
  readonly status: TestDriveStatus;
  readonly feedback: TestDriveFeedback | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** Feedback lists stay short: a form, not an essay. */
export const MAX_FEEDBACK_ITEMS = 10;
export const MAX_FEEDBACK_ITEM_LENGTH = 200;

/** Every code the test-drive rules may return. Codes are stable: never renamed, never reused. */
export const TEST_DRIVE_VIOLATION_CODES = ['test_drive_closed', 'test_drive_not_started'] as const;

/** A booking can be moved or cancelled only while it is booked: not after feedback, not once cancelled. */
export function checkChangeable(drive: TestDrive): Violation[] {
  if (drive.status === 'booked') return [];
  return [violation('test_drive_closed', `This test drive is ${drive.status}; it can no longer change.`, null)];
}

/** Feedback is given once, for a drive that is booked and has started. */
export function checkFeedback(drive: TestDrive, now: Date): Violation[] {
  const closed = checkChangeable(drive);
  if (closed.length > 0) return closed;
  if (Date.parse(drive.startsAt) > now.getTime()) {
    return [violation('test_drive_not_started', 'Feedback is given after the drive has started.', null)];
  }
  return [];
}

/** The deduplication key of a booking's reminder: one per booking and version, so a moved drive gets a new one. */
export function reminderKey(testDriveId: string, version: number): string {
  return `sms:test-drive:${testDriveId}:${version}`;
}

/** Hours before the drive its reminder goes out. */
export const REMINDER_HOURS_BEFORE = 24;

/** When the reminder is due: a day before the drive, or at once for a drive booked at shorter notice. */
export function reminderDueAt(startsAt: string, now: Date): string {
  const due = Date.parse(startsAt) - REMINDER_HOURS_BEFORE * 3_600_000;
  return new Date(Math.max(due, now.getTime())).toISOString();
}
