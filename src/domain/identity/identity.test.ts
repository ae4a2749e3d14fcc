import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from './credit-code.js';
import { validateIdentity, type IdentityDocumentType } from './identity.js';
import { residentIdCheckCharacter } from './resident-id.js';

const TODAY = '2026-05-15';
const PATH = 'customer.idNumber';
const ADULT_RESIDENT_ID = `11010519491231002${residentIdCheckCharacter('11010519491231002')}`;
const MINOR_RESIDENT_ID = `11010120100101123${residentIdCheckCharacter('11010120100101123')}`;
const CREDIT_CODE = `91110108MA0000001${creditCodeCheckCharacter('91110108MA0000001')}`;

describe('validateIdentity', () => {
  it.each<{ idType: IdentityDocumentType; idNumber: string }>([
    { idType: 'resident_id', idNumber: ADULT_RESIDENT_ID },
    { idType: 'passport', idNumber: 'E12345678' },
    { idType: 'company', idNumber: CREDIT_CODE },
  ])('accepts a valid $idType number', ({ idType, idNumber }) => {
    expect(validateIdentity(idType, idNumber, TODAY, PATH)).toEqual([]);
  });

  it.each<{ why: string; idType: IdentityDocumentType; idNumber: string; code: string }>([
    {
      why: 'a passport number given as a resident ID',
      idType: 'resident_id',
      idNumber: 'E12345678',
      code: 'id_number_length',
    },
    { why: 'a minor’s resident ID', idType: 'resident_id', idNumber: MINOR_RESIDENT_ID, code: 'id_number_minor' },
    {
      why: 'a resident ID with a wrong check character',
      idType: 'resident_id',
      idNumber: '110105194912310021',
      code: 'id_number_checksum',
    },
    { why: 'a four-character passport number', idType: 'passport', idNumber: 'E123', code: 'passport_number_invalid' },
    {
      why: 'a resident ID given as a passport number, one character too long',
      idType: 'passport',
      idNumber: ADULT_RESIDENT_ID,
      code: 'passport_number_invalid',
    },
    {
      why: 'a resident ID given as a credit code',
      idType: 'company',
      idNumber: ADULT_RESIDENT_ID,
      code: 'credit_code_checksum',
    },
    { why: 'a credit code with an O', idType: 'company', idNumber: '91110108OA0000001D', code: 'credit_code_format' },
    {
      why: 'a passport number given as a credit code',
      idType: 'company',
      idNumber: 'E12345678',
      code: 'credit_code_length',
    },
  ])('rejects $why with $code at the path it was given', ({ idType, idNumber, code }) => {
    expect(validateIdentity(idType, idNumber, TODAY, PATH)).toEqual([
      { code, message: expect.any(String), path: PATH },
    ]);
  });
});
