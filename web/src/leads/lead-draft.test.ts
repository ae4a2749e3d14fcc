import { describe, expect, it } from 'vitest';
import type { ApiLead } from '../api/sales-types.js';
import { createLeadBody, draftFromLead, emptyLeadDraft, leadDraftProblems, patchLeadBody } from './lead-draft.js';

const named = { ...emptyLeadDraft(), name: '王芳' };

const STORED: ApiLead = {
  id: 'L1',
  dealerCode: 'SH001',
  name: '王芳',
  phone: '13900001234',
  contactConsent: true,
  consentAt: '2026-12-04T04:00:00.000Z',
  language: 'zh-CN',
  budgetCents: 30_000_000,
  householdSize: 6,
  dailyDistanceKm: 40,
  homeCharging: true,
  usage: ['family_trips'],
  priorities: ['space', 'safety'],
  motivation: 'replacement',
  salespersonId: 'U1',
  orderId: null,
  createdBy: 'U1',
  createdAt: '2026-12-04T04:00:00.000Z',
  updatedAt: '2026-12-04T04:00:00.000Z',
  version: 1,
};

describe('the needs profile form', () => {
  it('needs nothing but a name: a profile fills up over a conversation', () => {
    expect(leadDraftProblems(named)).toEqual([]);
    expect(leadDraftProblems(emptyLeadDraft())).toEqual([{ path: 'name', key: 'problem.name_required' }]);
  });

  it('keeps a phone only with consent to contact, and only a mainland mobile number', () => {
    expect(leadDraftProblems({ ...named, phone: '13900001234' })).toEqual([
      { path: 'contactConsent', key: 'problem.contact_consent_required' },
    ]);
    expect(leadDraftProblems({ ...named, phone: '12345', contactConsent: true })).toEqual([
      { path: 'phone', key: 'problem.phone_invalid' },
    ]);
    expect(leadDraftProblems({ ...named, phone: '+86 139-0000-1234', contactConsent: true })).toEqual([]);
  });

  it('reads the budget in yuan and the counts as whole numbers', () => {
    expect(leadDraftProblems({ ...named, budgetYuan: 'lots', householdSize: '2.5', dailyDistanceKm: '4O' })).toEqual([
      { path: 'budgetCents', key: 'problem.amount_invalid' },
      { path: 'householdSize', key: 'problem.whole_number' },
      { path: 'dailyDistanceKm', key: 'problem.whole_number' },
    ]);
  });

  it('holds each figure to the range the server keeps', () => {
    expect(
      leadDraftProblems({ ...named, budgetYuan: '20000000', householdSize: '0', dailyDistanceKm: '1001' }),
    ).toEqual([
      { path: 'budgetCents', key: 'problem.budget_range' },
      { path: 'householdSize', key: 'problem.household_size_range', params: { max: 9 } },
      { path: 'dailyDistanceKm', key: 'problem.daily_distance_range', params: { max: 1000 } },
    ]);
  });

  it('sends the profile as the API takes it, priorities in their order', () => {
    const body = createLeadBody({
      ...named,
      phone: ' 13900001234 ',
      contactConsent: true,
      budgetYuan: '300,000',
      householdSize: '6',
      dailyDistanceKm: '40',
      homeCharging: 'yes',
      usage: ['family_trips'],
      priorities: ['space', 'safety'],
      motivation: 'replacement',
    });
    expect(body).toEqual({
      name: '王芳',
      phone: '13900001234',
      contactConsent: true,
      language: 'zh-CN',
      budgetCents: 30_000_000,
      householdSize: 6,
      dailyDistanceKm: 40,
      homeCharging: true,
      usage: ['family_trips'],
      priorities: ['space', 'safety'],
      motivation: 'replacement',
    });
  });

  it('sends no phone and unknown answers as unknown', () => {
    expect(createLeadBody(named)).toMatchObject({ homeCharging: null, budgetCents: null, motivation: null });
    expect(createLeadBody(named)).not.toHaveProperty('phone');
  });
});

describe('changing a stored lead', () => {
  it('opens the form with the lead as stored', () => {
    expect(draftFromLead(STORED)).toMatchObject({ budgetYuan: '300000', householdSize: '6', homeCharging: 'yes' });
  });

  it('sends only what changed, and nothing when nothing did', () => {
    expect(patchLeadBody(STORED, draftFromLead(STORED))).toBeNull();
    const reordered = { ...draftFromLead(STORED), householdSize: '7', priorities: ['safety', 'space'] as const };
    expect(patchLeadBody(STORED, { ...reordered, priorities: [...reordered.priorities] })).toEqual({
      householdSize: 7,
      priorities: ['safety', 'space'],
    });
  });

  it('withdraws consent without sending the phone: the server removes it', () => {
    expect(patchLeadBody(STORED, { ...draftFromLead(STORED), contactConsent: false, phone: '' })).toEqual({
      contactConsent: false,
    });
  });
});
