import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isValidCreditCode,
  normaliseClientName,
  normalisePhoneDigits,
} from '../../../src/shared/clients/rules';
import { isValidPhone } from '../../../src/shared/contract/fields';
import { unwrap } from '../../support/core';
import { creditCode, department, makeClient, type Department } from './support';

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

describe('unified social credit code (统一社会信用代码)', () => {
  it('accepts codes whose 18th character is the GB 32100 check character, in either case', () => {
    for (const code of ['91350100M000100Y43', '91110000600037341L', '91310000MA1FL0000N', creditCode(42)])
      expect(isValidCreditCode(code), code).toBe(true);
    expect(isValidCreditCode('91350100m000100y43')).toBe(true);
    expect(isValidCreditCode(' 91350100M000100Y43 ')).toBe(true);
  });

  it('refuses a wrong check character, a wrong length, and letters outside the alphabet (I O S V Z)', () => {
    const bad = [
      '91350100M000100Y44', // check character off by one
      '91350100M000100Y4', // 17 characters
      '91350100M000100Y430', // 19 characters
      '91350100M000100I43', // I is not in the alphabet
      '9135010OM000100Y43', // O instead of 0
      '91350100S000100Y43',
      '91350100V000100Y43',
      '91350100Z000100Y43',
      '',
      '９１３５０１００Ｍ０００１００Ｙ４３', // full-width digits are not the code
      '91350100-000100Y43',
    ];
    for (const code of bad) expect(isValidCreditCode(code), code).toBe(false);
  });

  it('clients.create refuses an invalid code with validation.creditCode and stores a valid one upper-case', async () => {
    const refused = await d.core.call(
      'clients.create',
      { name: '校验码错误公司', creditCode: '91350100M000100Y44' },
      d.manager,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { creditCode: { key: 'validation.creditCode' } } },
    });
    const c = await makeClient(d.core, d.manager, {
      name: '小写信用代码公司',
      creditCode: '91350100m000100y43',
    });
    expect(c.creditCode).toBe('91350100M000100Y43');
  });

  it('an empty credit code is no code at all', async () => {
    const c = await makeClient(d.core, d.manager, {
      name: '个体户张三',
      type: 'individual',
      creditCode: '  ',
    });
    expect(c.creditCode).toBeNull();
  });
});

describe('mobile numbers', () => {
  it('mainland mobiles are 1[3-9] and nine more digits; spaces and dashes are allowed', () => {
    for (const p of ['13812345678', '19912345678', '138 1234 5678', '138-1234-5678'])
      expect(isValidPhone(p), p).toBe(true);
    // A number starting with 1 without a country code is read as a mainland mobile: a wrong second digit or a
    // missing / extra digit is refused rather than taken for an international number.
    for (const p of [
      '12812345678',
      '10012345678',
      '11012345678',
      '1381234567a',
      '138 1234 567x',
      '1381234567',
      '138123456789',
    ])
      expect(isValidPhone(p), p).toBe(false);
  });

  it('international numbers are free-form digits (6–20), with an optional +', () => {
    for (const p of ['+44 20 7946 0958', '+86 138 1234 5678', '+1-212-555-0100', '0571-88886666'])
      expect(isValidPhone(p), p).toBe(true);
    for (const p of ['+12345', 'call me', '+44 (20) 7946', '++8613812345678'])
      expect(isValidPhone(p), p).toBe(false);
  });

  it('contacts.create refuses an invalid mobile with validation.phone and stores digits for matching', async () => {
    const c = await makeClient(d.core, d.manager, { name: '联系人校验公司' });
    const refused = await d.core.call(
      'contacts.create',
      { clientId: c.id, name: '李四', mobile: '12812345678' },
      d.manager,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { mobile: { key: 'validation.phone' } } },
    });
    const contact = unwrap(
      await d.core.call(
        'contacts.create',
        { clientId: c.id, name: '李四', mobile: '+86 138-1234-5678' },
        d.manager,
      ),
    );
    expect(contact.mobile).toBe('+86 138-1234-5678');
    const norm = d.core.store.db
      .prepare('SELECT mobile_norm FROM client_contacts WHERE id = ?')
      .get(contact.id) as { mobile_norm: string };
    expect(norm.mobile_norm).toBe('13812345678');
  });
});

describe('normalisation for duplicate checks', () => {
  it('names: full-width → half-width, case, spaces and punctuation, company-form variants', () => {
    const same = [
      'ＡＢＣ科技有限公司',
      'abc科技有限公司',
      'ABC 科技 有限公司',
      'ABC科技有限责任公司',
      'ABC科技股份有限公司',
      'A.B.C.科技有限公司',
      'ABC　科技（有限公司）',
    ];
    const norms = same.map(normaliseClientName);
    expect(new Set(norms).size, JSON.stringify(norms)).toBe(1);
    expect(normaliseClientName('ABD科技有限公司')).not.toBe(norms[0]);
  });

  it('phones: digits only, a leading 86 of a mainland number dropped', () => {
    expect(normalisePhoneDigits('+86 138 1234 5678')).toBe('13812345678');
    expect(normalisePhoneDigits('138-1234-5678')).toBe('13812345678');
    expect(normalisePhoneDigits('8613812345678')).toBe('13812345678');
    expect(normalisePhoneDigits('+44 20 7946 0958')).toBe('442079460958');
  });
});
