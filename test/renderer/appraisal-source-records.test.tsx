import { render, screen, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { describe, expect, it } from 'vitest';
import type { SourceRecords } from '../../src/shared/appraisal/channels';
import type { FormItem } from '../../src/shared/appraisal/forms';
import { addTranslations, initI18n } from '../../src/renderer/src/i18n';
import { formatMoneyFen } from '../../src/renderer/src/i18n/format';
import { SourceRecordsDrawer } from '../../src/renderer/src/pages/appraisal/SourceRecordsDrawer';
import { useLocale } from '../../src/renderer/src/stores/localeStore';
import { resources } from '../../src/shared/i18n/resources';
import { fakeMain, ok } from './fakeTransport';

const FORM_ID = '0190a0a0-0000-7000-8000-0000000000f1';

const profitItem: FormItem = {
  indicatorId: '01a22ad6-0443-7382-96a7-77a9680b1ffb',
  category: 'results',
  nameZh: '销售利润',
  nameEn: 'Sales profit',
  descriptionZh: null,
  descriptionEn: null,
  scoring: 'quantitative',
  source: 'profit',
  cap: 120,
  bands: [],
  unit: '元',
  weight: 15,
  target: 5_000,
  actual: 3_500,
  planNote: null,
  selfScore: null,
  selfComment: null,
  evalScore: 70,
  evalComment: null,
};

const contract = (code: string, signedOn: string, amountFen: number, costFen: number | null) => ({
  contractId: `0190a0a0-0000-7000-8000-00000000${code.slice(-4)}`,
  contractCode: code,
  title: '智能仓储设备采购合同',
  clientId: '0190a0a0-0000-7000-8000-0000000000c1',
  clientCode: 'KH-0001',
  clientName: '苏州恒达有限公司',
  signedOn,
  amountFen,
  costFen,
  profitFen: costFen === null ? null : amountFen - costFen,
});

const answer: SourceRecords = {
  source: 'profit',
  periodFrom: '2026-10-01',
  periodTo: '2026-12-31',
  records: [
    contract('HT-2026-0001', '2026-10-08', 1_000_000, 600_000),
    contract('HT-2026-0002', '2026-11-02', 800_000, null),
    contract('HT-2026-0003', '2026-12-30', 500_000, 550_000),
  ],
};

describe('the sales profit drill-down', { timeout: 60_000 }, () => {
  it('lists the contracts with amount, cost and profit; an uncosted one is shown but not counted', async () => {
    initI18n('en-US');
    addTranslations(resources);
    useLocale.setState({ locale: 'en-US' });
    const main = fakeMain({ 'appraisal.sourceRecords': () => ok(answer) });
    render(
      <AntApp>
        <SourceRecordsDrawer formId={FORM_ID} item={profitItem} onClose={() => {}} />
      </AntApp>,
    );
    const drawer = await screen.findByTestId('appraisal-source-records');
    await within(drawer).findByText(/HT-2026-0001/);
    expect(main.calls[0]).toEqual({
      channel: 'appraisal.sourceRecords',
      input: { formId: FORM_ID, indicatorId: profitItem.indicatorId },
    });
    const headers = within(drawer)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Signed on', 'Client', 'Contract', 'Contract amount', 'Cost', 'Profit']);

    const rows = within(drawer).getAllByRole('row').slice(1);
    const cells = rows.map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(cells.map((c) => c[2])).toEqual([
      'HT-2026-0001 智能仓储设备采购合同',
      'HT-2026-0002 智能仓储设备采购合同',
      'HT-2026-0003 智能仓储设备采购合同',
    ]);
    expect(cells[1]!.slice(3)).toEqual([
      formatMoneyFen(800_000, 'en-US'),
      'Cost not recorded',
      'Not counted',
    ]);
    expect(cells[2]![5]).toBe(formatMoneyFen(-50_000, 'en-US'));
    expect(within(drawer).getByTestId('appraisal-source-uncosted').textContent).toContain(
      '1 of these contracts',
    );

    // The profits listed add up to the actual the form shows (in yuan).
    const counted = answer.records.reduce((n, r) => n + (r.profitFen ?? 0), 0);
    expect(counted / 100).toBe(profitItem.actual);
    expect(cells.map((c) => c[5])).toEqual([
      formatMoneyFen(400_000, 'en-US'),
      'Not counted',
      formatMoneyFen(-50_000, 'en-US'),
    ]);
  });
});
