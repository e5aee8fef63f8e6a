import { Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ContractSource } from '../../../../shared/contracts/types';
import { FormModal } from '../../components/FormModal';
import { formatMoneyFen } from '../../i18n/format';
import { useContracts } from '../../stores/contractsStore';
import { useLocale } from '../../stores/localeStore';
import { ClientSelect } from './ClientSelect';
import { toFen } from './labels';

interface Values {
  from: 'source' | 'client';
  sourceId?: string;
  clientId?: string;
  title: string;
  amountFen?: number | null;
  costFen?: number | null;
}

const FIELDS = ['sourceId', 'clientId', 'opportunityId', 'quoteId', 'title', 'amountFen', 'costFen'];

/**
 * Drawing up a contract: from a won opportunity or an accepted quote (its lines and amount come with it), or
 * blank for a client file. The terms are written on the contract's page, while it is a draft.
 */
export function NewContractModal({
  onClose,
  sourceId,
}: {
  onClose: () => void;
  /** Drawn up from this opportunity or quote (its page's "make a contract"). */
  sourceId?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const { sources, create } = useContracts();
  const [form] = Form.useForm<Values>();
  const from = Form.useWatch('from', form) ?? 'source';
  const [found, setFound] = useState<ContractSource[]>([]);

  useEffect(() => {
    void sources(null).then((r) => {
      if (!r.ok) return;
      setFound(r.data);
      const given = r.data.find((s) => s.id === sourceId);
      if (given && !form.getFieldValue('title')) form.setFieldValue('title', given.title);
      // Nothing to draw up from: a blank contract for a client file is what is left.
      if (r.data.length === 0) form.setFieldValue('from', 'client');
    });
  }, [sources, form, sourceId]);

  return (
    <FormModal<Values, { contract: { id: string; code: string } }>
      title={t('contracts:create.title')}
      fields={FIELDS}
      form={form}
      name="contract-new"
      width={620}
      testId="contract-form"
      initialValues={{ from: 'source', sourceId }}
      run={async (v) => {
        const source = found.find((s) => s.id === v.sourceId);
        const r = await create({
          clientId: v.from === 'client' ? (v.clientId ?? null) : null,
          opportunityId: v.from === 'source' && source?.kind === 'opportunity' ? source.id : null,
          quoteId: v.from === 'source' && source?.kind === 'quote' ? source.id : null,
          title: v.title,
          amountFen: toFen(v.amountFen),
          costFen: v.costFen === null || v.costFen === undefined ? null : toFen(v.costFen),
        });
        if (r.ok) navigate(`/contracts/${r.data.contract.id}`);
        return r;
      }}
      successMessage={(d) => t('contracts:create.created', { code: d.contract.code })}
      onClose={onClose}
      onCancel={onClose}
    >
      <Form.Item name="from" label={t('contracts:create.from')}>
        <Radio.Group
          options={[
            { value: 'source', label: t('contracts:create.fromSource') },
            { value: 'client', label: t('contracts:create.fromClient') },
          ]}
          data-testid="contract-from"
        />
      </Form.Item>
      {from === 'source' ? (
        <Form.Item
          name="sourceId"
          label={t('contracts:create.sourceId')}
          rules={[{ required: true, message: t('validation:required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            notFoundContent={
              <Typography.Text type="secondary">{t('contracts:create.noSources')}</Typography.Text>
            }
            options={found.map((s) => ({
              value: s.id,
              label: `${t(`contracts:create.sourceKind.${s.kind}`)} ${s.code} · ${s.clientName} · ${formatMoneyFen(s.amountFen, locale)}`,
            }))}
            onChange={(id: string) => {
              const s = found.find((x) => x.id === id);
              if (s && !form.getFieldValue('title')) form.setFieldValue('title', s.title);
            }}
            data-testid="contract-source"
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="clientId"
          label={t('contracts:create.clientId')}
          rules={[{ required: true, message: t('validation:required') }]}
        >
          <ClientSelect placeholder={t('contracts:create.clientId')} testId="contract-client" />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('contracts:field.title')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Input maxLength={200} data-testid="contract-title" />
      </Form.Item>
      <Form.Item
        name="amountFen"
        label={t('contracts:field.amount')}
        extra={from === 'source' ? t('contracts:create.amountFromSource') : undefined}
      >
        <InputNumber min={0} precision={2} style={{ width: 220 }} prefix="¥" data-testid="contract-amount" />
      </Form.Item>
      <Form.Item name="costFen" label={t('contracts:field.cost')}>
        <InputNumber min={0} precision={2} style={{ width: 220 }} prefix="¥" data-testid="contract-cost" />
      </Form.Item>
    </FormModal>
  );
}
