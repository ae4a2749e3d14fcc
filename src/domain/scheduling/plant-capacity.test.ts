import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { bookingKey, dailyCapacityOf, freeSlotsOn, servingProblem, transitDaysTo } from './plant-capacity.js';
import type { Plant } from './plant-types.js';
import { testPlant } from './test-plants.js';

/** Ningbo builds two E7 a day, Monday to Friday; 2026-03-06 is a Friday, 2026-03-07 a Saturday. */
const ningbo = testPlant('NB');

describe('dailyCapacityOf and transitDaysTo', () => {
  for (const { model, capacity } of [
    { model: 'AUR-E7', capacity: 2 },
    { model: 'AUR-X9', capacity: null },
    { model: 'toString', capacity: null },
    { model: '__proto__', capacity: null },
  ]) {
    it(`says the plant builds ${capacity} of ${model} a day`, () => {
      expect(dailyCapacityOf(ningbo, model)).toBe(capacity);
    });
  }

  for (const { region, days } of [
    { region: 'EAST', days: 2 },
    { region: 'WEST', days: 6 },
    { region: 'SOUTH', days: null },
    { region: 'hasOwnProperty', days: null },
  ]) {
    it(`says the plant ships to ${region} in ${days} days`, () => {
      expect(transitDaysTo(ningbo, region)).toBe(days);
    });
  }

  for (const { plant, why } of [
    { why: 'a negative capacity', plant: { ...ningbo, dailyCapacity: { 'AUR-E7': -1 } } },
    { why: 'a fractional capacity', plant: { ...ningbo, dailyCapacity: { 'AUR-E7': 0.5 } } },
  ] satisfies { why: string; plant: Plant }[]) {
    it(`throws for ${why}`, () => {
      expect(() => dailyCapacityOf(plant, 'AUR-E7')).toThrow(InvariantError);
    });
  }

  it('throws for a negative transit time', () => {
    expect(() => transitDaysTo({ ...ningbo, transitDays: { EAST: -2 } }, 'EAST')).toThrow(InvariantError);
  });
});

describe('servingProblem', () => {
  for (const { model, region, problem } of [
    { model: 'AUR-E7', region: 'EAST', problem: null },
    { model: 'AUR-E7', region: 'SOUTH', problem: 'region_unknown' },
    { model: 'AUR-C3', region: 'EAST', problem: 'model_not_built' },
    { model: 'AUR-C3', region: 'SOUTH', problem: 'model_not_built' },
  ]) {
    it(`finds ${problem} for ${model} shipped to ${region}`, () => {
      expect(servingProblem(ningbo, model, region)).toBe(problem);
    });
  }
});

describe('freeSlotsOn', () => {
  for (const { date, booked, free, why } of [
    { date: '2026-03-06', booked: 0, free: 2, why: 'an empty working day has its whole capacity' },
    { date: '2026-03-06', booked: 1, free: 1, why: 'a booked slot is taken' },
    { date: '2026-03-06', booked: 2, free: 0, why: 'a full day has none' },
    { date: '2026-03-06', booked: 5, free: 0, why: 'an overbooked day has none, not fewer than none' },
    { date: '2026-03-07', booked: 0, free: 0, why: 'a day off has none' },
  ]) {
    it(`${why}`, () => {
      expect(freeSlotsOn(ningbo, 'AUR-E7', new Map([[bookingKey(date, 'AUR-E7'), booked]]), date)).toBe(free);
    });
  }

  it('has no slot for a model the plant does not build', () => {
    expect(freeSlotsOn(ningbo, 'AUR-X9', new Map(), '2026-03-06')).toBe(0);
  });
});
