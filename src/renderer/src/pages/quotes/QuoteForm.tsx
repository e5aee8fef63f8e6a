import { DeleteOutlined, PlusOutlined, WarningFilled } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { Product, Quote, QuoteOpportunityOption } from '../../../../shared/pricing/types';
import { useFormSubmit } from '../../components/useFormSubmit';
import { formatMoneyFen, fromDayjs, toDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useQuotes } from '../../stores/quotesStore';
import { ClientSelect } from '../contracts/ClientSelect';
import { toFen } from '../contracts/labels';
import { productName } from '../pricing/productName';
import { liveLines, type LineValues } from './liveLines';

interface Values {
  clientId: string | null;
  opportunityId: string | null;
  quotedOn: Dayjs;
  validUntil: Dayjs;
  terms?: string | null;
  lines: LineValues[];
}

const FIELDS = ['clientId', 'opportunityId', 'quotedOn', 'validUntil', 'terms', 'lines'];
/** How long a new quote is valid, unless the salesperson says otherwise. */
const DEFAULT_VALID_DAYS = 30;
const EMPTY_LINE: LineValues = { productId: null, quantity: 1, discountPct: 0 };

function initialValues(quote: Quote | null): Values {
  if (!quote) {
    const today = dayjs().startOf('day');
    return {
      clientId: null,
      opportunityId: null,
      quotedOn: today,
      validUntil: today.add(DEFAULT_VALID_DAYS, 'day'),
      terms: null,
      lines: [{ ...EMPTY_LINE }],
    };
  }
  return {
    clientId: quote.clientId,
    opportunityId: quote.opportunityId,
    quotedOn: toDayjs(quote.quotedOn)!,
    validUntil: toDayjs(quote.validUntil)!,
    terms: quote.terms,
    lines: quote.lines.map((l) => ({
      productId: l.productId,
      description: l.description,
      unit: l.unit,
      quantity: l.quantity,
      unitPriceFen: l.unitPriceFen / 100,
      discountPct: l.discountPct,
    })),
  };
}

/**
 * The quote as the salesperson writes it: the client and opportunity, dates and terms, and the lines — a
 * product from the price system fills the item, unit and list price; each line's amount, the total and the
 * below-floor flags follow what is typed. Main checks every cell again and names the wrong ones.
 */
export function QuoteForm({
  quote,
  onSaved,
  onDirty,
}: {
  quote: Quote | null;
  onSaved: (q: Quote) => void;
  onDirty: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message } = App.useApp();
  const { offered, opportunities, create, update } = useQuotes();
  const [form] = Form.useForm<Values>();
  const { busy, submit } = useFormSubmit(form, FIELDS, (q: Quote) => {
    message.success(t('pricing:editor.saved'));
    onSaved(q);
  });
  const [products, setProducts] = useState<Product[]>([]);
  const [floorsShown, setFloorsShown] = useState(quote?.floorVisible ?? false);
  const [found, setFound] = useState<{ clientId: string; options: QuoteOpportunityOption[] } | null>(null);
  const f = (k: string) => t(`pricing:field.${k}`);

  const clientId = Form.useWatch('clientId', form);
  const quotedOn = fromDayjs(Form.useWatch('quotedOn', form));
  const watched = Form.useWatch('lines', form);

  useEffect(() => {
    if (!quotedOn) return;
    void offered(quotedOn).then((r) => {
      if (!r.ok) return;
      setProducts(r.data.items);
      setFloorsShown(r.data.floorVisible);
    });
  }, [quotedOn, offered]);
  useEffect(() => {
    if (!clientId) return;
    void opportunities(clientId).then((r) => r.ok && setFound({ clientId, options: r.data }));
  }, [clientId, opportunities]);
  const options = useMemo(
    () => (found && found.clientId === clientId ? found.options : []),
    [found, clientId],
  );

  const floors = useMemo(
    () => new Map(products.map((p) => [p.id, floorsShown ? p.floorPriceFen : null])),
    [products, floorsShown],
  );
  const live = liveLines(watched ?? [], floors, quote?.lines ?? []);
  const total = live.reduce((sum, l) => sum + l.amountFen, 0);

  // The saved products no longer on offer stay choosable for the lines that hold them.
  const productOptions = useMemo(() => {
    const offeredNow = products.map((p) => ({
      value: p.id,
      label: `${p.code} · ${productName(p, locale)}`,
    }));
    const held = (quote?.lines ?? [])
      .filter((l) => l.productId && !products.some((p) => p.id === l.productId))
      .map((l) => ({ value: l.productId!, label: `${l.productCode ?? ''} · ${l.description}` }));
    return [...offeredNow, ...held.filter((h, i) => held.findIndex((x) => x.value === h.value) === i)];
  }, [products, quote, locale]);
  const opportunityOptions = useMemo(() => {
    const list = options.map((o) => ({ value: o.id, label: `${o.code} · ${o.title}` }));
    if (quote?.opportunityId && !options.some((o) => o.id === quote.opportunityId))
      list.push({
        value: quote.opportunityId,
        label: `${quote.opportunityCode ?? ''} · ${quote.opportunityTitle ?? ''}`,
      });
    return list;
  }, [options, quote]);

  function pickProduct(index: number, id: string | null) {
    const p = products.find((x) => x.id === id);
    if (!p) return;
    form.setFieldValue(['lines', index, 'description'], productName(p, locale));
    form.setFieldValue(['lines', index, 'unit'], p.unit);
    form.setFieldValue(['lines', index, 'unitPriceFen'], p.listPriceFen / 100);
  }

  // Once approved, a flagged line is what the manager agreed to: it is below its floor, no longer "needs approval".
  const approved = quote?.status === 'approved';
  const flagText = (floorFen: number | null): string => {
    const floor = floorFen === null ? null : formatMoneyFen(floorFen, locale);
    if (approved)
      return floor === null ? t('pricing:field.belowFloor') : t('pricing:editor.belowFloorOf', { floor });
    return floor === null ? t('pricing:editor.belowFloor') : t('pricing:editor.belowFloorWith', { floor });
  };
  const needsReset = quote !== null && (quote.status === 'pendingApproval' || quote.status === 'approved');
  const required = [{ required: true, message: t('validation:required') }];
  const cell = { style: { marginBottom: 0 } };

  return (
    <Form<Values>
      form={form}
      name="quote"
      layout="vertical"
      initialValues={initialValues(quote)}
      onValuesChange={() => onDirty(true)}
      onFinish={(v) => {
        const input = {
          clientId: v.clientId ?? '',
          opportunityId: v.opportunityId ?? null,
          quotedOn: fromDayjs(v.quotedOn)!,
          validUntil: fromDayjs(v.validUntil)!,
          terms: v.terms?.trim() || null,
          lines: (v.lines ?? []).map((l) => ({
            productId: l.productId ?? null,
            description: (l.description ?? '').trim(),
            unit: (l.unit ?? '').trim(),
            quantity: l.quantity ?? 0,
            unitPriceFen: toFen(l.unitPriceFen),
            discountPct: l.discountPct ?? 0,
          })),
        };
        return submit(() =>
          quote ? update({ id: quote.id, version: quote.version, ...input }) : create(input),
        );
      }}
      data-testid="quote-form"
    >
      <Space size={16} wrap align="start" style={{ display: 'flex' }}>
        <Form.Item name="clientId" label={f('client')} rules={required} style={{ width: 320 }}>
          <ClientSelect
            placeholder={t('pricing:editor.pickClient')}
            testId="quote-client"
            known={
              quote
                ? { value: quote.clientId, label: `${quote.clientName} · ${quote.clientCode}` }
                : undefined
            }
            onChange={() => form.setFieldValue('opportunityId', null)}
          />
        </Form.Item>
        <Form.Item name="opportunityId" label={f('opportunity')} style={{ width: 300 }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('pricing:editor.noOpportunity')}
            options={opportunityOptions}
            disabled={!clientId}
            data-testid="quote-opportunity"
          />
        </Form.Item>
        <Form.Item name="quotedOn" label={f('quotedOn')} rules={required}>
          <DatePicker allowClear={false} data-testid="quote-quotedOn" />
        </Form.Item>
        <Form.Item name="validUntil" label={f('validUntil')} rules={required}>
          <DatePicker allowClear={false} data-testid="quote-validUntil" />
        </Form.Item>
      </Space>

      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {f('lines')}
      </Typography.Title>
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={fields}
              tableLayout="fixed"
              scroll={{ x: 1020 }}
              data-testid="quote-lines"
              rowClassName={(row) => (live[row.name]?.belowFloor ? 'quote-line-below-floor' : '')}
              columns={[
                {
                  key: 'product',
                  title: f('product'),
                  width: 200,
                  render: (_v, row) => (
                    <Form.Item name={[row.name, 'productId']} {...cell}>
                      <Select
                        allowClear
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder={t('pricing:editor.freeLine')}
                        options={productOptions}
                        popupMatchSelectWidth={false}
                        onChange={(id: string | undefined) => pickProduct(row.name, id ?? null)}
                        data-testid={`line-${row.name}-product`}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'description',
                  title: f('description'),
                  render: (_v, row) => (
                    <Form.Item name={[row.name, 'description']} rules={required} {...cell}>
                      <Input maxLength={LIMITS.shortText} data-testid={`line-${row.name}-description`} />
                    </Form.Item>
                  ),
                },
                {
                  key: 'unit',
                  title: f('unit'),
                  width: 70,
                  render: (_v, row) => (
                    <Form.Item name={[row.name, 'unit']} rules={required} {...cell}>
                      <Input maxLength={LIMITS.tag} data-testid={`line-${row.name}-unit`} />
                    </Form.Item>
                  ),
                },
                {
                  key: 'quantity',
                  title: f('quantity'),
                  width: 90,
                  render: (_v, row) => (
                    <Form.Item name={[row.name, 'quantity']} rules={required} {...cell}>
                      <InputNumber style={{ width: '100%' }} data-testid={`line-${row.name}-quantity`} />
                    </Form.Item>
                  ),
                },
                {
                  key: 'unitPrice',
                  title: f('unitPrice'),
                  width: 130,
                  render: (_v, row) => (
                    <Form.Item name={[row.name, 'unitPriceFen']} rules={required} {...cell}>
                      <InputNumber
                        precision={2}
                        prefix="¥"
                        style={{ width: '100%' }}
                        data-testid={`line-${row.name}-price`}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'discount',
                  title: f('discount'),
                  width: 90,
                  render: (_v, row) => (
                    <Form.Item name={[row.name, 'discountPct']} {...cell}>
                      <InputNumber
                        precision={2}
                        style={{ width: '100%' }}
                        data-testid={`line-${row.name}-discount`}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'amount',
                  title: f('amount'),
                  width: 180,
                  align: 'right',
                  render: (_v, row) => {
                    const l = live[row.name];
                    if (!l) return null;
                    return (
                      <Space orientation="vertical" size={0} style={{ alignItems: 'flex-end' }}>
                        <span data-testid={`line-${row.name}-amount`}>
                          {formatMoneyFen(l.amountFen, locale)}
                        </span>
                        {l.belowFloor && (
                          <Typography.Text
                            type="warning"
                            style={{ fontSize: 12 }}
                            data-testid={`line-${row.name}-below-floor`}
                          >
                            <WarningFilled /> {flagText(l.floorFen)}
                          </Typography.Text>
                        )}
                      </Space>
                    );
                  },
                },
                {
                  key: 'remove',
                  width: 44,
                  render: (_v, row) => (
                    <Tooltip title={t('pricing:editor.removeLine')}>
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        disabled={fields.length === 1}
                        onClick={() => remove(row.name)}
                        aria-label={t('pricing:editor.removeLine')}
                        data-testid={`line-${row.name}-remove`}
                      />
                    </Tooltip>
                  ),
                },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={6} align="right">
                    <Typography.Text strong>{t('pricing:editor.total')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <Typography.Text strong data-testid="quote-total">
                      {formatMoneyFen(total, locale)}
                    </Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} />
                </Table.Summary.Row>
              )}
            />
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ ...EMPTY_LINE })}
              style={{ margin: '8px 0 16px' }}
              data-testid="quote-add-line"
            >
              {t('pricing:editor.addLine')}
            </Button>
          </>
        )}
      </Form.List>

      <Form.Item name="terms" label={f('terms')}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={LIMITS.text}
          placeholder={t('pricing:editor.termsHint')}
          data-testid="quote-terms"
        />
      </Form.Item>
      {needsReset && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('pricing:editor.editResets')} />
      )}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="quote-save">
        {t('pricing:editor.save')}
      </Button>
    </Form>
  );
}
