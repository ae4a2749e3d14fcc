/**
 * The shapes of the selling side of the API (leads, tailored introductions, demo cars, test drives, the funnel), as
 * the web app reads them. The needs vocabulary is the domain's own, so the screens offer exactly what the server takes.
 */
import type { LocalizedText } from '../../../src/domain/introduction/need-labels.js';
import type { Motivation, Priority, Usage } from '../../../src/domain/introduction/needs-profile.js';
import type { NextStep, TestDriveStatus } from '../../../src/domain/test-drive/test-drive.js';
import type { CustomerLanguage } from './api-types.js';

export type { LocalizedText, Motivation, NextStep, Priority, TestDriveStatus, Usage };

export interface ApiLead {
  readonly id: string;
  readonly dealerCode: string;
  readonly name: string;
  /** Whole for the dealer's own staff on the lead's page; masked in lists; null without consent. */
  readonly phone: string | null;
  readonly contactConsent: boolean;
  readonly consentAt: string | null;
  readonly language: CustomerLanguage;
  readonly budgetCents: number | null;
  readonly householdSize: number | null;
  readonly dailyDistanceKm: number | null;
  readonly homeCharging: boolean | null;
  readonly usage: readonly Usage[];
  /** Most important first. */
  readonly priorities: readonly Priority[];
  readonly motivation: Motivation | null;
  readonly salespersonId: string;
  readonly orderId: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface ApiSellingPoint {
  readonly feature: string;
  readonly featureZh: string;
  readonly explanation: LocalizedText;
  readonly say: LocalizedText;
}

/** One offer of the tailored introduction: a trim with the packages this customer's needs call for. */
export interface ApiOffer {
  readonly rank: number;
  readonly model: string;
  readonly modelName: string;
  readonly powertrain: 'BEV' | 'PHEV' | 'ICE';
  readonly trim: string;
  readonly trimName: string;
  readonly options: readonly { readonly code: string; readonly name: string }[];
  readonly priceCents: number;
  readonly seats: number | null;
  readonly score: number;
  readonly sellingPoints: readonly ApiSellingPoint[];
  readonly talkingPoints: readonly LocalizedText[];
}

export interface ApiRecommendations {
  readonly leadId: string;
  readonly leadVersion: number;
  readonly at: string;
  readonly offers: readonly ApiOffer[];
}

export interface ApiDemoCar {
  readonly id: string;
  readonly dealerCode: string;
  readonly model: string;
  readonly trim: string;
  readonly plate: string;
  readonly available: boolean;
  readonly createdAt: string;
}

export interface ApiTestDriveFeedback {
  readonly liked: readonly string[];
  readonly concerns: readonly string[];
  readonly nextStep: NextStep;
  readonly givenAt: string;
  readonly givenBy: string;
}

export interface ApiTestDrive {
  readonly id: string;
  readonly dealerCode: string;
  readonly leadId: string;
  readonly carId: string;
  readonly car: { readonly model: string; readonly trim: string; readonly plate: string } | null;
  readonly salespersonId: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly busyUntil: string;
  readonly status: TestDriveStatus;
  readonly feedback: ApiTestDriveFeedback | null;
  readonly version: number;
}

/** `GET /demo-cars/:id/slots`: the instants a drive may start on a date of the showroom's time zone. */
export interface ApiOpenSlots {
  readonly carId: string;
  readonly date: string;
  readonly timeZone: string;
  readonly starts: readonly string[];
}

export interface ApiFunnelCounts {
  readonly leads: number;
  readonly testDriven: number;
  readonly ordered: number;
  readonly verified: number;
}

export interface ApiFunnelReport {
  readonly from: string;
  readonly to: string;
  readonly totals: ApiFunnelCounts;
  readonly byDealer: readonly (ApiFunnelCounts & { readonly dealerCode: string })[];
  readonly bySalesperson: readonly (ApiFunnelCounts & {
    readonly dealerCode: string;
    readonly salespersonId: string;
    readonly username: string | null;
    readonly displayName: string | null;
  })[];
}
