import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalForm, FormAction } from '../../../../shared/appraisal/forms';
import { AcknowledgeButton } from './AcknowledgeButton';
import { AdjustScoreDialog } from './AdjustScoreDialog';
import { AppealDialog } from './AppealDialog';
import { ResolveAppealDialog } from './ResolveAppealDialog';

type Open = 'adjust' | 'appeal' | 'resolve' | null;
const RESULT_STEPS: readonly FormAction[] = ['adjust', 'resolveAppeal', 'acknowledge', 'appeal'];

/**
 * The result's own steps on the form page, each shown only when main allows it to the reader now: the person
 * acknowledges or appeals; the manager adjusts (manager review) or resolves an appeal.
 */
export function ResultActions({ form }: { form: AppraisalForm }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const may = (a: FormAction) => form.allowed.includes(a);
  if (!RESULT_STEPS.some(may)) return null;
  return (
    <Space wrap>
      {may('adjust') && (
        <Button onClick={() => setOpen('adjust')} data-testid="result-adjust">
          {t('appraisalReview:consolidated.adjust')}
        </Button>
      )}
      {may('resolveAppeal') && (
        <Button type="primary" onClick={() => setOpen('resolve')} data-testid="result-resolve">
          {t('appraisalReview:resolve.button')}
        </Button>
      )}
      {may('acknowledge') && <AcknowledgeButton form={form} />}
      {may('appeal') && (
        <Button onClick={() => setOpen('appeal')} data-testid="result-appeal">
          {t('appraisalReview:appeal.button')}
        </Button>
      )}
      {open === 'adjust' && <AdjustScoreDialog form={form} onClose={() => setOpen(null)} />}
      {open === 'appeal' && <AppealDialog form={form} onClose={() => setOpen(null)} />}
      {open === 'resolve' && <ResolveAppealDialog form={form} onClose={() => setOpen(null)} />}
    </Space>
  );
}
