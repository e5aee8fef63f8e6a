import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Form, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { lineAmountFen } from '../../../../shared/contracts/rules';
import type { ContractDetail, ContractLine } from '../../../../shared/contracts/types';
import { useFormSubmit } from '../../components/useFormSubmit';
import { usePermission } from '../../components/usePermission';
import { formatMoneyFen, formatNumber } from '../../i18n/format';
import { useContracts } from '../../stores/contractsStore';
import { useLocale } from '../../stores/localeStore';
import { toFen } from './labels';

const TERMS = ['subject', 'deliveryTerms', 'paymentTerms', 'liabilityTerms', 'disputeTerms'] as const;

interface LineValues {
  description: string;
  unit?: string | null;
  quantity: number;
  /** Yuan on screen. */
  unitPriceFen: number;
  discount?: number;
}
interface Values {
  title: string;
  /** Yuan on screen; main's errors about the amount land here. */
  amountFen: number;
  costFen: number | null;
  lines: LineValues[];
  subject?: string | null;
  deliveryTerms?: string | null;
  paymentTerms?: string | null;
  liabilityTerms?: string | null;
  disputeTerms?: string | null;
}
const FIELDS = ['title', 'amountFen', 'costFen', 'lines', ...TERMS];

/** The lines as agreed, read-only. */
function LinesTable({ lines }: { lines: ContractLine[] }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const f = (k: string) => t(`contracts:field.${k}`);
  return (
    <Table<ContractLine>
      size="small"
      rowKey={(l) => `${l.description}-${lines.indexOf(l)}`}
      pagination={false}
      dataSource={lines}
      locale={{ emptyText: t('contracts:detail.noLines') }}
      columns={[
        { key: 'd', title: f('lineDescription'), dataIndex: 'description' },
        { key: 'u', title: f('lineUnit'), dataIndex: 'unit', width: 80 },
        {
          key: 'q',
          title: f('lineQuantity'),
          width: 100,
          align: 'right',
          render: (_v, l) => formatNumber(l.quantity, locale),
        },
        {
          key: 'p',
          title: f('lineUnitPrice'),
          width: 140,
          align: 'right',
          render: (_v, l) => formatMoneyFen(l.unitPriceFen, locale),
        },
        {
          key: 'x',
          title: f('lineDiscount'),
          width: 90,
          align: 'right',
          render: (_v, l) => `${formatNumber(l.discount, locale)}%`,
        },
        {
          key: 'a',
          title: f('lineAmount'),
          width: 150,
          align: 'right',
          render: (_v, l) => formatMoneyFen(l.amountFen, locale),
        },
      ]}
      data-testid="contract-lines"
    />
  );
}

/** The particulars and terms: edited while a draft (by those who may), read elsewhere. */
export function ParticularsTab({ detail }: { detail: ContractDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message } = App.useApp();
  const update = useContracts((s) => s.update);
  const canWrite = usePermission('contracts.write');
  const [form] = Form.useForm<Values>();
  const { busy, submit } = useFormSubmit(form, FIELDS, () => message.success(t('contracts:detail.saved')));
  const c = detail.contract;
  const f = (k: string) => t(`contracts:field.${k}`);
  const lines = Form.useWatch('lines', form) ?? [];
  const linesTotal = lines.reduce(
    (sum, l) =>
      sum +
      (l
        ? lineAmountFen({
            quantity: l.quantity ?? 0,
            unitPriceFen: toFen(l.unitPriceFen),
            discount: l.discount ?? 0,
          })
        : 0),
    0,
  );

  if (c.status !== 'draft' || !canWrite)
    return (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <LinesTable lines={c.lines} />
        <Descriptions
          bordered
          size="small"
          column={1}
          items={TERMS.map((k) => ({ key: k, label: f(k), children: c[k] ?? '—' }))}
          data-testid="contract-terms"
        />
      </Space>
    );

  return (
    <Form<Values>
      form={form}
      name="contract-terms"
      layout="vertical"
      initialValues={{
        title: c.title,
        amountFen: c.amountFen / 100,
        costFen: c.costFen === null ? null : c.costFen / 100,
        lines: c.lines.map((l) => ({ ...l, unitPriceFen: l.unitPriceFen / 100 })),
        ...Object.fromEntries(TERMS.map((k) => [k, c[k]])),
      }}
      onFinish={(v) =>
        submit(() =>
          update({
            id: c.id,
            version: c.version,
            title: v.title,
            amountFen: toFen(v.amountFen),
            costFen: v.costFen === null || v.costFen === undefined ? null : toFen(v.costFen),
            lines: (v.lines ?? []).map((l) => ({
              productId: null,
              description: l.description,
              unit: l.unit ?? null,
              quantity: l.quantity,
              unitPriceFen: toFen(l.unitPriceFen),
              discount: l.discount ?? 0,
            })),
            ...Object.fromEntries(TERMS.map((k) => [k, v[k] ?? null])),
          }),
        )
      }
      data-testid="contract-terms-form"
    >
      <Form.Item
        name="title"
        label={f('title')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Space size={24} wrap>
        <Form.Item
          name="amountFen"
          label={f('amount')}
          extra={
            lines.length
              ? `${t('contracts:detail.amountFromLines')} ${formatMoneyFen(linesTotal, locale)}`
              : undefined
          }
        >
          <InputNumber min={0} precision={2} prefix="¥" style={{ width: 220 }} disabled={lines.length > 0} />
        </Form.Item>
        <Form.Item name="costFen" label={f('cost')}>
          <InputNumber min={0} precision={2} prefix="¥" style={{ width: 220 }} />
        </Form.Item>
      </Space>
      <Typography.Title level={5}>{f('lines')}</Typography.Title>
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <>
            {fields.length > 0 && (
              <Space wrap style={{ display: 'flex', marginBottom: 4 }}>
                {(
                  [
                    ['lineDescription', 240],
                    ['lineUnit', 80],
                    ['lineQuantity', 110],
                    ['lineUnitPrice', 150],
                    ['lineDiscount', 110],
                  ] as const
                ).map(([k, width]) => (
                  <Typography.Text key={k} type="secondary" style={{ display: 'inline-block', width }}>
                    {f(k)}
                  </Typography.Text>
                ))}
              </Space>
            )}
            {fields.map((field) => (
              <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                <Form.Item
                  name={[field.name, 'description']}
                  rules={[{ required: true, message: t('validation:required') }]}
                >
                  <Input placeholder={f('lineDescription')} style={{ width: 240 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'unit']}>
                  <Input placeholder={f('lineUnit')} style={{ width: 80 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'quantity']}
                  rules={[{ required: true, message: t('validation:required') }]}
                >
                  <InputNumber placeholder={f('lineQuantity')} min={0} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'unitPriceFen']}
                  rules={[{ required: true, message: t('validation:required') }]}
                >
                  <InputNumber
                    placeholder={f('lineUnitPrice')}
                    min={0}
                    precision={2}
                    prefix="¥"
                    style={{ width: 150 }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'discount']}>
                  <InputNumber
                    placeholder={f('lineDiscount')}
                    min={0}
                    max={100}
                    suffix="%"
                    style={{ width: 110 }}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('contracts:detail.removeLine')}
                />
              </Space>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ quantity: 1, discount: 0 })}
              style={{ marginBottom: 16 }}
            >
              {t('contracts:detail.addLine')}
            </Button>
          </>
        )}
      </Form.List>
      {TERMS.map((k) => (
        <Form.Item key={k} name={k} label={f(k)}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            data-testid={`contract-${k}`}
          />
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="contract-save">
        {t('contracts:detail.save')}
      </Button>
    </Form>
  );
}
