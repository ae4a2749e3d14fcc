import { describe, expect, it } from 'vitest';
import { customerProblems } from './customer-problems.js';
import { residentIdBornOn } from './test-models.js';

const TODAY = '2026-12-04';
const adult = residentIdBornOn('19900115');

function keys(customer: Partial<Parameters<typeof customerProblems>[0]>, keepStoredIdNumber = false): string[] {
  const full = {
    name: '张三',
    phone: '13800138000',
    idType: 'resident_id' as const,
    idNumber: adult,
    language: 'zh-CN' as const,
  };
  return customerProblems({ ...full, ...customer }, TODAY, { keepStoredIdNumber }).map(
    (problem) => `${problem.key}@${problem.path}`,
  );
}

describe("the customer's data as the order form checks it while typed", () => {
  it('accepts a named adult with a mainland mobile and a valid resident ID', () => {
    expect(keys({})).toEqual([]);
    expect(keys({ phone: '+86 138-0013-8000' })).toEqual([]);
  });

  it('asks for the name', () => {
    expect(keys({ name: '   ' })).toEqual(['problem.name_missing@customer.name']);
  });

  it.each(['1380013800', '12800138000', '+1 13800138000', '138001380001'])('refuses the mobile number %s', (phone) => {
    expect(keys({ phone })).toEqual(['problem.phone_invalid@customer.phone']);
  });

  it('names what is wrong with a resident ID: length, check character, age', () => {
    expect(keys({ idNumber: adult.slice(0, 17) })).toEqual(['problem.id_number_length@customer.idNumber']);
    const wrongCheck = adult.slice(0, 17) + (adult.endsWith('1') ? '2' : '1');
    expect(keys({ idNumber: wrongCheck })).toEqual(['problem.id_number_checksum@customer.idNumber']);
    expect(keys({ idNumber: residentIdBornOn('20100101') })).toEqual(['problem.id_number_minor@customer.idNumber']);
  });

  it('gives the length of a too-short number to the message', () => {
    const [problem] = customerProblems(
      { name: '李四', phone: '13900139000', idType: 'resident_id', idNumber: '3101', language: 'en' },
      TODAY,
    );
    expect(problem?.params).toEqual({ length: 4 });
  });

  it('checks passports and company credit codes by their own rules', () => {
    expect(keys({ idType: 'passport', idNumber: 'E12345678' })).toEqual([]);
    expect(keys({ idType: 'passport', idNumber: 'E1-23' })).toEqual([
      'problem.passport_number_invalid@customer.idNumber',
    ]);
    expect(keys({ idType: 'company', idNumber: '91350100M000100Y43' })).toEqual([]);
    expect(keys({ idType: 'company', idNumber: '91350100M000100Y44' })).toEqual([
      'problem.credit_code_checksum@customer.idNumber',
    ]);
  });

  it('keeps the stored ID number of an order being fixed when none is typed', () => {
    expect(keys({ idNumber: '' }, true)).toEqual([]);
    expect(keys({ idNumber: '' }, false)).toEqual(['problem.id_number_length@customer.idNumber']);
  });
});
