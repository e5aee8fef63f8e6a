import { App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import {
  MEETING_RISK_RELATIONS,
  type MeetingDetail,
  type MeetingRiskRelation,
} from '../../../../shared/meetings/types';
import type { RiskOption } from '../../../../shared/risk/types';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useMeetings } from '../../stores/meetingsStore';
import { LevelChip } from './labels';

interface Values {
  riskId?: string;
  relation: MeetingRiskRelation;
  note?: string;
}

/** Links a risk already on the register (found by code or title among those the user may see). */
export function LinkRiskModal({
  open,
  meeting,
  linked,
  onClose,
  onLinked,
}: {
  open: boolean;
  meeting: { id: string } | null;
  linked: readonly string[];
  onClose: () => void;
  onLinked: (d: MeetingDetail) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const pickRisks = useMeetings((s) => s.pickRisks);
  const linkRisk = useMeetings((s) => s.linkRisk);
  const [options, setOptions] = useState<RiskOption[]>([]);
  const latest = useRef(0);
  const { busy, submit } = useFormSubmit(form, ['riskId', 'relation', 'note'], (d: MeetingDetail) => {
    const picked = options.find((o) => o.id === form.getFieldValue('riskId'));
    message.success(t('meetings:link.linked', { code: picked?.code ?? '' }));
    form.resetFields();
    onLinked(d);
  });

  const search = useCallback(
    async (text: string) => {
      const seq = ++latest.current;
      const r = await pickRisks(text.trim() || null);
      if (seq === latest.current && r.ok) setOptions(r.data);
    },
    [pickRisks],
  );

  async function onOk() {
    if (!meeting) return;
    const v = await form.validateFields();
    await submit(() =>
      linkRisk({ meetingId: meeting.id, riskId: v.riskId!, relation: v.relation, note: v.note ?? null }),
    );
  }

  return (
    <Modal
      open={open}
      title={t('meetings:link.title')}
      okText={t('meetings:link.submit')}
      cancelText={t('common:cancel')}
      onOk={() => void onOk()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      afterOpenChange={(o) => {
        if (o) void search('');
      }}
    >
      <Typography.Paragraph type="secondary">{t('meetings:link.intro')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ relation: 'discussed' }}>
        <Form.Item
          name="riskId"
          label={t('meetings:link.risk')}
          rules={[{ required: true, message: t('validation:required') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: (text) => void search(text) }}
            placeholder={t('meetings:link.placeholder')}
            notFoundContent={t('meetings:link.none')}
            options={options
              .filter((o) => !linked.includes(o.id))
              .map((o) => ({
                value: o.id,
                label: (
                  <span style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                    <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                      {o.code} · {o.title}
                    </span>
                    <LevelChip t={t} level={o.level} />
                  </span>
                ),
              }))}
            data-testid="link-risk"
          />
        </Form.Item>
        <Form.Item name="relation" label={t('meetings:link.relation')}>
          <Radio.Group
            options={MEETING_RISK_RELATIONS.map((r) => ({ value: r, label: t(`meetings:relation.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('meetings:link.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={LIMITS.text} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
