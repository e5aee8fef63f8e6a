import { App, DatePicker, Form, Input, Modal, Radio, Select, Switch, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { MeetingDetail } from '../../../../shared/meetings/types';
import { riskLevel, riskScore } from '../../../../shared/risk/rules';
import type { ScaleStep } from '../../../../shared/risk/settings';
import type { OrgSettings } from '../../../../shared/settings/types';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fromDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useMeetings } from '../../stores/meetingsStore';
import { LevelChip } from './labels';

interface Values {
  title: string;
  category?: string;
  ownerId?: string;
  identifiedOn: Dayjs;
  description?: string;
  cause?: string;
  scoreNow: boolean;
  likelihood?: number;
  impact?: number;
}

const FIELDS = [
  'title',
  'category',
  'ownerId',
  'identifiedOn',
  'description',
  'cause',
  'likelihood',
  'impact',
];

/** One 1–5 scale as buttons, each named, its description in the tooltip and under the choice. */
function ScalePicker({
  value,
  onChange,
  scale,
  testId,
}: {
  value?: number;
  onChange?: (v: number) => void;
  scale: readonly ScaleStep[];
  testId: string;
}) {
  const locale = useLocale((s) => s.locale);
  const zh = locale === 'zh-CN';
  const step = value ? scale[value - 1] : undefined;
  return (
    <div>
      <Radio.Group value={value} onChange={(e) => onChange?.(e.target.value as number)} data-testid={testId}>
        {scale.map((s, i) => (
          <Tooltip key={i} title={zh ? s.descriptionZh : s.descriptionEn}>
            <Radio.Button value={i + 1}>
              {i + 1} · {zh ? s.nameZh : s.nameEn}
            </Radio.Button>
          </Tooltip>
        ))}
      </Radio.Group>
      <Typography.Text type="secondary" style={{ display: 'block', minHeight: 22, marginTop: 4 }}>
        {step ? (zh ? step.descriptionZh : step.descriptionEn) : ''}
      </Typography.Text>
    </div>
  );
}

/**
 * Raises a risk from inside the meeting form: on the register at once (assessed when scored now) and linked
 * to the meeting as raised there. The form stays where it was.
 */
export function RaiseRiskModal({
  open,
  meeting,
  heldOn,
  people,
  settings,
  onClose,
  onRaised,
}: {
  open: boolean;
  /** The saved meeting (the form saves a new one first). */
  meeting: { id: string } | null;
  heldOn: string;
  people: { value: string; label: string }[];
  settings: OrgSettings | undefined;
  onClose: () => void;
  onRaised: (d: MeetingDetail) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const raiseRisk = useMeetings((s) => s.raiseRisk);
  const [scoreNow, setScoreNow] = useState(false);
  const likelihood = Form.useWatch('likelihood', form);
  const impact = Form.useWatch('impact', form);
  const { busy, submit } = useFormSubmit(form, FIELDS, (d: MeetingDetail) => {
    const raised = d.risks[d.risks.length - 1];
    message.success(t('meetings:raise.raised', { code: raised?.code ?? '' }));
    form.resetFields();
    setScoreNow(false);
    onRaised(d);
  });
  const categories = (settings?.riskCategories ?? []).filter((c) => c.active);
  // A risk is identified on the meeting's day, or today for a meeting written up ahead.
  const today = dayjs().format('YYYY-MM-DD');
  const level =
    settings && likelihood && impact ? riskLevel(settings.riskLevelMatrix, likelihood, impact) : null;

  async function onOk() {
    if (!meeting) return;
    const v = await form.validateFields();
    await submit(() =>
      raiseRisk({
        meetingId: meeting.id,
        title: v.title,
        category: v.category ?? '',
        ownerId: v.ownerId ?? '',
        identifiedOn: fromDayjs(v.identifiedOn) ?? heldOn,
        description: v.description ?? null,
        cause: v.cause ?? null,
        clientId: null,
        likelihood: scoreNow ? (v.likelihood ?? null) : null,
        impact: scoreNow ? (v.impact ?? null) : null,
      }),
    );
  }

  const required = { required: true, message: t('validation:required') };
  return (
    <Modal
      open={open}
      title={t('meetings:raise.title')}
      okText={t('meetings:raise.submit')}
      cancelText={t('common:cancel')}
      onOk={() => void onOk()}
      onCancel={onClose}
      confirmLoading={busy}
      width={720}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'raise-submit' }}
    >
      <Typography.Paragraph type="secondary">{t('meetings:raise.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="raise"
        layout="vertical"
        preserve={false}
        initialValues={{ scoreNow: false, identifiedOn: dayjs(heldOn && heldOn <= today ? heldOn : today) }}
        data-testid="raise-form"
      >
        <Form.Item
          name="title"
          label={t('meetings:raise.riskTitle')}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input
            maxLength={LIMITS.shortText}
            placeholder={t('meetings:raise.titlePlaceholder')}
            data-testid="raise-title"
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item
            name="category"
            label={t('meetings:raise.category')}
            rules={[required]}
            style={{ flex: 1 }}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={categories.map((c) => ({
                value: c.key,
                label: locale === 'zh-CN' ? c.nameZh : c.nameEn,
              }))}
              data-testid="raise-category"
            />
          </Form.Item>
          <Form.Item name="ownerId" label={t('meetings:raise.owner')} rules={[required]} style={{ flex: 1 }}>
            <Select showSearch={{ optionFilterProp: 'search' }} options={people} data-testid="raise-owner" />
          </Form.Item>
          <Form.Item
            name="identifiedOn"
            label={t('meetings:raise.identifiedOn')}
            rules={[required]}
            style={{ width: 170 }}
          >
            <DatePicker style={{ width: '100%' }} data-testid="raise-identified" />
          </Form.Item>
        </div>
        <Form.Item name="description" label={t('meetings:raise.description')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={LIMITS.text}
            placeholder={t('meetings:raise.descriptionPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="cause" label={t('meetings:raise.cause')}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={LIMITS.text}
            placeholder={t('meetings:raise.causePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="scoreNow"
          label={t('meetings:raise.assessNow')}
          valuePropName="checked"
          extra={t('meetings:raise.assessHint')}
        >
          <Switch onChange={setScoreNow} data-testid="raise-score-now" />
        </Form.Item>
        {scoreNow && settings && (
          <>
            <Form.Item name="likelihood" label={t('meetings:raise.likelihood')} rules={[required]}>
              <ScalePicker scale={settings.riskLikelihoodScale} testId="raise-likelihood" />
            </Form.Item>
            <Form.Item name="impact" label={t('meetings:raise.impact')} rules={[required]}>
              <ScalePicker scale={settings.riskImpactScale} testId="raise-impact" />
            </Form.Item>
            {level && likelihood && impact && (
              <div data-testid="raise-level">
                <LevelChip t={t} level={level} score={riskScore(likelihood, impact)} />
              </div>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}
