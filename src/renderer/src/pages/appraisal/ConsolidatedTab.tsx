import { Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleForm } from '../../../../shared/appraisal/cycles';
import { useAppraisalCycles } from '../../stores/appraisalCycleStore';
import { useLocale } from '../../stores/localeStore';
import { groupLabel } from './cycleWords';

/**
 * The cycle's people as the manager review will consolidate them: for now each person's progress through
 * the steps (the scores and grades come with the manager review).
 */
export function ConsolidatedTab({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const detail = useAppraisalCycles((s) => s.detail);
  const forms = useMemo(
    () => (detail?.cycle.id === cycleId ? detail.forms.filter((f) => !f.removedAt) : []),
    [detail, cycleId],
  );
  const status = (f: CycleForm) =>
    f.evalSubmittedAt
      ? 'evaluated'
      : f.selfSubmittedAt
        ? 'selfSubmitted'
        : f.planAgreedAt
          ? 'planAgreed'
          : 'started';
  return (
    <>
      <Typography.Paragraph type="secondary">{t('appraisal:detail.consolidatedIntro')}</Typography.Paragraph>
      <Table<CycleForm>
        rowKey="id"
        size="small"
        dataSource={forms}
        pagination={false}
        data-testid="consolidated-table"
        columns={[
          { title: t('appraisal:open.col.name'), dataIndex: 'staffName' },
          {
            title: t('appraisal:open.col.group'),
            key: 'group',
            render: (_, f) => groupLabel(f, locale, '—'),
          },
          { title: t('appraisal:open.col.evaluator'), dataIndex: 'evaluatorName' },
          {
            title: t('appraisal:detail.status'),
            key: 'status',
            render: (_, f) => <Tag>{t(`appraisal:detail.formStatus.${status(f)}`)}</Tag>,
          },
        ]}
      />
    </>
  );
}
