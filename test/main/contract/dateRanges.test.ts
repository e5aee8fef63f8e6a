import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import {
  calendarDate,
  isoTimestamp,
  localToday,
  optionalDate,
  optionalPastDate,
} from '../../../src/shared/contract/fields';
import { zodIssuesToFields } from '../../../src/shared/contract/validation';
import { makeCore, setUpDepartment, unwrap } from '../../support/core';
import { xlsxBytes } from '../clients-files/support';

const RANGE = { key: 'validation.dateRange', params: { min: 1900, max: 2100 } };
const FUTURE = { key: 'validation.dateFuture' };

function fieldError(schema: z.ZodType, v: unknown) {
  const r = schema.safeParse(v);
  return r.success ? 'accepted' : zodIssuesToFields(r.error.issues, v)._;
}

describe('business dates and times stay within sane years', () => {
  it('calendar dates: 1900-01-01 to 2100-12-31', () => {
    for (const ok of ['1900-01-01', '1985-06-18', '2026-11-27', '2100-12-31'])
      expect(fieldError(calendarDate(), ok), ok).toBe('accepted');
    for (const far of ['0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31'])
      expect(fieldError(calendarDate(), far), far).toEqual(RANGE);
    // A date that does not exist is still just not a date.
    expect(fieldError(calendarDate(), '2026-02-30')).toEqual({ key: 'validation.date' });
    expect(fieldError(optionalDate(), '9999-12-31')).toEqual(RANGE);
    expect(fieldError(optionalDate(), '2026-02-30')).toEqual({ key: 'validation.date' });
    expect(fieldError(optionalPastDate(), 'yesterday')).toEqual({ key: 'validation.date' });
    expect(optionalDate().parse('')).toBeNull();
  });

  it('a birthday is today at the latest', () => {
    const birthday = optionalPastDate(() => '2026-11-27');
    expect(birthday.parse('2026-11-27')).toBe('2026-11-27');
    expect(fieldError(birthday, '2026-11-28')).toEqual(FUTURE);
    expect(fieldError(birthday, '0001-01-01')).toEqual(RANGE);
    expect(birthday.parse(null)).toBeNull();
  });

  it('today is the local calendar date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('timestamps: within the same years', () => {
    expect(fieldError(isoTimestamp(), '2026-11-20T03:00:00.000Z')).toBe('accepted');
    expect(fieldError(isoTimestamp(), '0001-01-01T00:00:00.000Z')).toEqual(RANGE);
    expect(fieldError(isoTimestamp(), '9999-12-31T23:59:59.000Z')).toEqual(RANGE);
  });
});

describe('through the channels', () => {
  let core: Core;
  let manager: Session;
  let clientId: string;

  beforeAll(async () => {
    core = await makeCore();
    ({ manager } = await setUpDepartment(core));
    clientId = unwrap(await core.call('clients.create', { name: '日期校验公司' }, manager)).id;
  });
  afterAll(() => core.close());

  const fieldsOf = async (p: ReturnType<Core['call']>) => {
    const r = await p;
    return r.ok ? 'accepted' : { code: r.error.code, fields: r.error.fields };
  };

  it('refuses far-off dates field by field, and a birthday after today', async () => {
    expect(
      await fieldsOf(
        core.call('contacts.create', { clientId, name: '张三', birthday: '0001-01-01' }, manager),
      ),
    ).toEqual({ code: 'VALIDATION', fields: { birthday: RANGE } });
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(
      await fieldsOf(
        core.call('contacts.create', { clientId, name: '张三', birthday: localToday(tomorrow) }, manager),
      ),
    ).toEqual({ code: 'VALIDATION', fields: { birthday: FUTURE } });
    expect(
      await fieldsOf(
        core.call(
          'transactions.create',
          { clientId, date: '9999-12-31', item: '设备', quantity: 1, amountFen: 100 },
          manager,
        ),
      ),
    ).toEqual({ code: 'VALIDATION', fields: { date: RANGE } });
    expect(
      await fieldsOf(
        core.call(
          'communications.create',
          {
            clientId,
            at: '0001-01-01T00:00:00.000Z',
            channel: 'phone',
            content: '电话',
            nextActionDate: '2999-01-01',
          },
          manager,
        ),
      ),
    ).toEqual({ code: 'VALIDATION', fields: { at: RANGE, nextActionDate: RANGE } });
    expect(
      await fieldsOf(
        core.call('org.staff.create', { employeeNo: 'D001', name: '李四', hireDate: '1899-12-31' }, manager),
      ),
    ).toEqual({ code: 'VALIDATION', fields: { hireDate: RANGE } });
  });

  it('the import reports a far-off birthday as a row error in its column', async () => {
    const bytes = Uint8Array.from(
      await xlsxBytes(['name', 'contactName', 'contactBirthday'], [['生日有误公司', '王五', '0001-01-01']]),
    );
    const preview = unwrap(await core.call('clients.import.preview', { fileName: 'b.xlsx', bytes }, manager));
    expect(preview).toMatchObject({ total: 1, invalid: 1 });
    expect(preview.rows[0]!.errors).toMatchObject({ contactBirthday: RANGE });
  });
});
