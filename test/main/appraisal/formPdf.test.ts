import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { UserCtx } from '../../../src/main/core/context';
import type { Session } from '../../../src/main/core/session';
import { printEvaluation, printSelf } from '../../../src/main/domains/appraisal/formPdf';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import type { Printer } from '../../../src/main/printing/printer';
import type { FilePayload } from '../../../src/shared/contract/fields';
import { FakeClock, makeCore, sessionFor, setUpDepartment, tempDir, unwrap } from '../../support/core';
import { formAt, readForm } from '../../support/appraisalForms';

/** KEEP_REPORTS=1 keeps the PDFs (and their pages as PNG) in test-artifacts/appraisal. */
const outDir = process.env.KEEP_REPORTS ? path.resolve('test-artifacts/appraisal') : tempDir('bizops-forms-');
const squeeze = (s: string) => s.replace(/\s+/g, '');

let core: Core;
let printer: Printer;
let manager: Session;
let person: Session;
let evaluator: Session;
let formId: string;

beforeAll(async () => {
  printer = createChromiumPrinter();
  core = await makeCore({ clock: new FakeClock(), printer });
  let groups: Record<string, string>;
  ({ manager, groups } = await setUpDepartment(core));
  person = await sessionFor(core, manager, 'staff', groups.sales!);
  evaluator = await sessionFor(core, manager, 'group_lead', groups.sales!);
  const g = unwrap(await core.call('org.groups.list', { includeInactive: true }, manager)).find(
    (x) => x.id === groups.sales,
  )!;
  unwrap(
    await core.call(
      'org.groups.update',
      {
        id: g.id,
        version: g.version,
        name: g.name,
        nameEn: g.nameEn,
        sortOrder: g.sortOrder,
        active: g.active,
        leadStaffId: evaluator.user!.staffId,
      },
      manager,
    ),
  );
  ({ formId } = await formAt(core, manager, person, evaluator, 'evaluated'));
});

afterAll(async () => {
  await core.close();
  await printer.close?.();
  if (!process.env.KEEP_REPORTS) fs.rmSync(outDir, { recursive: true, force: true });
});

function text(pdf: FilePayload, name: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${name}.pdf`);
  fs.writeFileSync(file, pdf.bytes);
  if (process.env.KEEP_REPORTS) execFileSync('pdftoppm', ['-png', '-r', '70', file, path.join(outDir, name)]);
  return squeeze(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
}

const ctxOf = (s: Session) => core.context(s) as UserCtx;

describe('the self-assessment and evaluation forms printed by Chromium', () => {
  it('the self-assessment in Chinese: header, indicators by category, the self scores and summaries, signatures', async () => {
    const f = await readForm(core, person, formId);
    const pdf = await printSelf(ctxOf(person), formId, 'zh-CN');
    expect(pdf.mime).toBe('application/pdf');
    expect(pdf.fileName).toBe(`自评表-${f.cycleCode}-${f.staffName}.pdf`);
    const flat = text(pdf, 'self-zh');
    for (const s of [
      '自评表',
      f.cycleCode,
      f.cycleNameZh,
      f.staffName,
      f.employeeNo,
      '销售组',
      f.evaluatorName,
      '业绩',
      '工作态度',
      '能力',
      '销售额',
      '责任心',
      '自评得分',
      '自评：销售额',
      '完成华东区重点客户回访。',
      '新客户开发偏少。',
      '下月拓展两家新客户。',
      '本月重点跟进华东区客户。',
      '本人',
      '考核人',
      '签字：',
      '日期：',
    ])
      expect(flat, s).toContain(squeeze(s));
    // The evaluation is not on the self-assessment form.
    expect(flat).not.toContain('考核人评语');
    expect(flat).not.toContain('评语：');
  });

  it('the evaluation in English: the evaluator’s scores and comments, the totals, three signature lines', async () => {
    const f = await readForm(core, evaluator, formId);
    const pdf = await printEvaluation(ctxOf(evaluator), formId, 'en-US');
    expect(pdf.fileName).toBe(`Evaluation form-${f.cycleCode}-${f.staffName}.pdf`);
    const flat = text(pdf, 'evaluation-en');
    for (const s of [
      'Evaluation form',
      f.cycleNameEn!,
      'Sales group',
      'Results',
      'Work attitude',
      'Sales revenue',
      "Evaluator's score",
      '评语：销售额',
      '工作认真，客户反馈良好。',
      'Evaluation total',
      String(f.evalTotal),
      'Person appraised',
      'Department manager',
      'Signature:',
    ])
      expect(flat, s).toContain(squeeze(s));
    for (const zh of ['评价表', '考核周期', '签字', '业绩', '部门经理']) expect(flat, zh).not.toContain(zh);
  });

  it('the person cannot print the evaluation before publication; another staff member prints nothing', async () => {
    await expect(printEvaluation(ctxOf(person), formId, 'zh-CN')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const stranger = await sessionFor(core, manager, 'staff', null);
    await expect(printSelf(ctxOf(stranger), formId, 'zh-CN')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
