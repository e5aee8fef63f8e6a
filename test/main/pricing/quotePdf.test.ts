import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import type { Printer } from '../../../src/main/printing/printer';
import { FakeClock, makeCore, setUpDepartment, tempDir, unwrap } from '../../support/core';
import { makeProduct, quoteInput } from '../../support/quoteFlow';

let core: Core;
let manager: Session;
let printer: Printer;
const outDir = process.env.KEEP_REPORTS ? path.resolve('test-artifacts/pricing') : tempDir('bizops-quote-');

beforeAll(async () => {
  printer = createChromiumPrinter();
  core = await makeCore({ clock: new FakeClock(), printer });
  ({ manager } = await setUpDepartment(core));
});

afterAll(async () => {
  await core.close();
  await printer.close?.();
});

describe('the printed quote', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    '%s: department, client, number, dates, lines with their figures, total, terms, signatures — no floor',
    async (locale) => {
      const client = unwrap(
        await core.call(
          'clients.create',
          {
            name: '苏州恒润精密机械有限公司',
            industry: '制造业',
            province: '江苏',
            city: '苏州',
            address: '工业园区星湖街 88 号',
            ownerId: manager.user!.staffId,
          },
          manager,
        ),
      );
      const product = await makeProduct(core, manager, { code: `WMS-${locale}`, floorPriceFen: 8_123 });
      const input = quoteInput(client.id, product.id, true);
      const q = unwrap(
        await core.call(
          'quotes.create',
          {
            ...input,
            lines: [
              ...input.lines,
              {
                productId: null,
                description: '现场实施与培训',
                unit: '人天',
                quantity: 5,
                unitPriceFen: 150_000,
                discountPct: 0,
              },
            ],
          },
          manager,
        ),
      );
      const pdf = unwrap(await core.call('quotes.print', { id: q.id, locale }, manager));
      expect(pdf.fileName).toBe(`${locale === 'zh-CN' ? '报价单' : 'Quotation'}-${q.code}.pdf`);
      fs.mkdirSync(outDir, { recursive: true });
      const file = path.join(outDir, `quote-${locale}.pdf`);
      fs.writeFileSync(file, pdf.bytes);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const squeezed = text.replace(/\s+/g, '');
      const zh = locale === 'zh-CN';
      for (const word of [
        '业务部',
        zh ? '报价单' : 'Quotation',
        q.code,
        '苏州恒润精密机械有限公司',
        '工业园区星湖街88号',
        `WMS-${locale}`,
        '智能仓储管理系统',
        '现场实施与培训',
        '人天',
        zh ? '¥140.00' : 'CN¥140.00',
        zh ? '¥7,500.00' : 'CN¥7,500.00',
        // total: 140.00 + 7,500.00
        zh ? '¥7,640.00' : 'CN¥7,640.00',
        zh ? '30%' : '30%',
        '交货期：合同签订后30天内。',
        zh ? '2026年6月30日' : 'Jun30,2026',
        zh ? '客户确认' : "Client'sconfirmation",
        zh ? '单位盖章' : 'Companystamp',
      ])
        expect(squeezed, word).toContain(word.replace(/\s+/g, ''));
      // The floor is internal: never on the client's paper.
      expect(squeezed).not.toContain('81.23');
      expect(squeezed).not.toMatch(zh ? /底价/ : /floor/i);
    },
  );
});
