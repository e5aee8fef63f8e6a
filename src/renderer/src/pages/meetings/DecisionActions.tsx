import { App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { DecisionStatus, MeetingDecision } from '../../../../shared/meetings/types';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useMeetings } from '../../stores/meetingsStore';

const LABELS: Record<DecisionStatus, { button: string; title: string }> = {
  done: { button: 'meetings:decisions.markDone', title: 'meetings:decisions.doneTitle' },
  cancelled: { button: 'meetings:decisions.cancel', title: 'meetings:decisions.cancelTitle' },
  open: { button: 'meetings:decisions.reopen', title: 'meetings:decisions.reopenTitle' },
};

interface Values {
  doneOn?: Dayjs | null;
  note?: string;
}

/** The moves main allows this person on a decision: done (with its day), cancelled (with why), open again. */
export function DecisionActions({ decision }: { decision: MeetingDecision }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [move, setMove] = useState<DecisionStatus | null>(null);
  const setDecisionStatus = useMeetings((s) => s.setDecisionStatus);
  const { busy, submit } = useFormSubmit(form, ['doneOn', 'note'], () => {
    message.success(t(LABELS[move!].title));
    setMove(null);
  });
  if (decision.moves.length === 0) return null;

  async function onOk() {
    const v = await form.validateFields();
    await submit(() =>
      setDecisionStatus({
        id: decision.id,
        version: decision.version,
        status: move!,
        doneOn: move === 'done' ? fromDayjs(v.doneOn) : null,
        note: v.note ?? null,
      }),
    );
  }

  return (
    <>
      <Space size={4}>
        {decision.moves.map((m) => (
          <Button
            key={m}
            size="small"
            type={m === 'done' ? 'primary' : 'default'}
            ghost={m === 'done'}
            onClick={() => setMove(m)}
            data-testid={`decision-${m}`}
          >
            {t(LABELS[m].button)}
          </Button>
        ))}
      </Space>
      <Modal
        open={move !== null}
        title={move ? t(LABELS[move].title) : ''}
        onOk={() => void onOk()}
        onCancel={() => setMove(null)}
        confirmLoading={busy}
        okText={t('common:save')}
        cancelText={t('common:cancel')}
        destroyOnHidden
      >
        <p style={{ whiteSpace: 'pre-wrap' }}>{decision.text}</p>
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ doneOn: dayjs(), note: decision.note ?? undefined }}
        >
          {move === 'done' && (
            <Form.Item
              name="doneOn"
              label={t('meetings:fields.doneOn')}
              rules={[{ required: true, message: t('validation:required') }]}
            >
              <DatePicker
                disabledDate={(d) =>
                  d.isAfter(dayjs(), 'day') || d.isBefore(toDayjs(decision.meetingHeldOn), 'day')
                }
              />
            </Form.Item>
          )}
          <Form.Item
            name="note"
            label={t('meetings:fields.note')}
            rules={
              move === 'cancelled'
                ? [{ required: true, whitespace: true, message: t('validation:required') }]
                : []
            }
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={LIMITS.text} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
