import { describe, expect, it } from 'vitest';
import { blankLead, changeLead, type Lead, type LeadChange } from './lead.js';

const AT = '2026-12-04T04:00:00.000Z';
const LATER = '2026-12-05T04:00:00.000Z';
const blank = blankLead('lead-1', 'SH001', 'user-1', 'sh.sales', AT);

function changed(lead: Lead, change: LeadChange, at = AT): Lead {
  const outcome = changeLead(lead, change, at);
  if (!('lead' in outcome)) throw new Error(JSON.stringify(outcome.violations));
  return outcome.lead;
}

function violationsOf(lead: Lead, change: LeadChange) {
  const outcome = changeLead(lead, change, AT);
  return 'violations' in outcome ? outcome.violations : [];
}

describe('a lead', () => {
  it('stores the phone normalised, with the time the customer consented to be contacted', () => {
    const lead = changed(blank, { name: ' 王芳 ', phone: '+86 139-1234-5678', contactConsent: true });
    expect(lead).toMatchObject({ name: '王芳', phone: '13912345678', contactConsent: true, consentAt: AT });
  });

  it('refuses a phone without consent to be contacted, and names the consent field', () => {
    expect(violationsOf(blank, { name: '王芳', phone: '13912345678' })).toEqual([
      expect.objectContaining({ code: 'contact_consent_required', path: 'contactConsent' }),
    ]);
    expect(violationsOf(blank, { name: '王芳', phone: '13912345678', contactConsent: false })).toEqual([
      expect.objectContaining({ code: 'contact_consent_required', path: 'contactConsent' }),
    ]);
  });

  it('refuses a number that is not a mainland mobile', () => {
    expect(violationsOf(blank, { name: '王芳', phone: '021-5888 1234', contactConsent: true })).toEqual([
      expect.objectContaining({ code: 'phone_invalid', path: 'phone' }),
    ]);
  });

  it('keeps the first consent time through later changes and drops the phone when consent is withdrawn', () => {
    const consented = changed(blank, { name: '王芳', phone: '13912345678', contactConsent: true });
    const edited = changed(consented, { profile: { householdSize: 4 } }, LATER);
    expect(edited.consentAt).toBe(AT);
    const withdrawn = changed(edited, { contactConsent: false }, LATER);
    expect(withdrawn).toMatchObject({ phone: null, contactConsent: false, consentAt: null });
  });

  it('requires a name', () => {
    expect(violationsOf(blank, { name: '   ' })).toEqual([expect.objectContaining({ code: 'name_required' })]);
  });

  it('reports every out-of-range or repeated need at once, each at its field', () => {
    const problems = violationsOf(blank, {
      name: '王芳',
      profile: {
        budgetCents: -1,
        householdSize: 0,
        dailyDistanceKm: 5000,
        usage: ['commute', 'commute'],
        priorities: ['safety', 'space', 'safety'],
      },
    });
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['budget_range', 'budgetCents'],
      ['household_size_range', 'householdSize'],
      ['daily_distance_range', 'dailyDistanceKm'],
      ['usage_duplicate', 'usage.1'],
      ['priority_duplicate', 'priorities.2'],
    ]);
  });

  it('changes only the needs named, keeping the rest of the profile', () => {
    const first = changed(blank, { name: '王芳', profile: { householdSize: 6, priorities: ['space'] } });
    const second = changed(first, { profile: { homeCharging: true } });
    expect(second.profile).toMatchObject({ householdSize: 6, priorities: ['space'], homeCharging: true });
  });
});
