import { ArrowLeftOutlined, LineChartOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { phaseReached } from '../../../../shared/appraisal/cycles';
import type { AppraisalForm, FormItem } from '../../../../shared/appraisal/forms';
import { LOCALES, type Locale } from '../../../../shared/contract/locales';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useAppraisalForms, type FormPrint } from '../../stores/appraisalFormStore';
import { useLocale } from '../../stores/localeStore';
import { useSession } from '../../stores/sessionStore';
import { EvaluationSection } from './EvaluationSection';
import { FormResult } from './FormResult';
import { ResultActions } from './ResultActions';
import { FORM_PHASES, phaseLabel } from './formWords';
import { PlanSection } from './PlanSection';
import { SelfSection } from './SelfSection';
import { SourceRecordsDrawer } from './SourceRecordsDrawer';
import { localName } from './words';

/** The print buttons of one printed form: in the screen's language and in the other one. */
function PrintButtons({ f, which }: { f: AppraisalForm; which: FormPrint }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const printable = useAppraisalForms((s) => s.printable);
  const print = useAppraisalForms((s) => s.print);
  const { busy, produceAndSave } = useSaveFile();
  if (!printable(which)) return null;
  const other = LOCALES.find((l) => l !== locale)!;
  const go = (l: Locale) => void produceAndSave(() => print(which, f.id, l));
  const word = which === 'appraisal.printSelf' ? 'printSelf' : 'printEvaluation';
  return (
    <Space.Compact>
      <Button
        icon={<PrinterOutlined />}
        loading={busy}
        onClick={() => go(locale)}
        data-testid={`form-${word}`}
      >
        {t(`appraisal:forms.${word}`)}
      </Button>
      <Button disabled={busy} onClick={() => go(other)}>
        {t(other === 'en-US' ? 'appraisal:forms.inEnglish' : 'appraisal:forms.inChinese')}
      </Button>
    </Space.Compact>
  );
}

/** One person's appraisal form: the cycle and its phases, the plan, the self-assessment, the evaluation, the result. */
export function FormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const locale = useLocale((s) => s.locale);
  const me = useSession((s) => s.user);
  const f = useAppraisalForms((s) => s.form);
  const error = useAppraisalForms((s) => s.formError);
  const loadForm = useAppraisalForms((s) => s.loadForm);
  const [source, setSource] = useState<FormItem | null>(null);

  useEffect(() => {
    if (id) void loadForm(id);
  }, [id, loadForm]);

  if (error) return <Result status="warning" title={errorText(t, error)} />;
  if (!f || f.id !== id) return <Skeleton active />;

  const isPerson = me?.staffId === f.staffId;
  const published = phaseReached(f.phase, 'published');
  const evaluationShown = !isPerson || published;
  const phaseIndex = FORM_PHASES.indexOf(f.phase);

  return (
    <div data-testid="appraisal-form-page">
      <PageHeader
        title={`${f.staffName} · ${localName({ nameZh: f.cycleNameZh, nameEn: f.cycleNameEn }, locale)}`}
        intro={`${f.cycleCode} · ${formatDate(f.periodFrom, locale)} – ${formatDate(f.periodTo, locale)}`}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/appraisal/forms')}>
              {t('appraisal:forms.back')}
            </Button>
            {published && (
              <Link to={`/appraisal/history/${f.staffId}`} data-testid="form-history">
                <Button icon={<LineChartOutlined />}>{t('appraisalReview:history.open')}</Button>
              </Link>
            )}
            <PrintButtons f={f} which="appraisal.printSelf" />
            {evaluationShown && <PrintButtons f={f} which="appraisal.printEvaluation" />}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={phaseIndex}
          items={FORM_PHASES.map((p) => ({ key: p, title: phaseLabel(t, p) }))}
          style={{ marginBottom: 16 }}
          data-testid="appraisal-phase-steps"
        />
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'person',
              label: t('appraisal:formPrint.person'),
              children: `${f.staffName}（${f.employeeNo}）`,
            },
            {
              key: 'group',
              label: t('appraisal:formPrint.group'),
              children: f.groupName ? localName({ nameZh: f.groupName, nameEn: f.groupNameEn }, locale) : '—',
            },
            { key: 'position', label: t('appraisal:formPrint.position'), children: f.position ?? '—' },
            { key: 'evaluator', label: t('appraisal:formPrint.evaluator'), children: f.evaluatorName },
            {
              key: 'template',
              label: t('appraisal:formPrint.template'),
              children: localName({ nameZh: f.templateNameZh, nameEn: f.templateNameEn }, locale),
            },
          ]}
        />
      </Card>
      {f.removedAt && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('appraisal:forms.removed', {
            time: formatDateTime(f.removedAt, locale),
            reason: f.removedReason ?? '',
          })}
        />
      )}
      <PlanSection form={f} />
      {phaseReached(f.phase, 'selfAssessment') && (
        <SelfSection form={f} isPerson={isPerson} onSource={setSource} />
      )}
      {phaseReached(f.phase, 'supervisorReview') &&
        (evaluationShown ? (
          <EvaluationSection form={f} onSource={setSource} />
        ) : (
          <Card title={t('appraisal:forms.evaluation.title')} style={{ marginBottom: 16 }}>
            <Typography.Text type="secondary">
              {t('appraisal:forms.evaluation.afterPublication')}
            </Typography.Text>
          </Card>
        ))}
      {phaseReached(f.phase, 'managerReview') && evaluationShown && (
        <FormResult form={f} actions={<ResultActions form={f} />} />
      )}
      <SourceRecordsDrawer formId={f.id} item={source} onClose={() => setSource(null)} />
    </div>
  );
}
