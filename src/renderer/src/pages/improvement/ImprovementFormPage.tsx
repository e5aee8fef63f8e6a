import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Form, Input, Result, Row, Select, Skeleton, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { LIMITS } from '../../../../shared/contract/limits';
import {
  IMPROVEMENT_SOURCES,
  type ImprovementMeasure,
  type ImprovementSource,
} from '../../../../shared/improvement/types';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { usePermission } from '../../components/usePermission';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useImprovements } from '../../stores/improvementStore';
import { useLocale } from '../../stores/localeStore';
import { useSettings } from '../../stores/settingsStore';

interface Values {
  title: string;
  description?: string;
  source: ImprovementSource;
  sourceTicketId: string | null;
  causeCategory?: string;
  ownerId?: string;
  dueDate?: Dayjs | null;
}

const FIELDS = ['title', 'description', 'source', 'sourceTicketId', 'causeCategory', 'ownerId', 'dueDate'];

const isSource = (s: string | null): s is ImprovementSource =>
  (IMPROVEMENT_SOURCES as readonly (string | null)[]).includes(s);

/** A complaint as the picker lists it: its code, client and first words. */
const labelOf = (r: { code: string; clientName: string | null; summary: string }) =>
  [r.code, r.clientName, r.summary].filter(Boolean).join(' · ');

/**
 * The complaint a measure cites: picked by its code, client or words among the complaints the user may see,
 * or brought along from the complaint's own page (?ticket=…), shown by its code.
 */
function ComplaintPicker({
  id,
  value,
  onChange,
  known,
  onCategory,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The picked complaint's category: the measure's cause, unless one is chosen already. */
  onCategory: (key: string) => void;
  /** The cited complaint's code when the page already knows it (an edit). */
  known: { id: string; code: string } | null;
}) {
  const { t } = useTranslation();
  const findComplaints = useImprovements((s) => s.findComplaints);
  const peekTicket = useImprovements((s) => s.peekTicket);
  const [options, setOptions] = useState<{ value: string; label: string; category: string }[]>([]);
  const [chosen, setChosen] = useState<{ value: string; label: string; category?: string } | null>(
    known ? { value: known.id, label: known.code } : null,
  );
  const latest = useRef(0);

  // The complaint brought along: its code and words, when the user may still see it.
  useEffect(() => {
    if (!value || chosen?.value === value) return;
    void peekTicket(value).then((r) => {
      if (!r.ok) return setChosen({ value, label: t('improvement:form.ticketFromDetail') });
      setChosen({ value, label: labelOf(r.data), category: r.data.category });
      onCategory(r.data.category);
    });
  }, [value, chosen, peekTicket, t, onCategory]);

  const search = useCallback(
    async (text: string) => {
      const seq = ++latest.current;
      const r = await findComplaints(text.trim() || null);
      if (seq === latest.current && r.ok)
        setOptions(
          r.data.rows.map((row) => ({ value: row.id, label: labelOf(row), category: row.category })),
        );
    },
    [findComplaints],
  );

  const all = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      allowClear
      placeholder={t('improvement:form.ticketPlaceholder')}
      showSearch={{ filterOption: false, onSearch: (text) => void search(text) }}
      onOpenChange={(open) => {
        if (open) void search('');
      }}
      onChange={(v) => {
        const picked = all.find((o) => o.value === v) ?? null;
        setChosen(picked);
        if (picked?.category) onCategory(picked.category);
        onChange?.(v ?? null);
      }}
      options={all}
      notFoundContent={t('improvement:form.ticketNone')}
      data-testid="measure-ticket"
    />
  );
}

/**
 * A new measure (/improvements/new, optionally ?category=<key>&source=statistics from the statistics, or
 * ?ticket=<id>&source=complaint from a complaint) or an edit of one (/improvements/:id/edit).
 */
export function ImprovementFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useImprovements((s) => s.detail);
  const detailError = useImprovements((s) => s.detailError);
  const loadDetail = useImprovements((s) => s.loadDetail);
  useEffect(() => {
    if (id) void loadDetail(id);
  }, [id, loadDetail]);
  if (!id) return <MeasureForm measure={null} />;
  if (detailError) return <Result status="warning" title={errorText(t, detailError)} />;
  if (!detail || detail.id !== id) return <Skeleton active />;
  return <MeasureForm measure={detail} />;
}

function MeasureForm({ measure }: { measure: ImprovementMeasure | null }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const canManage = usePermission('improvement.manage');
  const people = useImprovements((s) => s.people);
  const loadPeople = useImprovements((s) => s.loadPeople);
  const create = useImprovements((s) => s.create);
  const update = useImprovements((s) => s.update);
  const settings = useSettings((s) => s.record?.settings);
  const loadSettings = useSettings((s) => s.load);
  const source = Form.useWatch('source', form);

  useEffect(() => {
    void loadPeople();
    void loadSettings();
  }, [loadPeople, loadSettings]);

  const { busy, submit } = useFormSubmit(form, FIELDS, (saved: ImprovementMeasure) => {
    message.success(
      measure ? t('improvement:form.saved') : t('improvement:form.created', { code: saved.code }),
    );
    navigate(`/improvements/${saved.id}`, { replace: true });
  });

  const initialValues = useMemo((): Partial<Values> => {
    if (measure)
      return {
        title: measure.title,
        description: measure.description ?? undefined,
        source: measure.source,
        sourceTicketId: measure.sourceTicketId,
        causeCategory: measure.causeCategory,
        ownerId: measure.ownerId ?? undefined,
        dueDate: toDayjs(measure.dueDate),
      };
    const ticket = params.get('ticket');
    const fromUrl = params.get('source');
    return {
      source: isSource(fromUrl) ? fromUrl : ticket ? 'complaint' : 'statistics',
      sourceTicketId: ticket,
      causeCategory: params.get('category') ?? undefined,
    };
  }, [measure, params]);

  const name = (e: { nameZh: string; nameEn: string }) => (locale === 'zh-CN' ? e.nameZh : e.nameEn);
  // The active list; a measure's own category stays choosable after it was retired.
  const categoryOptions = (settings?.serviceCategories ?? [])
    .filter((c) => c.active || c.key === measure?.causeCategory)
    .map((c) => ({
      value: c.key,
      label: c.active ? name(c) : t('improvement:form.categoryRetired', { name: name(c) }),
    }));
  // People at work; the measure's own owner shows even when no longer one of them (main asks for another).
  const ownerOptions = people
    .filter((p) => p.status === 'active' || p.id === measure?.ownerId)
    .map((p) => ({ value: p.id, label: `${p.name} (${p.employeeNo})` }));

  function onFinish(v: Values) {
    const input = {
      title: v.title.trim(),
      description: v.description?.trim() || null,
      source: v.source,
      sourceTicketId: v.source === 'complaint' ? v.sourceTicketId : null,
      causeCategory: v.causeCategory ?? '',
      ownerId: v.ownerId ?? '',
      dueDate: fromDayjs(v.dueDate) ?? '',
    };
    return submit(() =>
      measure ? update({ id: measure.id, version: measure.version, ...input }) : create(input),
    );
  }

  // A complaint picked or brought along gives its category as the cause, when none is chosen yet.
  const fillCategory = useCallback(
    (key: string) => {
      if (!form.getFieldValue('causeCategory')) form.setFieldValue('causeCategory', key);
    },
    [form],
  );

  const back = () => navigate(measure ? `/improvements/${measure.id}` : '/improvements');
  const required = { required: true, message: t('validation:required') };

  if (!canManage || (measure && (measure.status === 'done' || measure.status === 'cancelled')))
    return (
      <Result
        status="info"
        title={t(measure ? 'improvement:detail.final' : 'improvement:list.emptyHintReadOnly')}
        extra={<Button onClick={back}>{t('improvement:detail.back')}</Button>}
      />
    );

  return (
    <div data-testid="measure-form-page">
      <PageHeader
        title={t(measure ? 'improvement:form.edit' : 'improvement:form.new')}
        intro={measure?.code}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={back}>
            {t('improvement:detail.back')}
          </Button>
        }
      />
      <Card style={{ maxWidth: 880 }}>
        <Form<Values>
          form={form}
          name="measure"
          layout="vertical"
          initialValues={initialValues}
          onFinish={onFinish}
          data-testid="measure-form"
        >
          <Form.Item
            name="title"
            label={t('improvement:fields.title')}
            rules={[{ ...required, whitespace: true }]}
          >
            <Input maxLength={LIMITS.shortText} placeholder={t('improvement:form.titlePlaceholder')} />
          </Form.Item>
          <Form.Item name="description" label={t('improvement:fields.description')}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={LIMITS.longText}
              placeholder={t('improvement:form.descriptionPlaceholder')}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="causeCategory"
                label={t('improvement:fields.causeCategory')}
                rules={[required]}
              >
                <Select options={categoryOptions} data-testid="measure-category" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="ownerId"
                label={t('improvement:fields.ownerId')}
                rules={[required]}
                extra={t('improvement:form.ownerHint')}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={ownerOptions}
                  data-testid="measure-owner"
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="dueDate" label={t('improvement:fields.dueDate')} rules={[required]}>
                <DatePicker style={{ width: '100%' }} data-testid="measure-due" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="source" label={t('improvement:fields.source')}>
                <Select
                  options={IMPROVEMENT_SOURCES.map((s) => ({
                    value: s,
                    label: t(`improvement:source.${s}`),
                  }))}
                  data-testid="measure-source"
                />
              </Form.Item>
            </Col>
          </Row>
          {source === 'complaint' && (
            <Form.Item
              name="sourceTicketId"
              label={t('improvement:fields.sourceTicketId')}
              rules={[required]}
            >
              <ComplaintPicker
                known={
                  measure?.sourceTicketId && measure.sourceTicketCode
                    ? { id: measure.sourceTicketId, code: measure.sourceTicketCode }
                    : null
                }
                onCategory={fillCategory}
              />
            </Form.Item>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="measure-save">
              {t('common:save')}
            </Button>
            <Button onClick={back}>{t('common:cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
