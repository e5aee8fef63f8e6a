import { Alert, Table, Tabs, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { FORM_SCOPES, type FormScope, type FormSummary } from '../../../../shared/appraisal/forms';
import { errorText } from '../../api/errors';
import { pageTestId } from '../../app/navItems';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatNumber } from '../../i18n/format';
import { useAppraisalForms } from '../../stores/appraisalFormStore';
import { useLocale } from '../../stores/localeStore';
import { useSession } from '../../stores/sessionStore';
import { PhaseTag, stepWord } from './formWords';
import { localName } from './words';

/** 我的考核: my own appraisals, the forms I evaluate, and (leads, deputies, the manager) my team's. */
export function FormListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = useLocale((s) => s.locale);
  const role = useSession((s) => s.user?.role);
  const scope = useAppraisalForms((s) => s.scope);
  const list = useAppraisalForms((s) => s.list);
  const loading = useAppraisalForms((s) => s.listLoading);
  const error = useAppraisalForms((s) => s.listError);
  const loadList = useAppraisalForms((s) => s.loadList);

  useEffect(() => {
    void loadList();
  }, [loadList]);

  const scopes = FORM_SCOPES.filter((s) => s !== 'team' || role !== 'staff');
  const columns = [
    {
      key: 'cycle',
      title: t('appraisal:forms.columns.cycle'),
      render: (_: unknown, f: FormSummary) => (
        <span>
          {localName({ nameZh: f.cycleNameZh, nameEn: f.cycleNameEn }, locale)} <Tag>{f.cycleCode}</Tag>
        </span>
      ),
    },
    {
      key: 'period',
      title: t('appraisal:forms.columns.period'),
      render: (_: unknown, f: FormSummary) =>
        `${formatDate(f.periodFrom, locale)} – ${formatDate(f.periodTo, locale)}`,
    },
    { key: 'person', title: t('appraisal:forms.columns.person'), dataIndex: 'staffName' },
    {
      key: 'group',
      title: t('appraisal:forms.columns.group'),
      render: (_: unknown, f: FormSummary) =>
        f.groupName ? localName({ nameZh: f.groupName, nameEn: f.groupNameEn }, locale) : '—',
    },
    { key: 'evaluator', title: t('appraisal:forms.columns.evaluator'), dataIndex: 'evaluatorName' },
    {
      key: 'phase',
      title: t('appraisal:forms.columns.phase'),
      render: (_: unknown, f: FormSummary) => <PhaseTag t={t} phase={f.phase} />,
    },
    {
      key: 'step',
      title: t('appraisal:forms.columns.step'),
      render: (_: unknown, f: FormSummary) => stepWord(t, f),
    },
    {
      key: 'result',
      title: t('appraisal:forms.columns.result'),
      align: 'right' as const,
      render: (_: unknown, f: FormSummary) =>
        f.finalScore === null ? '—' : `${formatNumber(f.finalScore, locale)} · ${f.grade ?? ''}`,
    },
  ];

  return (
    <div data-testid={pageTestId('appraisal-forms')}>
      <PageHeader title={t('appraisal:forms.title')} intro={t('appraisal:forms.intro')} />
      {error && <Alert type="error" showIcon message={errorText(t, error)} style={{ marginBottom: 16 }} />}
      <Tabs
        activeKey={scope}
        onChange={(k) => void loadList(k as FormScope)}
        items={scopes.map((s) => ({ key: s, label: t(`appraisal:forms.scope.${s}`) }))}
      />
      <Table<FormSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={list ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t(`appraisal:forms.empty.${scope}`) }}
        onRow={(f) => ({ onClick: () => navigate(`/appraisal/forms/${f.id}`), style: { cursor: 'pointer' } })}
        data-testid="appraisal-form-list"
      />
    </div>
  );
}
