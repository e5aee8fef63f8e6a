import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { defaultDeadlines, defaultPeriod } from '../../../../shared/appraisal/cycleDefaults';
import {
  CYCLE_KINDS,
  DEADLINE_PHASES,
  type CycleKind,
  type CyclePeople,
  type CyclePreviewRow,
  type PhaseDeadlines,
} from '../../../../shared/appraisal/cycles';
import { LIMITS } from '../../../../shared/contract/limits';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useAppraisalCycles } from '../../stores/appraisalCycleStore';
import { useLocale } from '../../stores/localeStore';
import { groupLabel } from './cycleWords';

interface Values {
  nameZh: string;
  nameEn: string | null;
  kind: CycleKind;
  periodFrom: string;
  periodTo: string;
  people: CyclePeople;
  deadlines: PhaseDeadlines;
}

const FIELDS = ['nameZh', 'nameEn', 'kind', 'periodFrom', 'periodTo', 'people', 'deadlines'] as const;

const dateItem = {
  getValueProps: (v: string | null) => ({ value: toDayjs(v) }),
  normalize: (d: Dayjs | null) => fromDayjs(d),
};

/** The period's names in both languages, e.g. 2026年第四季度考核 / 2026 Q4 appraisal. */
function defaultNames(t: TFunction, kind: CycleKind, from: string) {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3) + 1;
  const params = { year, month, quarter };
  const en = { ...params, month: dayjs(from).locale('en').format('MMMM') };
  return {
    nameZh: t(`appraisal:open.defaultName.${kind}`, {
      ...params,
      quarter: '一二三四'[quarter - 1],
      lng: 'zh-CN',
    }),
    nameEn: t(`appraisal:open.defaultName.${kind}`, { ...en, lng: 'en-US' }),
  };
}

function initial(t: TFunction, kind: CycleKind, today: string): Values {
  const period = defaultPeriod(kind, today);
  return {
    ...defaultNames(t, kind, period.from),
    kind,
    periodFrom: period.from,
    periodTo: period.to,
    people: { everyone: true, groupIds: [], staffIds: [] },
    deadlines: defaultDeadlines(period, today),
  };
}

/** Everyone, whole groups, named people: one field, so main's refusal of the selection shows under it. */
function PeoplePicker({ value, onChange }: { value?: CyclePeople; onChange?: (v: CyclePeople) => void }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const groups = useAppraisalCycles((s) => s.groups);
  const staff = useAppraisalCycles((s) => s.staff);
  const v = value ?? { everyone: true, groupIds: [], staffIds: [] };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Switch
          checked={v.everyone}
          onChange={(everyone) => onChange?.({ ...v, everyone })}
          data-testid="cycle-everyone"
        />
        <span>{t('appraisal:open.everyone')}</span>
      </Space>
      {!v.everyone && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Select
              mode="multiple"
              allowClear
              style={{ width: '100%' }}
              placeholder={t('appraisal:open.groups')}
              aria-label={t('appraisal:open.groups')}
              value={v.groupIds}
              onChange={(groupIds) => onChange?.({ ...v, groupIds })}
              options={groups.map((g) => ({
                value: g.id,
                label: locale === 'en-US' ? (g.nameEn ?? g.name) : g.name,
              }))}
              id="openCycle_groupIds"
              data-testid="cycle-groups"
            />
          </Col>
          <Col xs={24} md={12}>
            <Select
              mode="multiple"
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: '100%' }}
              placeholder={t('appraisal:open.staff')}
              aria-label={t('appraisal:open.staff')}
              value={v.staffIds}
              onChange={(staffIds) => onChange?.({ ...v, staffIds })}
              options={staff.map((s) => ({ value: s.id, label: `${s.name}（${s.employeeNo}）` }))}
              id="openCycle_staffIds"
              data-testid="cycle-staff"
            />
          </Col>
        </Row>
      )}
    </Space>
  );
}

/** Who the cycle would take in, as main would open it: template and evaluator per person. */
function PreviewTable({ people }: { people: CyclePeople | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const preview = useAppraisalCycles((s) => s.preview);
  const [rows, setRows] = useState<CyclePreviewRow[] | null>(null);
  const key = JSON.stringify(people ?? null);
  useEffect(() => {
    if (!people) return;
    let live = true;
    const timer = setTimeout(() => {
      void preview(people).then((r) => live && setRows(r.ok ? r.data : []));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The selection's value, not its identity, decides the preview.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, preview]);
  const missing = rows?.filter((r) => !r.templateId).length ?? 0;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('appraisal:open.previewTitle', { count: rows?.length ?? 0 })}
      </Typography.Title>
      {missing > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('appraisal:open.previewNoTemplate', { count: missing })}
        />
      )}
      <Table<CyclePreviewRow>
        rowKey="staffId"
        size="small"
        loading={rows === null}
        dataSource={rows ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        data-testid="cycle-preview"
        locale={{ emptyText: t('appraisal:open.previewEmpty') }}
        columns={[
          { title: t('appraisal:open.col.name'), dataIndex: 'staffName' },
          { title: t('appraisal:open.col.employeeNo'), dataIndex: 'employeeNo', width: 110 },
          {
            title: t('appraisal:open.col.group'),
            key: 'group',
            render: (_, r) => groupLabel(r, locale, '—'),
          },
          {
            title: t('appraisal:open.col.position'),
            dataIndex: 'position',
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('appraisal:open.col.template'),
            key: 'template',
            render: (_, r) =>
              r.templateName ?? (
                <Typography.Text type="danger">{t('appraisal:open.noTemplate')}</Typography.Text>
              ),
          },
          {
            title: t('appraisal:open.col.evaluator'),
            dataIndex: 'evaluatorName',
            render: (v: string | null) => v ?? '—',
          },
        ]}
      />
    </>
  );
}

/** The manager opens a cycle: name, kind and period, the people, the phases' deadlines; a live preview. */
export function OpenCyclePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const open = useAppraisalCycles((s) => s.open);
  const loadPeople = useAppraisalCycles((s) => s.loadPeople);
  const today = useMemo(() => dayjs().format('YYYY-MM-DD'), []);
  const start = useMemo(() => initial(t, 'quarterly', today), [t, today]);
  const people = Form.useWatch('people', form);
  const { busy, submit } = useFormSubmit(form, FIELDS, (c: { id: string }) =>
    navigate(`/appraisal/cycles/${c.id}`),
  );

  useEffect(() => {
    void loadPeople();
  }, [loadPeople]);

  /** A new kind or start proposes its period, names (unless typed) and deadlines again. */
  function onValuesChange(changed: Partial<Values>, all: Values) {
    if (changed.kind) {
      const next = initial(t, changed.kind, today);
      const typed = form.isFieldTouched('nameZh') || form.isFieldTouched('nameEn');
      form.setFieldsValue({
        periodFrom: next.periodFrom,
        periodTo: next.periodTo,
        deadlines: next.deadlines,
        ...(typed ? {} : { nameZh: next.nameZh, nameEn: next.nameEn }),
      });
    } else if (changed.periodFrom || changed.periodTo) {
      if (all.periodFrom && all.periodTo)
        form.setFieldsValue({
          deadlines: defaultDeadlines({ from: all.periodFrom, to: all.periodTo }, today),
        });
    }
  }

  const required = [{ required: true, message: t('validation:required') }];
  return (
    <>
      <PageHeader
        title={t('appraisal:open.title')}
        intro={t('appraisal:open.intro')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/appraisal/cycles')}>
            {t('appraisal:cycles.back')}
          </Button>
        }
      />
      <Form<Values>
        form={form}
        layout="vertical"
        name="openCycle"
        initialValues={start}
        onValuesChange={onValuesChange}
        onFinish={(v) =>
          submit(() =>
            open({
              nameZh: v.nameZh,
              nameEn: v.nameEn || null,
              kind: v.kind,
              periodFrom: v.periodFrom,
              periodTo: v.periodTo,
              ...v.people,
              deadlines: v.deadlines,
            }),
          )
        }
        data-testid="cycle-form"
      >
        <Card title={t('appraisal:open.what')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={t('appraisal:cycles.kind')} rules={required}>
                <Radio.Group
                  optionType="button"
                  options={CYCLE_KINDS.map((k) => ({ value: k, label: t(`appraisal:cycleKind.${k}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="periodFrom"
                label={t('appraisal:open.periodFrom')}
                rules={required}
                {...dateItem}
              >
                <DatePicker style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="periodTo" label={t('appraisal:open.periodTo')} rules={required} {...dateItem}>
                <DatePicker style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="nameZh" label={t('appraisal:open.nameZh')} rules={required}>
                <Input maxLength={LIMITS.name} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="nameEn" label={t('appraisal:open.nameEn')}>
                <Input maxLength={LIMITS.name} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('appraisal:open.deadlines')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('appraisal:open.deadlinesHint')}</Typography.Paragraph>
          <Row gutter={16}>
            {DEADLINE_PHASES.map((phase) => (
              <Col key={phase} xs={12} md={6}>
                <Form.Item
                  name={['deadlines', phase]}
                  label={t(`appraisal:phase.${phase}`)}
                  rules={required}
                  {...dateItem}
                >
                  <DatePicker
                    style={{ width: '100%' }}
                    allowClear={false}
                    data-testid={`deadline-${phase}`}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
        <Card title={t('appraisal:open.people')} style={{ marginBottom: 16 }}>
          <Form.Item name="people" extra={t('appraisal:open.peopleHint')}>
            <PeoplePicker />
          </Form.Item>
          <PreviewTable people={people} />
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="cycle-submit">
            {t('appraisal:open.submit')}
          </Button>
          <Button onClick={() => navigate('/appraisal/cycles')}>{t('common:cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
