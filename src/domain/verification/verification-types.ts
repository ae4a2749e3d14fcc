export const CHECK_NAMES = ['completeness', 'buildability', 'quota', 'materials', 'special'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** `fail` rejects, `hold` postpones (materials), `review` sends to a person (special). */
export type CheckResult = 'pass' | 'fail' | 'hold' | 'review';

export type Decision = 'verified' | 'rejected' | 'postponed' | 'manual_review';

/** One line of the verification record; a check that finds several problems writes one line for each. */
export interface CheckOutcome {
  readonly check: CheckName;
  readonly result: CheckResult;
  readonly code: string;
  readonly message: string;
  readonly path: string | null;
  /** Extra facts for people and for later steps (reallocation suggestions, expected supply dates). */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface Verification {
  readonly decision: Decision;
  /** `system`, or the username of the person who decided. */
  readonly decidedBy: string;
  readonly decidedAt: string;
  readonly checks: readonly CheckOutcome[];
}
