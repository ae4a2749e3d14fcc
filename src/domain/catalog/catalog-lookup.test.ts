import { describe, expect, it } from 'vitest';
import { findModel, findOption, findTrim } from './catalog-lookup.js';
import { TEST_CATALOG, testModel } from './test-catalog.js';

describe('catalog lookup', () => {
  it.each(['AUR-E7', 'AUR-X9', 'AUR-C3'])('finds model %s by its code', (code) => {
    expect(findModel(TEST_CATALOG, code)?.code).toBe(code);
  });

  it.each(['', 'AUR-E8', 'aur-e7', ' AUR-E7'])('finds no model for the code "%s"', (code) => {
    expect(findModel(TEST_CATALOG, code)).toBeUndefined();
  });

  it.each([
    ['AUR-E7', 'E7-LR', 'Long Range'],
    ['AUR-X9', 'X9-FLAG', 'Flagship'],
    ['AUR-C3', 'C3-BASE', 'City'],
  ])('finds trim %s/%s, named %s', (modelCode, trimCode, name) => {
    expect(findTrim(testModel(modelCode), trimCode)?.name).toBe(name);
  });

  it.each([
    ['AUR-E7', 'X9-LUX'],
    ['AUR-C3', 'c3-base'],
    ['AUR-X9', ''],
  ])('finds no trim %s/%s, even when another model has it', (modelCode, trimCode) => {
    expect(findTrim(testModel(modelCode), trimCode)).toBeUndefined();
  });

  it('finds an option of the model asked, not of another model with the same code', () => {
    expect(findOption(testModel('AUR-E7'), 'ROOF-PANO')?.requires).toEqual(['WHL-21']);
    expect(findOption(testModel('AUR-X9'), 'ROOF-PANO')?.requires).toEqual(['PKG-PREMIUM']);
  });

  it.each([
    ['AUR-E7', 'SEAT-7'],
    ['AUR-C3', 'ROOF-PANO'],
    ['AUR-X9', 'roof-pano'],
  ])('finds no option %s/%s', (modelCode, optionCode) => {
    expect(findOption(testModel(modelCode), optionCode)).toBeUndefined();
  });
});
