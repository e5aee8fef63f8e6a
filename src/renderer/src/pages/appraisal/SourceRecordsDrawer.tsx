import { Alert, Drawer, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SourceRecords } from '../../../../shared/appraisal/channels';
import type { FormItem } from '../../../../shared/appraisal/forms';
import type { AppErrorShape } from '../../../../shared/contract/errors';
import { errorText } from '../../api/errors';
import { formatDate, formatMoneyFen, formatNumber } from '../../i18n/format';
import { useAppraisalForms } from '../../stores/appraisalFormStore';
import { useLocale } from '../../stores/localeStore';
import { itemName } from './formWords';

/** `amount` and `cost`: a contract's, for sales profit only. */
type Row = {
  key: string;
  date: string;
  client: string;
  what: string;
  amount?: string;
  cost?: string;
  value: string;
};

function rowsOf(r: SourceRecords, locale: 'zh-CN' | 'en-US', t: TFunction): Row[] {
  const client = (name: string | null, code: string | null) =>
    !name ? '—' : !code ? name : locale === 'zh-CN' ? `${name}（${code}）` : `${name} (${code})`;
  switch (r.source) {
    case 'revenue':
      return r.records.map((x) => ({
        key: x.transactionId,
        date: formatDate(x.date, locale),
        client: client(x.clientName, x.clientCode),
        what: x.item,
        value: formatMoneyFen(x.amountFen, locale),
      }));
    case 'newClients':
      return r.records.map((x) => ({
        key: x.clientId,
        date: formatDate(x.date, locale),
        client: client(x.clientName, x.clientCode),
        what: '',
        value: '',
      }));
    case 'satisfaction':
      return r.records.map((x) => ({
        key: x.ticketId,
        date: formatDate(x.feedbackDate, locale),
        client: client(x.clientName, x.clientCode),
        what: x.ticketCode,
        value: formatNumber(x.score, locale),
      }));
    case 'profit':
      return r.records.map((x) => ({
        key: x.contractId,
        date: formatDate(x.signedOn, locale),
        client: client(x.clientName, x.clientCode),
        what: `${x.contractCode} ${x.title}`,
        amount: formatMoneyFen(x.amountFen, locale),
        cost:
          x.costFen === null
            ? t('appraisal:forms.records.costNotRecorded')
            : formatMoneyFen(x.costFen, locale),
        value:
          x.profitFen === null
            ? t('appraisal:forms.records.notCounted')
            : formatMoneyFen(x.profitFen, locale),
      }));
  }
}

/** The value column and, for sales profit, the contract's amount and cost before it. */
function valueColumns(source: FormItem['source'], t: TFunction) {
  const value = {
    key: 'value',
    title: t(`appraisal:forms.records.value.${source}`),
    dataIndex: 'value',
    align: 'right' as const,
  };
  if (source !== 'profit') return [value];
  const money = (key: 'amount' | 'cost') => ({
    key,
    title: t(`appraisal:forms.records.${key}`),
    dataIndex: key,
    align: 'right' as const,
  });
  return [money('amount'), money('cost'), value];
}

/** "Where from": the records a computed actual counts, for the form's period. */
export function SourceRecordsDrawer({
  formId,
  item,
  onClose,
}: {
  formId: string;
  item: FormItem | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const load = useAppraisalForms((s) => s.sourceRecords);
  // The answer kept with the indicator it answers: another indicator's never shows while this one loads.
  const [answer, setAnswer] = useState<{
    key: string;
    data: SourceRecords | null;
    error: AppErrorShape | null;
  } | null>(null);
  const key = item ? `${formId}:${item.indicatorId}` : null;

  useEffect(() => {
    if (!item || !key) return;
    let live = true;
    void load(formId, item.indicatorId).then((r) => {
      if (live) setAnswer({ key, data: r.ok ? r.data : null, error: r.ok ? null : r.error });
    });
    return () => {
      live = false;
    };
  }, [formId, item, key, load]);

  const current = answer && answer.key === key ? answer : null;
  const data = current?.data ?? null;
  const error = current?.error ?? null;
  const source = item?.source ?? 'revenue';
  const uncosted = data?.source === 'profit' ? data.records.filter((x) => x.costFen === null).length : 0;
  return (
    <Drawer
      open={!!item}
      onClose={onClose}
      size="large"
      title={item ? t('appraisal:forms.records.title', { name: itemName(item, locale) }) : ''}
    >
      <div data-testid="appraisal-source-records">
        {item && (
          <Typography.Paragraph type="secondary">
            {t(`appraisal:sourceWords.${item.source}`)}
          </Typography.Paragraph>
        )}
        {data && (
          <Typography.Paragraph>
            {t('appraisal:forms.records.period', {
              from: formatDate(data.periodFrom, locale),
              to: formatDate(data.periodTo, locale),
              count: data.records.length,
            })}
          </Typography.Paragraph>
        )}
        {uncosted > 0 && (
          <Typography.Paragraph type="warning" data-testid="appraisal-source-uncosted">
            {t('appraisal:forms.records.uncosted', { count: uncosted })}
          </Typography.Paragraph>
        )}
        {error && <Alert type="error" showIcon message={errorText(t, error)} />}
        <Table<Row>
          rowKey="key"
          size="small"
          loading={!data && !error && !!item}
          dataSource={data ? rowsOf(data, locale, t) : []}
          pagination={false}
          locale={{ emptyText: t('appraisal:forms.records.empty') }}
          columns={[
            { key: 'date', title: t(`appraisal:forms.records.date.${source}`), dataIndex: 'date' },
            { key: 'client', title: t('appraisal:forms.records.client'), dataIndex: 'client' },
            ...(source === 'newClients'
              ? []
              : [
                  { key: 'what', title: t(`appraisal:forms.records.what.${source}`), dataIndex: 'what' },
                  ...valueColumns(source, t),
                ]),
          ]}
        />
      </div>
    </Drawer>
  );
}
