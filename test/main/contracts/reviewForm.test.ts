import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import type { Printer } from '../../../src/main/printing/printer';
import type { ContractDetail } from '../../../src/shared/contracts/types';
import { tempDir, unwrap } from '../../support/core';
import { SIGNED_ON, allPassed, draftContract, ref } from '../../support/contractFlow';
import { contractDepartment, staffOf, type ContractDepartment } from './support';

let d: ContractDepartment;
let printer: Printer;
let signed: ContractDetail;
const outDir = process.env.KEEP_REPORTS
  ? path.resolve('test-artifacts/contracts')
  : tempDir('bizops-review-form-');

beforeAll(async () => {
  printer = createChromiumPrinter();
  d = await contractDepartment({ printer });
  let c = await draftContract(d.core, d.manager, staffOf(d.owner));
  c = unwrap(await d.core.call('contracts.submit', ref(c), d.owner));
  const checklist = allPassed.map((x) => (x.item === 'dispute' ? { ...x, comment: '仲裁机构已确认' } : x));
  c = unwrap(await d.core.call('contracts.check', { ...ref(c), checklist }, d.salesLead));
  c = unwrap(
    await d.core.call(
      'contracts.opine',
      { ...ref(c), agree: true, comment: '条款完整，同意签订' },
      d.salesLead,
    ),
  );
  c = unwrap(await d.core.call('contracts.approve', ref(c), d.deputy));
  signed = unwrap(
    await d.core.call(
      'contracts.sign',
      { ...ref(c), signedOn: SIGNED_ON, handoffs: [{ department: 'finance', assigneeId: null, note: null }] },
      d.owner,
    ),
  );
});

afterAll(async () => {
  await d.core.close();
  await printer.close?.();
});

describe('the contract review form 合同评审表', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    '(%s): particulars, parties, amount, checklist with results and comments, opinions, signature lines',
    async (locale) => {
      const c = signed.contract;
      const pdf = unwrap(await d.core.call('contracts.printReview', { id: c.id, locale }, d.owner));
      expect(pdf.fileName).toBe(
        `${locale === 'zh-CN' ? '合同评审表' : 'Contract-review-form'}-${c.code}.pdf`,
      );
      fs.mkdirSync(outDir, { recursive: true });
      const file = path.join(outDir, `review-form-${locale}.pdf`);
      fs.writeFileSync(file, pdf.bytes);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const squeezed = text.replace(/\s+/g, '');
      for (const word of [
        c.code,
        c.title,
        c.clientName,
        '业务部',
        '120,000.00',
        '逾期交付每日按合同金额0.05%支付违约金',
        '仲裁机构已确认',
        '条款完整，同意签订',
        d.salesLead.user!.displayName,
        d.deputy.user!.displayName,
      ])
        expect(squeezed, word).toContain(word.replace(/\s+/g, ''));
      for (const word of locale === 'zh-CN'
        ? [
            '合同评审表',
            '合同主体',
            '违约责任',
            '争议解决',
            '通过',
            '同意',
            '拟稿人',
            '评审人',
            '批准人',
            '签字',
            '财务部',
          ]
        : [
            'Contract review form',
            'Parties',
            'Liability for breach',
            'Dispute resolution',
            'Passed',
            'Agree',
            'Drafter',
            'Reviewer',
            'Approver',
            'Signature',
            'Finance',
          ])
        expect(squeezed, word).toContain(word.replace(/\s+/g, ''));
    },
  );
});
