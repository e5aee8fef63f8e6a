import { Button, Form, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHECKLIST_ITEMS,
  type CheckResult,
  type ChecklistEntry,
  type ContractDetail,
  type ReviewOpinion,
} from '../../../../shared/contracts/types';
import { FormModal } from '../../components/FormModal';
import { usePermission } from '../../components/usePermission';
import { formatDateTime } from '../../i18n/format';
import { useContracts } from '../../stores/contractsStore';
import { useLocale } from '../../stores/localeStore';

const RESULT_COLORS: Record<CheckResult, string> = { pending: 'default', passed: 'success', failed: 'error' };

/** The checklist with each item's result, the reviewers' opinions, and — under review — the reviewers' forms. */
export function ReviewTab({ detail }: { detail: ContractDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const canReview = usePermission('contracts.review');
  const [dialog, setDialog] = useState<'checklist' | 'opinion' | null>(null);
  const c = detail.contract;
  const underReview = c.status === 'review';
  const l = (k: string) => t(`contracts:review.${k}`);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {l('checklist')}
        </Typography.Title>
        {canReview && underReview && (
          <Space>
            <Button
              type="primary"
              onClick={() => setDialog('checklist')}
              data-testid="contract-checklist-edit"
            >
              {l('editChecklist')}
            </Button>
            <Button onClick={() => setDialog('opinion')} data-testid="contract-opinion">
              {l('giveOpinion')}
            </Button>
          </Space>
        )}
      </Space>
      {c.checklist.length === 0 ? (
        <Typography.Text type="secondary">{l('notUnderReview')}</Typography.Text>
      ) : (
        <Table<ChecklistEntry>
          size="small"
          rowKey="item"
          pagination={false}
          dataSource={c.checklist}
          data-testid="contract-checklist"
          columns={[
            {
              key: 'item',
              title: t('contracts:print.checkItem'),
              width: 180,
              render: (_v, x) => t(`contracts:checkItem.${x.item}`),
            },
            {
              key: 'result',
              title: t('contracts:print.checkResult'),
              width: 110,
              render: (_v, x) => (
                <Tag color={RESULT_COLORS[x.result]}>{t(`contracts:checkResult.${x.result}`)}</Tag>
              ),
            },
            { key: 'comment', title: l('comment'), render: (_v, x) => x.comment ?? '' },
            {
              key: 'by',
              title: l('checkedBy'),
              width: 280,
              render: (_v, x) =>
                x.checkedByName ? `${x.checkedByName} · ${formatDateTime(x.checkedAt, locale)}` : '',
            },
          ]}
        />
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {l('opinions')}
      </Typography.Title>
      <Table<ReviewOpinion>
        size="small"
        rowKey="staffId"
        pagination={false}
        dataSource={c.reviews}
        locale={{ emptyText: l('noOpinions') }}
        data-testid="contract-opinions"
        columns={[
          { key: 'name', title: t('contracts:print.reviewer'), dataIndex: 'name', width: 140 },
          {
            key: 'at',
            title: t('contracts:print.opinionAt'),
            width: 180,
            render: (_v, r) => formatDateTime(r.at, locale),
          },
          {
            key: 'agree',
            title: t('contracts:print.opinion'),
            width: 110,
            render: (_v, r) => (
              <Tag color={r.agree ? 'success' : 'error'}>{l(r.agree ? 'agree' : 'disagree')}</Tag>
            ),
          },
          { key: 'comment', title: l('comment'), render: (_v, r) => r.comment ?? '' },
        ]}
      />
      {c.approvedAt && (
        <Typography.Text type="secondary" data-testid="contract-approved-by">
          {t('contracts:review.approvedBy', {
            name: c.approvedByName ?? '',
            time: formatDateTime(c.approvedAt, locale),
          })}
        </Typography.Text>
      )}
      {dialog === 'checklist' && <ChecklistModal detail={detail} onClose={() => setDialog(null)} />}
      {dialog === 'opinion' && <OpinionModal detail={detail} onClose={() => setDialog(null)} />}
    </Space>
  );
}

interface ChecklistValues {
  checklist: { result: 'passed' | 'failed'; comment?: string | null }[];
}

/** The reviewer records every item: passed, or failed with what is wrong. */
function ChecklistModal({ detail, onClose }: { detail: ContractDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const check = useContracts((s) => s.check);
  const c = detail.contract;
  return (
    <FormModal<ChecklistValues, ContractDetail>
      title={t('contracts:review.editChecklist')}
      fields={['checklist']}
      name="contract-checklist"
      width={720}
      okText={t('contracts:review.saveChecklist')}
      testId="contract-checklist-form"
      initialValues={{
        checklist: CHECKLIST_ITEMS.map((item) => {
          const e = c.checklist.find((x) => x.item === item);
          return { result: e?.result === 'failed' ? 'failed' : 'passed', comment: e?.comment ?? null };
        }),
      }}
      run={(v) =>
        check({
          id: c.id,
          version: c.version,
          // The item is the row's place: only the result and the comment are fields of the form.
          checklist: v.checklist.map((x, i) => ({
            item: CHECKLIST_ITEMS[i]!,
            result: x.result,
            comment: x.comment ?? null,
          })),
        })
      }
      successMessage={() => t('contracts:review.checklistSaved')}
      onClose={onClose}
    >
      <Form.List name="checklist">
        {(fields) =>
          fields.map((field, i) => (
            <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
              <Typography.Text strong style={{ display: 'inline-block', width: 120, paddingTop: 5 }}>
                {t(`contracts:checkItem.${CHECKLIST_ITEMS[i]}`)}
              </Typography.Text>
              <Form.Item name={[field.name, 'result']} style={{ marginBottom: 8 }}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'passed', label: t('contracts:checkResult.passed') },
                    { value: 'failed', label: t('contracts:checkResult.failed') },
                  ]}
                  data-testid={`check-${CHECKLIST_ITEMS[i]}`}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'comment']} style={{ marginBottom: 8 }}>
                <Input
                  placeholder={t('contracts:review.comment')}
                  style={{ width: 320 }}
                  data-testid={`check-${CHECKLIST_ITEMS[i]}-comment`}
                />
              </Form.Item>
            </Space>
          ))
        }
      </Form.List>
    </FormModal>
  );
}

function OpinionModal({ detail, onClose }: { detail: ContractDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const opine = useContracts((s) => s.opine);
  const c = detail.contract;
  return (
    <FormModal<{ agree: boolean; comment?: string | null }, ContractDetail>
      title={t('contracts:review.giveOpinion')}
      fields={['agree', 'comment']}
      name="contract-opinion"
      testId="contract-opinion-form"
      initialValues={{ agree: true }}
      run={(v) => opine({ id: c.id, version: c.version, agree: v.agree, comment: v.comment ?? null })}
      successMessage={() => t('contracts:review.opinionSaved')}
      onClose={onClose}
    >
      <Form.Item name="agree">
        <Radio.Group
          options={[
            { value: true, label: t('contracts:review.agree') },
            { value: false, label: t('contracts:review.disagree') },
          ]}
        />
      </Form.Item>
      <Form.Item name="comment" label={t('contracts:review.comment')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={2000}
          data-testid="contract-opinion-comment"
        />
      </Form.Item>
    </FormModal>
  );
}
