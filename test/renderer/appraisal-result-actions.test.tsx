import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { describe, expect, it } from 'vitest';
import type { AppraisalForm } from '../../src/shared/appraisal/forms';
import { addTranslations, initI18n } from '../../src/renderer/src/i18n';
import { ResultActions } from '../../src/renderer/src/pages/appraisal/ResultActions';
import { useLocale } from '../../src/renderer/src/stores/localeStore';
import { resources } from '../../src/shared/i18n/resources';
import { fakeMain, ok } from './fakeTransport';

const aForm = (over: Partial<AppraisalForm> = {}): AppraisalForm => ({
  id: '0190a0a0-0000-7000-8000-0000000000f1',
  cycleId: '0190a0a0-0000-7000-8000-0000000000c1',
  cycleCode: 'KH-2026-001',
  cycleNameZh: '2026年第三季度考核',
  cycleNameEn: '2026 Q3 appraisal',
  cycleKind: 'quarterly',
  periodFrom: '2026-07-01',
  periodTo: '2026-09-30',
  phase: 'published',
  appealUntil: '2026-12-07',
  staffId: '0190a0a0-0000-7000-8000-0000000000s1',
  staffName: '魏彤倩',
  employeeNo: 'YW012',
  groupId: null,
  groupName: '销售组',
  groupNameEn: 'Sales',
  position: '销售代表',
  evaluatorId: '0190a0a0-0000-7000-8000-0000000000e1',
  evaluatorName: '罗金婧',
  templateId: '0190a0a0-0000-7000-8000-0000000000t1',
  templateNameZh: '销售模板',
  templateNameEn: null,
  items: [],
  plan: null,
  planAgreedAt: null,
  planAgreedByName: null,
  achievements: null,
  shortfalls: null,
  nextPlan: null,
  selfSubmittedAt: null,
  selfTotal: 78,
  overallComment: null,
  evalSubmittedAt: null,
  evalTotal: 78,
  adjustedTotal: null,
  adjustReason: null,
  adjustedByName: null,
  adjustedAt: null,
  quarterMean: null,
  finalScore: 78,
  grade: 'B',
  acknowledgedAt: null,
  appeal: null,
  removedAt: null,
  removedReason: null,
  allowed: [],
  createdAt: '2026-10-01T02:00:00.000Z',
  updatedAt: '2026-11-30T02:00:00.000Z',
  version: 4,
  ...over,
});

function renderActions(form: AppraisalForm) {
  initI18n('en-US');
  addTranslations(resources);
  useLocale.setState({ locale: 'en-US' });
  return render(
    <AntApp>
      <ResultActions form={form} />
    </AntApp>,
  );
}

describe('the result’s steps on the form page', { timeout: 60_000 }, () => {
  it('offers only what main allows the reader', () => {
    fakeMain({});
    renderActions(aForm({ allowed: ['acknowledge', 'appeal'] }));
    expect(screen.getByTestId('result-acknowledge')).toBeTruthy();
    expect(screen.getByTestId('result-appeal')).toBeTruthy();
    expect(screen.queryByTestId('result-adjust')).toBeNull();
    expect(screen.queryByTestId('result-resolve')).toBeNull();
  });

  it('the appeal shows the window’s last day, needs a reason, and sends it', async () => {
    const form = aForm({ allowed: ['appeal'] });
    const main = fakeMain({ 'appraisal.appeal': () => ok(form) });
    renderActions(form);
    await userEvent.click(screen.getByTestId('result-appeal'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Dec 7, 2026');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit appeal' }));
    await within(dialog).findByText('Required');
    expect(main.calls.some((c) => c.channel === 'appraisal.appeal')).toBe(false);
    await userEvent.type(
      within(dialog).getByLabelText('Reason for the appeal'),
      'The September order is missing.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit appeal' }));
    await waitFor(() => expect(main.calls.map((c) => c.channel)).toContain('appraisal.appeal'));
    expect(main.calls.find((c) => c.channel === 'appraisal.appeal')!.input).toEqual({
      id: form.id,
      version: 4,
      reason: 'The September order is missing.',
    });
  });

  it('the manager’s adjustment shows main’s refusal under the score', async () => {
    const form = aForm({ phase: 'managerReview', allowed: ['adjust'] });
    fakeMain({
      'appraisal.adjustScore': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'invalid',
          fields: { total: { key: 'validation.tooBig', params: { max: 100 } } },
        },
      }),
    });
    renderActions(form);
    await userEvent.click(screen.getByTestId('result-adjust'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Adjusted final score'), '120');
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'Two key accounts signed.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save adjustment' }));
    await within(dialog).findByText('Must be at most 100');
  });
});
