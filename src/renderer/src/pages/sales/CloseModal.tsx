import { DatePicker, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { Opportunity } from '../../../../shared/sales/types';
import { listEntryName } from '../../../../shared/settings/lists';
import { applyFieldErrors, errorText } from '../../api/errors';
import { fromDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useSales } from '../../stores/salesStore';
import dayjs from 'dayjs';
import { App } from 'antd';

interface Values {
  lostReason?: string;
  lostNote?: string;
  closedOn?: dayjs.Dayjs;
}

/** Closing an opportunity, won (its closing day) or lost (why, from the settings' list): main checks both. */
export function CloseModal({
  opportunity,
  to,
  onClose,
}: {
  opportunity: Opportunity | null;
  to: 'won' | 'lost';
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const settings = useSales((s) => s.settings);
  const move = useSales((s) => s.move);
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (opportunity) form.setFieldsValue({ lostReason: undefined, lostNote: undefined, closedOn: dayjs() });
  }, [opportunity, form]);

  async function submit() {
    if (!opportunity) return;
    const v = form.getFieldsValue();
    const r = await move({
      id: opportunity.id,
      version: opportunity.version,
      to,
      lostReason: to === 'lost' ? (v.lostReason ?? null) : null,
      lostNote: to === 'lost' ? (v.lostNote ?? null) : null,
      closedOn: fromDayjs(v.closedOn),
    });
    if (r.ok) {
      message.success(t('sales:board.moved', { stage: t(`sales:stage.${to}`) }));
      return onClose(true);
    }
    if (!applyFieldErrors(form, t, r.error, ['lostReason', 'lostNote', 'closedOn']))
      message.error(errorText(t, r.error));
  }

  const reasons = (settings?.salesLostReasons ?? []).filter((e) => e.active);
  return (
    <Modal
      open={opportunity !== null}
      title={t(to === 'won' ? 'sales:board.wonTitle' : 'sales:board.lostTitle')}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
      okText={t(to === 'won' ? 'sales:detail.win' : 'sales:detail.lose')}
      cancelText={t('common:cancel')}
      destroyOnHidden
      data-testid="close-modal"
    >
      {opportunity && (
        <p>
          {opportunity.code} · {opportunity.title}
        </p>
      )}
      <Form form={form} layout="vertical" name="closeOpportunity">
        {to === 'lost' && (
          <>
            <Form.Item name="lostReason" label={t('sales:field.lostReason')}>
              <Select
                data-testid="lost-reason"
                options={reasons.map((e) => ({ value: e.key, label: listEntryName(reasons, e.key, locale) }))}
              />
            </Form.Item>
            <Form.Item name="lostNote" label={t('sales:field.lostNote')}>
              <Input.TextArea rows={2} maxLength={LIMITS.text} />
            </Form.Item>
          </>
        )}
        <Form.Item name="closedOn" label={t('sales:field.closedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
