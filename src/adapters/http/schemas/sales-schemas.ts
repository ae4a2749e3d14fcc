import { z } from 'zod';
import { MOTIVATIONS, PRIORITIES, USAGES } from '../../../domain/introduction/needs-profile.js';
import {
  MAX_BUDGET_CENTS,
  MAX_DAILY_DISTANCE_KM,
  MAX_HOUSEHOLD_SIZE,
  MAX_NAME_LENGTH,
} from '../../../domain/lead/lead.js';
import { MAX_FEEDBACK_ITEMS, MAX_FEEDBACK_ITEM_LENGTH, NEXT_STEPS } from '../../../domain/test-drive/test-drive.js';
import { depositSchema, specialSchema, vehicleSchema } from './order-schemas.js';

/** Limits on every field: nothing unbounded reaches the store. */
const id = z.string().min(1).max(64);
const code = z.string().min(1).max(40);
const instant = z.iso.datetime({ offset: true });

const leadFields = {
  name: z.string().max(MAX_NAME_LENGTH),
  /** A mainland mobile number, stored only with `contactConsent: true`; `null` removes it. */
  phone: z.string().max(32).nullable(),
  /** The customer agrees to be contacted (calls, text messages such as test-drive reminders). */
  contactConsent: z.boolean(),
  language: z.enum(['zh-CN', 'en']),
  budgetCents: z.number().int().min(0).max(MAX_BUDGET_CENTS).nullable(),
  householdSize: z.number().int().min(1).max(MAX_HOUSEHOLD_SIZE).nullable(),
  dailyDistanceKm: z.number().int().min(0).max(MAX_DAILY_DISTANCE_KM).nullable(),
  homeCharging: z.boolean().nullable(),
  usage: z.array(z.enum(USAGES)).max(USAGES.length),
  /** Most important first. */
  priorities: z.array(z.enum(PRIORITIES)).max(PRIORITIES.length),
  motivation: z.enum(MOTIVATIONS).nullable(),
  /** The user who looks after the lead; the creator when absent. */
  salespersonId: id,
};

export const createLeadSchema = z
  .strictObject({ ...leadFields })
  .partial()
  .required({ name: true });
export const patchLeadSchema = z.strictObject({ ...leadFields }).partial();
export type LeadBody = z.infer<typeof patchLeadSchema>;

export const idParams = z.strictObject({ id });

export const listLeadsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  salesperson: id.optional(),
  dealer: code.optional(),
  q: z.string().max(100).optional(),
});

export const leadOrderSchema = z.strictObject({
  vehicle: vehicleSchema,
  customer: z.strictObject({
    idType: z.enum(['resident_id', 'passport', 'company']),
    idNumber: z.string().max(40),
  }),
  deposit: depositSchema,
  special: specialSchema.optional(),
});

export const demoCarSchema = z.strictObject({
  model: code,
  trim: code,
  /** e.g. `沪A·D12345`; stored without the dot. */
  plate: z.string().min(1).max(20),
  available: z.boolean().optional(),
});

export const demoCarPatchSchema = z.strictObject({ available: z.boolean() });

export const listDemoCarsQuery = z.strictObject({ dealer: code.optional() });

export const slotsQuery = z.strictObject({
  date: z.iso.date(),
  /** Also leave out the times this salesperson is busy. */
  salespersonId: id.optional(),
});

export const bookTestDriveSchema = z.strictObject({
  leadId: id,
  carId: id,
  /** On the quarter hour, 09:00–17:00 Asia/Shanghai (the drive is 45 minutes, then 15 minutes' buffer). */
  startsAt: instant,
  /** Who rides along; the lead's salesperson when absent. */
  salespersonId: id.optional(),
});

export const rescheduleSchema = z.strictObject({ startsAt: instant });

const feedbackItem = z.string().trim().min(1).max(MAX_FEEDBACK_ITEM_LENGTH);
export const feedbackSchema = z.strictObject({
  liked: z.array(feedbackItem).max(MAX_FEEDBACK_ITEMS),
  concerns: z.array(feedbackItem).max(MAX_FEEDBACK_ITEMS),
  nextStep: z.enum(NEXT_STEPS),
});

export const listTestDrivesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  leadId: id.optional(),
  carId: id.optional(),
  dealer: code.optional(),
  from: instant.optional(),
  to: instant.optional(),
});

export const funnelQuery = z.strictObject({
  from: instant.optional(),
  to: instant.optional(),
  dealer: code.optional(),
});
