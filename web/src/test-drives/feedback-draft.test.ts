import { describe, expect, it } from 'vitest';
import type { ApiTestDrive } from '../api/sales-types.js';
import { driveActions } from './drive-actions.js';
import { feedbackBody, feedbackLines } from './feedback-draft.js';

describe('the feedback after a test drive', () => {
  it('takes one thing per line, leaving out blank lines and spaces around', () => {
    expect(feedbackLines(' quiet cabin \n\n  seven seats\n')).toEqual(['quiet cabin', 'seven seats']);
  });

  it('sends what was liked, the concerns and the next step', () => {
    expect(feedbackBody({ liked: 'quiet cabin', concerns: '', nextStep: 'order' })).toEqual({
      body: { liked: ['quiet cabin'], concerns: [], nextStep: 'order' },
      problems: [],
    });
  });

  it('asks for the next step', () => {
    expect(feedbackBody({ liked: 'quiet cabin', concerns: '', nextStep: '' }).problems).toEqual([
      { path: 'nextStep', key: 'problem.next_step_missing' },
    ]);
  });

  it('holds the lists to the limits the server keeps, naming the line too long', () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `point ${index}`).join('\n');
    const long = `fine\n${'很'.repeat(201)}`;
    expect(feedbackBody({ liked: eleven, concerns: long, nextStep: 'thinking' }).problems).toEqual([
      { path: 'liked', key: 'problem.feedback_too_many', params: { max: 10 } },
      { path: 'concerns.1', key: 'problem.feedback_too_long', params: { line: 2, max: 200 } },
    ]);
  });
});

describe('what can be done with a test drive', () => {
  const drive = (status: ApiTestDrive['status']) => ({ status, startsAt: '2026-12-04T05:00:00.000Z' }) as ApiTestDrive;
  const before = new Date('2026-12-04T04:59:00Z');
  const after = new Date('2026-12-04T05:50:00Z');

  it('moves or cancels a booked drive, and takes no feedback before it starts', () => {
    expect(driveActions(drive('booked'), before)).toEqual({ reschedule: true, cancel: true, feedback: false });
  });

  it('takes feedback once the drive has started', () => {
    expect(driveActions(drive('booked'), after)).toMatchObject({ feedback: true });
  });

  it('changes nothing about a completed or cancelled drive', () => {
    for (const status of ['completed', 'cancelled'] as const) {
      expect(driveActions(drive(status), after)).toEqual({ reschedule: false, cancel: false, feedback: false });
    }
  });
});
