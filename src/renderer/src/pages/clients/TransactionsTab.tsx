import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../../shared/clients/types';
import { LIMITS } from '../../../../shared/contract/limits';
import { FormModal } from '../../components/FormModal';
import { formatDate, formatMoneyFen, formatNumber, fromDayjs } from '../../i18n/format';
import { useClients } from '../../stores/clientsStore';
import { useLocale } from '../../stores/localeStore';
import { RecordActions } from './RecordActions';
import { ListEmpty } from '../../components/ListEmpty';

interface Values {
  date: Dayjs;
  item: string;
  quantity: number;
  /** Yuan, to the fen; sent as integer fen. */
  amount: number;
  contractRef?: string;
  notes?: string;
}

const FIELDS = ['date', 'item', 'quantity', 'amount', 'contractRef', 'notes'];
const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : null);
const MAX_YUAN = 1e11;

function TransactionForm({
  clientId,
  record,
  onClose,
}: {
  clientId: string;
  record: Transaction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const createTransaction = useClients((s) => s.createTransaction);
  const updateTransaction = useClients((s) => s.updateTransaction);
  function run(v: Values) {
    const input = {
      date: fromDayjs(v.date)!,
      item: v.item.trim(),
      quantity: v.quantity,
      amountFen: Math.round(v.amount * 100),
      contractRef: blank(v.contractRef),
      notes: blank(v.notes),
    };
    return record
      ? updateTransaction({ id: record.id, version: record.version, ...input })
      : createTransaction({ clientId, ...input });
  }
  return (
    <FormModal<Values, Transaction>
      title={t(record ? 'clients:transactions.edit' : 'clients:transactions.new')}
      fields={FIELDS}
      run={run}
      successMessage={() => t('clients:transactions.saved')}
      onClose={onClose}
      testId="transaction-form"
      name="transaction"
      initialValues={
        record
          ? {
              date: dayjs(record.date),
              item: record.item,
              quantity: record.quantity,
              amount: record.amountFen / 100,
              contractRef: record.contractRef ?? undefined,
              notes: record.notes ?? undefined,
            }
          : { date: dayjs(), quantity: 1 }
      }
    >
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item
            name="date"
            label={t('clients:transactions.fields.date')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="item"
            label={t('clients:transactions.fields.item')}
            rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
          >
            <Input maxLength={LIMITS.shortText} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item
            name="quantity"
            label={t('clients:transactions.fields.quantity')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <InputNumber min={0} max={1e9} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="amount"
            label={t('clients:transactions.fields.amountYuan')}
            extra={t('clients:transactions.amountHint')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <InputNumber<number>
              min={-MAX_YUAN}
              max={MAX_YUAN}
              precision={2}
              step={100}
              style={{ width: '100%' }}
              formatter={(v) =>
                v === undefined || v === null || `${v}` === ''
                  ? ''
                  : `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
              }
              parser={(v) => Number((v ?? '').replace(/,/g, ''))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="contractRef" label={t('clients:transactions.fields.contractRef')}>
        <Input maxLength={LIMITS.code * 2} />
      </Form.Item>
      <Form.Item name="notes" label={t('clients:transactions.fields.notes')}>
        <Input.TextArea rows={2} maxLength={LIMITS.text} />
      </Form.Item>
    </FormModal>
  );
}

/** Transactions, newest first, with the amounts in ¥ and their total. */
export function TransactionsTab({
  clientId,
  transactions,
  totalFen,
}: {
  clientId: string;
  transactions: Transaction[];
  totalFen: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const deleteTransaction = useClients((s) => s.deleteTransaction);
  const [editing, setEditing] = useState<Transaction | 'new' | null>(null);
  const none = <Typography.Text type="secondary">{t('clients:none')}</Typography.Text>;
  const sorted = [...transactions].sort((a, b) => b.date.localeCompare(a.date));

  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="transaction-new">
          {t('clients:transactions.new')}
        </Button>
      </div>
      <Table<Transaction>
        scroll={{ x: 'max-content' }}
        rowKey="id"
        size="middle"
        dataSource={sorted}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <ListEmpty filtered={false} title={t('clients:transactions.empty')} /> }}
        data-testid="transactions-table"
        columns={[
          {
            title: t('clients:transactions.fields.date'),
            dataIndex: 'date',
            width: 130,
            render: (v: string) => formatDate(v, locale),
          },
          { title: t('clients:transactions.fields.item'), dataIndex: 'item' },
          {
            title: t('clients:transactions.fields.quantity'),
            dataIndex: 'quantity',
            align: 'right',
            width: 100,
            render: (v: number) => formatNumber(v, locale),
          },
          {
            title: t('clients:transactions.fields.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            width: 150,
            render: (v: number) => formatMoneyFen(v, locale),
          },
          {
            title: t('clients:transactions.fields.contractRef'),
            dataIndex: 'contractRef',
            width: 150,
            render: (v: string | null) => v ?? none,
          },
          {
            title: t('clients:transactions.fields.notes'),
            dataIndex: 'notes',
            ellipsis: true,
            render: (v: string | null) => v ?? none,
          },
          {
            title: t('common:actions'),
            key: 'actions',
            width: 140,
            render: (_v, r) => (
              <RecordActions
                onEdit={() => setEditing(r)}
                confirmTitle={t('clients:transactions.deleteConfirm')}
                onDelete={() => deleteTransaction({ id: r.id, version: r.version })}
                deletedMessage={t('clients:transactions.deleted')}
              />
            ),
          },
        ]}
        summary={() =>
          transactions.length > 0 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <Typography.Text strong>{t('clients:transactions.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <Typography.Text strong data-testid="transactions-total">
                  {formatMoneyFen(totalFen, locale)}
                </Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} colSpan={3} />
            </Table.Summary.Row>
          )
        }
      />
      {editing && (
        <TransactionForm
          clientId={clientId}
          record={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
