import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName } from './mask.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('mask.test.ts');

describe('maskName', () => {
  it.each([
    { name: '张三', masked: '张*' },
    { name: '欧阳娜娜', masked: '欧***' },
    { name: '王小明', masked: '王**' },
    { name: '张', masked: '张' },
    { name: ' 李四 ', masked: '李*' },
    { name: '张 三', masked: '张*' },
    { name: '阿沛·阿旺晋美', masked: '阿******' },
    { name: '𠮷野家', masked: '𠮷**' },
    { name: 'John Smith', masked: 'J*** S****' },
    { name: 'john  smith', masked: 'j*** s****' },
    { name: 'Anne-Marie Dupont', masked: 'A********* D*****' },
    { name: 'J. R. R. Tolkien', masked: 'J* R* R* T******' },
    { name: 'Ólafur', masked: 'Ó*****' },
    { name: '', masked: '' },
    { name: '   ', masked: '' },
  ])('masks "$name" as "$masked"', ({ name, masked }) => {
    expect(maskName(name)).toBe(masked);
  });

  it('shows only the first character of a Chinese name and keeps its length', () => {
    const chineseName = fc
      .array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength: 1, maxLength: 6 })
      .map((codePoints) => String.fromCodePoint(...codePoints));
    fc.assert(
      fc.property(chineseName, (name) => {
        const masked = maskName(name);
        expect(Array.from(masked)).toHaveLength(Array.from(name).length);
        expect(masked.startsWith(Array.from(name)[0] ?? '')).toBe(true);
        expect(masked.slice(Array.from(name)[0]?.length)).toMatch(/^\**$/);
      }),
      { seed },
    );
  });

  it('shows only the first letter of each word of a Latin name', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const masked = maskName(words.join(' '));
        expect(masked).toBe(words.map((each) => `${each.charAt(0)}${'*'.repeat(each.length - 1)}`).join(' '));
      }),
      { seed },
    );
  });
});

describe('maskIdNumber', () => {
  it.each([
    { idNumber: '11010519491231002X', masked: '110***********002X' },
    { idNumber: '91110108MA0000001D', masked: '911***********001D' },
    { idNumber: 'E12345678', masked: 'E12**5678' },
    { idNumber: 'AB123456', masked: 'AB1*3456' },
    { idNumber: 'AB12345', masked: '*******' },
    { idNumber: 'AB123', masked: '*****' },
    { idNumber: '', masked: '' },
  ])('masks "$idNumber" as "$masked"', ({ idNumber, masked }) => {
    expect(maskIdNumber(idNumber)).toBe(masked);
  });

  it('keeps the length and never shows more than the first 3 and last 4 characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{0,24}$/), (idNumber) => {
        const masked = maskIdNumber(idNumber);
        expect(masked).toHaveLength(idNumber.length);
        if (idNumber.length < 8) {
          expect(masked).toBe('*'.repeat(idNumber.length));
        } else {
          expect(masked.slice(0, 3)).toBe(idNumber.slice(0, 3));
          expect(masked.slice(-4)).toBe(idNumber.slice(-4));
          expect(masked.slice(3, -4)).toMatch(/^\*+$/);
        }
      }),
      { seed },
    );
  });
});
