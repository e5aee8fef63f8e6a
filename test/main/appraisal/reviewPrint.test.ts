import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserCtx } from '../../../src/main/core/context';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { advanceCycle } from '../../../src/main/domains/appraisal/advance';
import { printHistory } from '../../../src/main/domains/appraisal/historyPdf';
import { getCycleRow } from '../../../src/main/domains/appraisal/repository/cycles';
import { printSummary } from '../../../src/main/domains/appraisal/summaryPdf';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import type { FilePayload, Locale } from '../../../src/shared/contract/fields';
import { fillCycle, manualTemplate, openTestCycle, person, type Person } from '../../support/appraisalCycle';
import { FakeClock, makeCore, setUpDepartment, tempDir } from '../../support/core';

/*
 * The cycle result summary and a person's history as printed (A4 PDF, real text): in both languages, the
 * distribution with the guideline warning, the rows by group — only those the reader may see.
 */

const outDir = process.env.KEEP_REPORTS
  ? path.resolve('test-artifacts/appraisal')
  : tempDir('bizops-appraisal-');
const squeeze = (s: string) => s.replace(/\s+/g, '');
let core: Core;
let manager: Session;
let lead: Person;
const people: Person[] = [];
let cycleId: string;

beforeAll(async () => {
  core = await makeCore({ printer: createChromiumPrinter(), clock: new FakeClock() });
  const dep = await setUpDepartment(core);
  manager = dep.manager;
  const position = await manualTemplate(core, manager);
  lead = await person(core, manager, { groupId: dep.groups.sales!, position, role: 'group_lead' });
  for (const g of ['sales', 'sales', 'market'])
    people.push(await person(core, manager, { groupId: dep.groups[g]!, position, role: 'staff' }));
  const c = openTestCycle(core, manager, {
    kind: 'quarterly',
    periodFrom: '2026-07-01',
    periodTo: '2026-09-30',
    staffIds: people.map((p) => p.staffId),
    name: '2026年第三季度考核',
  });
  fillCycle(core, c.id, 'managerReview', {
    [people[0]!.staffId]: 93,
    [people[1]!.staffId]: 91,
    [people[2]!.staffId]: 72,
  });
  advanceCycle(core.context(manager) as UserCtx, c.id, getCycleRow(core.store.db, c.id)!.version);
  cycleId = c.id;
});

afterAll(async () => {
  await core.close();
});

function text(file: FilePayload, name: string) {
  fs.mkdirSync(outDir, { recursive: true });
  const pdf = path.join(outDir, name);
  fs.writeFileSync(pdf, file.bytes);
  return squeeze(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }));
}

describe('the cycle result summary', () => {
  it.each([
    [
      'zh-CN',
      [
        '考核结果汇总',
        '2026年第三季度考核',
        '等级分布',
        '超出指导分布',
        '各小组考核结果',
        '销售组',
        '市场拓展组',
      ],
    ],
    [
      'en-US',
      ['Appraisalresultsummary', 'Gradedistribution', 'Abovetheguidelinedistribution', 'Resultsbygroup'],
    ],
  ] as [Locale, string[]][])(
    '%s: particulars, the distribution with its warning, the rows by group',
    async (locale, words) => {
      const flat = text(
        await printSummary(core.context(manager) as UserCtx, cycleId, locale),
        `summary-${locale}.pdf`,
      );
      for (const w of words) expect(flat).toContain(squeeze(w));
      for (const p of people) expect(flat).toContain(p.name);
    },
  );

  it('a group lead’s summary holds only their group’s people', async () => {
    const flat = text(
      await printSummary(core.context(lead.session!) as UserCtx, cycleId, 'zh-CN'),
      'summary-lead.pdf',
    );
    expect(flat).toContain(people[0]!.name);
    expect(flat).toContain(people[1]!.name);
    expect(flat).not.toContain(people[2]!.name);
  });
});

describe('a person’s history', () => {
  it.each(['zh-CN', 'en-US'] as Locale[])('%s: the person, each result with its grade', async (locale) => {
    const flat = text(
      await printHistory(core.context(people[0]!.session!) as UserCtx, people[0]!.staffId, locale),
      `history-${locale}.pdf`,
    );
    expect(flat).toContain(people[0]!.name);
    expect(flat).toContain(squeeze(locale === 'zh-CN' ? '考核历史' : 'Appraisal history'));
    expect(flat).toContain('93');
  });

  it('is refused to someone who may not see it', async () => {
    await expect(
      printHistory(core.context(people[2]!.session!) as UserCtx, people[0]!.staffId, 'zh-CN'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
