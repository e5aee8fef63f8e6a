import { WarningFilled } from '@ant-design/icons';
import { Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Quote, QuoteLine } from '../../../../shared/pricing/types';
import { formatMoneyFen, formatNumber } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';

/** A quote's lines as saved, read-only (a sent quote, or a reader who may not change it). */
export function QuoteLinesView({ quote }: { quote: Quote }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const f = (k: string) => t(`pricing:field.${k}`);
  return (
    <Table<QuoteLine>
      size="small"
      rowKey={(l) => `${quote.lines.indexOf(l)}`}
      pagination={false}
      dataSource={quote.lines}
      tableLayout="fixed"
      scroll={{ x: 700 }}
      data-testid="quote-lines"
      columns={[
        {
          key: 'description',
          title: f('description'),
          ellipsis: true,
          render: (_v, l) => (
            <Space orientation="vertical" size={0} style={{ minWidth: 0, maxWidth: '100%' }}>
              {l.productCode && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l.productCode}
                </Typography.Text>
              )}
              <Typography.Text ellipsis={{ tooltip: l.description }}>{l.description}</Typography.Text>
            </Space>
          ),
        },
        { key: 'unit', title: f('unit'), dataIndex: 'unit', width: 60 },
        {
          key: 'quantity',
          title: f('quantity'),
          width: 80,
          align: 'right',
          render: (_v, l) => formatNumber(l.quantity, locale),
        },
        {
          key: 'price',
          title: f('unitPrice'),
          width: 120,
          align: 'right',
          render: (_v, l) => formatMoneyFen(l.unitPriceFen, locale),
        },
        {
          key: 'discount',
          title: f('discount'),
          width: 110,
          align: 'right',
          render: (_v, l) => formatNumber(l.discountPct, locale),
        },
        {
          key: 'amount',
          title: f('amount'),
          width: 160,
          align: 'right',
          render: (_v, l) => (
            <Space orientation="vertical" size={0} style={{ alignItems: 'flex-end' }}>
              {formatMoneyFen(l.amountFen, locale)}
              {l.belowFloor && (
                <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="line-below-floor">
                  <WarningFilled />{' '}
                  {l.floorPriceFen === null
                    ? t('pricing:field.belowFloor')
                    : t('pricing:editor.belowFloorOf', { floor: formatMoneyFen(l.floorPriceFen, locale) })}
                </Typography.Text>
              )}
            </Space>
          ),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={5} align="right">
            <Typography.Text strong>{t('pricing:editor.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Typography.Text strong data-testid="quote-total">
              {formatMoneyFen(quote.totalFen, locale)}
            </Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
