import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { auditChangeTexts, type AuditWords } from '../../../src/shared/audit/present';
import type { Locale } from '../../../src/shared/contract/fields';
import { resources } from '../../../src/shared/i18n/resources';
import { makeCore, setUpDepartment, unwrap } from '../../support/core';
import { fakePdfPrinter } from '../contract/support';

/*
 * A change to the working hours or the customer service settings reads in the trail as a person would say it
 * (09:00–12:00, a list entry by its name, a deadline as hours and how they count), never as raw JSON.
 */

let core: Core;
let manager: Session;

beforeAll(async () => {
  core = await makeCore({ printer: fakePdfPrinter });
  ({ manager } = await setUpDepartment(core));
});

afterAll(async () => {
  await core.close();
});

/** i18next's interpolation, enough for the audit labels. */
function words(locale: Locale): AuditWords {
  const t = (key: string, options: Record<string, unknown> = {}) => {
    const [ns, path] = key.split(':') as [string, string];
    let v: unknown = (resources[locale] as Record<string, unknown>)[ns];
    for (const p of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[p];
    const s = typeof v === 'string' ? v : String(options.defaultValue ?? key);
    return s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(options[k]));
  };
  return { t, locale };
}

describe('settings changes in the audit trail', () => {
  it('working hours, list entries and deadlines read as text in both languages', async () => {
    const { settings, version } = unwrap(await core.call('settings.get', {}, manager));
    unwrap(
      await core.call(
        'settings.update',
        {
          version,
          settings: {
            ...settings,
            workingDay: [{ start: '08:30', end: '17:30' }],
            serviceCategories: settings.serviceCategories.map((e) =>
              e.key === 'billing' ? { ...e, active: false } : e,
            ),
            serviceDeadlines: {
              ...settings.serviceDeadlines,
              complaintFirstResponse: {
                normal: { hours: 4, mode: 'working' },
                major: { hours: 2, mode: 'working' },
                critical: { hours: 1, mode: 'calendar' },
              },
            },
          },
        },
        manager,
      ),
    );
    const [row] = unwrap(
      await core.call(
        'audit.list',
        { actorUserId: null, entity: 'settings', entityId: null, from: null, to: null, page: 1, pageSize: 1 },
        manager,
      ),
    ).rows;
    const en = auditChangeTexts(row!, words('en-US'));
    expect(en.find((c) => c.field === 'workingDay')).toMatchObject({
      label: 'Working hours',
      before: '09:00–12:00, 13:00–18:00',
      after: '08:30–17:30',
    });
    expect(en.find((c) => c.field === 'serviceCategories')?.after).toContain('Billing (retired)');
    expect(en.find((c) => c.field === 'serviceDeadlines')?.after).toContain(
      'Complaint first response: normal 4 working h, major 2 working h, critical 1 h',
    );
    const zh = auditChangeTexts(row!, words('zh-CN'));
    expect(zh.find((c) => c.field === 'workingDay')).toMatchObject({
      label: '工作时间',
      after: '08:30—17:30',
    });
    expect(zh.find((c) => c.field === 'serviceCategories')?.after).toContain('账单结算（已停用）');
    expect(zh.find((c) => c.field === 'serviceDeadlines')?.after).toContain(
      '投诉首次响应：一般 4 工作小时、重大 2 工作小时、紧急 1 小时',
    );
    for (const c of [...en, ...zh]) expect(`${c.before} ${c.after}`).not.toMatch(/[{}"]/);
  });
});
