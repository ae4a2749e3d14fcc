import type { Motivation, Priority, Usage } from '../../../src/domain/introduction/needs-profile.js';
import {
  blankLead,
  changeLead,
  MAX_DAILY_DISTANCE_KM,
  MAX_HOUSEHOLD_SIZE,
  type LeadChange,
} from '../../../src/domain/lead/lead.js';
import type { CustomerLanguage } from '../api/api-types.js';
import type { ApiLead } from '../api/sales-types.js';
import { isMessageKey } from '../i18n/translate.js';
import type { FormProblem } from '../order-form/form-problem.js';
import { centsToYuanText, parseYuan } from '../order-form/money-input.js';

/** A yes/no question the customer may not have answered yet. */
export type Answer = 'yes' | 'no' | 'unknown';

/** The lead form as typed: numbers stay text until they are checked, so a half-typed value is never lost. */
export interface LeadDraft {
  readonly name: string;
  readonly phone: string;
  readonly contactConsent: boolean;
  readonly language: CustomerLanguage;
  readonly budgetYuan: string;
  readonly householdSize: string;
  readonly dailyDistanceKm: string;
  readonly homeCharging: Answer;
  readonly usage: readonly Usage[];
  /** Most important first. */
  readonly priorities: readonly Priority[];
  readonly motivation: Motivation | '';
}

/** The lead's fields as the API takes them (the paths of its errors are these names). */
export interface LeadValues {
  readonly name: string;
  readonly phone: string | null;
  readonly contactConsent: boolean;
  readonly language: CustomerLanguage;
  readonly budgetCents: number | null;
  readonly householdSize: number | null;
  readonly dailyDistanceKm: number | null;
  readonly homeCharging: boolean | null;
  readonly usage: readonly Usage[];
  readonly priorities: readonly Priority[];
  readonly motivation: Motivation | null;
}

export function emptyLeadDraft(): LeadDraft {
  return {
    name: '',
    phone: '',
    contactConsent: false,
    language: 'zh-CN',
    budgetYuan: '',
    householdSize: '',
    dailyDistanceKm: '',
    homeCharging: 'unknown',
    usage: [],
    priorities: [],
    motivation: '',
  };
}

const answerOf = (value: boolean | null): Answer => (value === null ? 'unknown' : value ? 'yes' : 'no');
const numberText = (value: number | null) => (value === null ? '' : String(value));

/** The form of a stored lead: everything as stored, the budget in yuan. */
export function draftFromLead(lead: ApiLead): LeadDraft {
  return {
    name: lead.name,
    phone: lead.phone ?? '',
    contactConsent: lead.contactConsent,
    language: lead.language,
    budgetYuan: lead.budgetCents === null ? '' : centsToYuanText(lead.budgetCents),
    householdSize: numberText(lead.householdSize),
    dailyDistanceKm: numberText(lead.dailyDistanceKm),
    homeCharging: answerOf(lead.homeCharging),
    usage: [...lead.usage],
    priorities: [...lead.priorities],
    motivation: lead.motivation ?? '',
  };
}

/** A whole number typed in a field, null when blank, `undefined` when it is not one. */
function wholeNumber(text: string): number | null | undefined {
  const typed = text.trim();
  if (typed === '') return null;
  return /^\d{1,7}$/.test(typed) ? Number(typed) : undefined;
}

/** The values of a draft; a field that is not a number yet is left out (and named by `leadDraftProblems`). */
function parse(draft: LeadDraft) {
  const budgetText = draft.budgetYuan.trim();
  const phone = draft.contactConsent && draft.phone.trim() !== '' ? draft.phone.trim() : null;
  return {
    name: draft.name.trim(),
    phone,
    contactConsent: draft.contactConsent,
    language: draft.language,
    budgetCents: budgetText === '' ? null : (parseYuan(budgetText) ?? undefined),
    householdSize: wholeNumber(draft.householdSize),
    dailyDistanceKm: wholeNumber(draft.dailyDistanceKm),
    homeCharging: draft.homeCharging === 'unknown' ? null : draft.homeCharging === 'yes',
    usage: draft.usage,
    priorities: draft.priorities,
    motivation: draft.motivation === '' ? null : draft.motivation,
  };
}

const RANGE_PARAMS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  householdSize: { max: MAX_HOUSEHOLD_SIZE },
  dailyDistanceKm: { max: MAX_DAILY_DISTANCE_KM },
};

/**
 * Every problem of the draft, at the API's path of its field: numbers that are not numbers, then the lead rules the
 * server applies (a name, a mainland mobile number, a phone only with consent, each figure in its range).
 */
export function leadDraftProblems(draft: LeadDraft): FormProblem[] {
  const values = parse(draft);
  const problems: FormProblem[] = [];
  if (values.budgetCents === undefined) problems.push({ path: 'budgetCents', key: 'problem.amount_invalid' });
  if (values.householdSize === undefined) problems.push({ path: 'householdSize', key: 'problem.whole_number' });
  if (values.dailyDistanceKm === undefined) problems.push({ path: 'dailyDistanceKm', key: 'problem.whole_number' });
  const change: LeadChange = {
    name: values.name,
    phone: draft.phone.trim() === '' ? null : draft.phone.trim(),
    contactConsent: values.contactConsent,
    profile: {
      budgetCents: values.budgetCents ?? null,
      householdSize: values.householdSize ?? null,
      dailyDistanceKm: values.dailyDistanceKm ?? null,
      usage: values.usage,
      priorities: values.priorities,
    },
  };
  const outcome = changeLead(blankLead('', '', '', '', ''), change, '');
  if ('violations' in outcome) {
    for (const found of outcome.violations) {
      const key = `problem.${found.code}`;
      const path = found.path ?? '';
      problems.push({
        path,
        key: isMessageKey(key) ? key : 'problem.required',
        ...(RANGE_PARAMS[path] ? { params: RANGE_PARAMS[path] } : {}),
      });
    }
  }
  return problems;
}

/** The values of a draft without problems (call `leadDraftProblems` first). */
export function leadValues(draft: LeadDraft): LeadValues {
  const values = parse(draft);
  return {
    ...values,
    budgetCents: values.budgetCents ?? null,
    householdSize: values.householdSize ?? null,
    dailyDistanceKm: values.dailyDistanceKm ?? null,
  };
}

/** `POST /leads`: the phone only with the customer's consent. */
export function createLeadBody(draft: LeadDraft): Record<string, unknown> {
  const { phone, ...rest } = leadValues(draft);
  return phone === null ? rest : { ...rest, phone };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');

/**
 * `PATCH /leads/:id`: only what differs from the stored lead, or null when nothing does. Withdrawing consent sends
 * only the withdrawal: the server removes the phone with it.
 */
export function patchLeadBody(lead: ApiLead, draft: LeadDraft): Record<string, unknown> | null {
  const values = leadValues(draft);
  const body: Record<string, unknown> = {};
  const scalars = [
    'name',
    'contactConsent',
    'language',
    'budgetCents',
    'householdSize',
    'dailyDistanceKm',
    'homeCharging',
    'motivation',
  ] as const;
  for (const field of scalars) if (values[field] !== lead[field]) body[field] = values[field];
  if (values.contactConsent && values.phone !== lead.phone) body.phone = values.phone;
  if (!sameList(values.usage, lead.usage)) body.usage = values.usage;
  if (!sameList(values.priorities, lead.priorities)) body.priorities = values.priorities;
  return Object.keys(body).length === 0 ? null : body;
}
