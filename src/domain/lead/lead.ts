import { normalizeMobilePhone, validateMobilePhone } from '../identity/mobile-phone.js';
import { EMPTY_PROFILE, type NeedsProfile } from '../introduction/needs-profile.js';
import type { Language } from '../order/order-types.js';
import { violation, type Violation } from '../shared/violation.js';

/** A prospective buyer a salesperson is talking to, with the needs they stated. */
export interface Lead {
  readonly id: string;
  readonly dealerCode: string;
  readonly name: string;
  /** Normalised 11-digit mobile number; kept only while the customer consents to be contacted. */
  readonly phone: string | null;
  readonly contactConsent: boolean;
  /** When the customer last gave consent; null without consent. */
  readonly consentAt: string | null;
  /** The language of the customer's text messages. */
  readonly language: Language;
  readonly profile: NeedsProfile;
  /** The user who looks after the lead (the one who created it, unless reassigned). */
  readonly salespersonId: string;
  /** The order created from the lead, once there is one. */
  readonly orderId: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** What may change about a lead; an absent field stays as it is, a `null` phone is removed. */
export interface LeadChange {
  readonly name?: string;
  readonly phone?: string | null;
  readonly contactConsent?: boolean;
  readonly language?: Language;
  readonly profile?: Partial<NeedsProfile>;
  readonly salespersonId?: string;
}

/** Every code the lead rules may return. Codes are stable: never renamed, never reused. */
export const LEAD_VIOLATION_CODES = [
  'name_required',
  'phone_invalid',
  'contact_consent_required',
  'budget_range',
  'household_size_range',
  'daily_distance_range',
  'usage_duplicate',
  'priority_duplicate',
] as const;

export const MAX_NAME_LENGTH = 100;
export const MAX_HOUSEHOLD_SIZE = 9;
export const MAX_DAILY_DISTANCE_KM = 1_000;
/** ¥10 million: more than any car in the catalog, small enough to catch a typo of extra zeros. */
export const MAX_BUDGET_CENTS = 1_000_000_000;

export type LeadOutcome = { readonly lead: Lead } | { readonly violations: readonly Violation[] };

/**
 * Applies a change to a lead (a new lead is a change to a blank one): the phone is stored normalised, and only
 * with the customer's consent to be contacted, whose time is recorded; withdrawing consent removes the phone.
 * Every violation is returned at once, each at the path of its field.
 */
export function changeLead(lead: Lead, change: LeadChange, at: string): LeadOutcome {
  const consent = change.contactConsent ?? lead.contactConsent;
  const typedPhone = change.phone === undefined ? lead.phone : change.phone;
  const profile: NeedsProfile = { ...lead.profile, ...change.profile };
  const name = (change.name ?? lead.name).trim();
  const violations = [...checkName(name), ...checkContact(change.phone, consent), ...checkProfile(profile)];
  if (violations.length > 0) return { violations };
  const phone = consent && typedPhone !== null ? normalizeMobilePhone(typedPhone) : null;
  return {
    lead: {
      ...lead,
      name,
      phone,
      contactConsent: consent,
      consentAt: consent ? (lead.contactConsent ? lead.consentAt : at) : null,
      language: change.language ?? lead.language,
      profile,
      salespersonId: change.salespersonId ?? lead.salespersonId,
      updatedAt: at,
    },
  };
}

function checkName(name: string): Violation[] {
  if (name === '') return [violation('name_required', 'Give the customer a name.', 'name')];
  if (Array.from(name).length > MAX_NAME_LENGTH) {
    return [violation('name_required', `A name has at most ${MAX_NAME_LENGTH} characters.`, 'name')];
  }
  return [];
}

/**
 * A phone given in this change needs consent. A phone already stored had consent; when the customer withdraws it,
 * the phone is dropped rather than refused.
 */
function checkContact(phone: string | null | undefined, consent: boolean): Violation[] {
  if (phone === undefined || phone === null) return [];
  if (!consent) {
    const message = 'A phone number is kept only when the customer consents to be contacted.';
    return [violation('contact_consent_required', message, 'contactConsent')];
  }
  return [...validateMobilePhone(phone, 'phone')];
}

function checkProfile(profile: NeedsProfile): Violation[] {
  const problems: Violation[] = [];
  const within = (value: number | null, max: number, min = 0) =>
    value === null || (Number.isSafeInteger(value) && value >= min && value <= max);
  if (!within(profile.budgetCents, MAX_BUDGET_CENTS)) {
    problems.push(violation('budget_range', 'A budget is whole cents from 0 to ¥10,000,000.', 'budgetCents'));
  }
  if (!within(profile.householdSize, MAX_HOUSEHOLD_SIZE, 1)) {
    const message = `A household has 1 to ${MAX_HOUSEHOLD_SIZE} people.`;
    problems.push(violation('household_size_range', message, 'householdSize'));
  }
  if (!within(profile.dailyDistanceKm, MAX_DAILY_DISTANCE_KM)) {
    const message = `A daily distance is whole kilometres from 0 to ${MAX_DAILY_DISTANCE_KM}.`;
    problems.push(violation('daily_distance_range', message, 'dailyDistanceKm'));
  }
  profile.usage.forEach((usage, index) => {
    if (profile.usage.indexOf(usage) !== index) {
      problems.push(violation('usage_duplicate', `"${usage}" is named twice.`, `usage.${index}`));
    }
  });
  profile.priorities.forEach((priority, index) => {
    if (profile.priorities.indexOf(priority) !== index) {
      problems.push(violation('priority_duplicate', `"${priority}" is ranked twice.`, `priorities.${index}`));
    }
  });
  return problems;
}

/** A lead with nothing known yet but who looks after it: `changeLead` fills it from the salesperson's form. */
export function blankLead(id: string, dealerCode: string, salespersonId: string, createdBy: string, at: string): Lead {
  return {
    id,
    dealerCode,
    name: '',
    phone: null,
    contactConsent: false,
    consentAt: null,
    language: 'zh-CN',
    profile: EMPTY_PROFILE,
    salespersonId,
    orderId: null,
    createdBy,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}
