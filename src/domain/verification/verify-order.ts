import { checkBuildability } from './buildability-check.js';
import { checkCompleteness } from './completeness-check.js';
import { checkMaterials } from './materials-check.js';
import { checkQuota } from './quota-check.js';
import { checkSpecial } from './special-check.js';
import type { VerificationFacts } from './verification-facts.js';
import type { CheckOutcome, Decision, Verification } from './verification-types.js';

/**
 * The decision of SPEC §3 from the five checks' lines: any of the first three fails → rejected; else a short part →
 * postponed; else anything special → manual review; else verified.
 */
export function decide(checks: readonly CheckOutcome[]): Decision {
  if (checks.some((line) => line.result === 'fail')) return 'rejected';
  if (checks.some((line) => line.result === 'hold')) return 'postponed';
  if (checks.some((line) => line.result === 'review')) return 'manual_review';
  return 'verified';
}

export interface VerifyOptions {
  /** A reviewer's approval settles the special check: quota and materials still count. */
  readonly reviewApprovedBy?: string;
}

/** Runs all five checks (every result is recorded, even after a failure) and decides. */
export function verifyOrder(facts: VerificationFacts, options: VerifyOptions = {}): Verification {
  const special = options.reviewApprovedBy
    ? [
        {
          check: 'special' as const,
          result: 'pass' as const,
          code: 'review_approved',
          message: `Approved by ${options.reviewApprovedBy}.`,
          path: null,
        },
      ]
    : checkSpecial(facts);
  const checks = [
    ...checkCompleteness(facts),
    ...checkBuildability(facts),
    ...checkQuota(facts),
    ...checkMaterials(facts),
    ...special,
  ];
  return {
    decision: decide(checks),
    decidedBy: options.reviewApprovedBy ?? 'system',
    decidedAt: facts.now,
    checks,
  };
}
