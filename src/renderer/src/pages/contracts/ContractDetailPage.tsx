import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Result, Skeleton, Space, Steps, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CONTRACT_STEPS, type ContractDetail } from '../../../../shared/contracts/types';
import { mayTerminate } from '../../../../shared/contracts/rules';
import type { Result as CallResult } from '../../../../shared/contract/errors';
import { errorText } from '../../api/errors';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate, formatMoneyFen } from '../../i18n/format';
import { useContracts } from '../../stores/contractsStore';
import { useLocale } from '../../stores/localeStore';
import { useSettings } from '../../stores/settingsStore';
import { ExecutionTab } from './ExecutionTab';
import { FilesTab } from './FilesTab';
import { HandoffsTab } from './HandoffsTab';
import { StatusTag, refusalText } from './labels';
import { ParticularsTab } from './ParticularsTab';
import { ReviewTab } from './ReviewTab';
import { SignModal, TerminateModal } from './SignModal';

/**
 * One contract: its steps, the moves the user may make now (main refuses the rest anyway), and its parts —
 * particulars and terms, the review, milestones and payments, the hand-off, files; the review form printed
 * in either language.
 */
export function ContractDetailPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message } = App.useApp();
  const id = useParams().id ?? null;
  const { detail, detailError, loadDetail, submit, approve, returnToDraft, printReview } = useContracts();
  const canWrite = usePermission('contracts.write');
  const canApprove = usePermission('contracts.approve');
  const printer = useSaveFile();
  const [dialog, setDialog] = useState<'sign' | 'terminate' | null>(null);
  const [busy, setBusy] = useState(false);
  const loadSettings = useSettings((s) => s.load);

  // The hand-off departments' names.
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  useEffect(() => {
    void loadDetail(id);
    return () => void loadDetail(null);
  }, [id, loadDetail]);

  if (detailError)
    return (
      <Result
        status="404"
        title={errorText(t, detailError)}
        extra={<Link to="/contracts">{t('contracts:detail.back')}</Link>}
      />
    );
  if (!detail || detail.contract.id !== id) return <Skeleton active />;
  const c = detail.contract;
  const ref = { id: c.id, version: c.version };

  async function move(run: () => Promise<CallResult<ContractDetail>>, done: string): Promise<void> {
    setBusy(true);
    try {
      const r = await run();
      if (r.ok) message.success(t(done));
      else message.error(refusalText(t, r.error));
    } finally {
      setBusy(false);
    }
  }

  const stepIndex = c.status === 'terminated' ? -1 : CONTRACT_STEPS.indexOf(c.status);
  const print = (lang: 'zh-CN' | 'en-US') =>
    void printer.produceAndSave(() => printReview({ id: c.id, locale: lang }));

  return (
    <div data-testid="contract-detail">
      <Space style={{ marginBottom: 8 }}>
        <Link to="/contracts">
          <ArrowLeftOutlined /> {t('contracts:detail.back')}
        </Link>
      </Space>
      <Card
        style={{ marginBottom: 16 }}
        title={
          <Space wrap>
            <span data-testid="contract-code">{c.code}</span>
            <span>{c.title}</span>
            <StatusTag status={c.status} t={t} />
          </Space>
        }
        extra={
          <Space wrap>
            {canWrite && c.status === 'draft' && (
              <Button
                type="primary"
                loading={busy}
                onClick={() => void move(() => submit(ref), 'contracts:detail.submitted')}
                data-testid="contract-submit"
              >
                {t('contracts:detail.submit')}
              </Button>
            )}
            {canWrite && c.status === 'review' && (
              <Button
                loading={busy}
                onClick={() =>
                  void move(() => returnToDraft({ ...ref, comment: null }), 'contracts:detail.returned')
                }
                data-testid="contract-return"
              >
                {t('contracts:detail.returnToDraft')}
              </Button>
            )}
            {canApprove && c.status === 'review' && (
              <Button
                type="primary"
                loading={busy}
                onClick={() => void move(() => approve(ref), 'contracts:detail.approved')}
                data-testid="contract-approve"
              >
                {t('contracts:detail.approve')}
              </Button>
            )}
            {canWrite && c.status === 'approved' && (
              <Button type="primary" onClick={() => setDialog('sign')} data-testid="contract-sign">
                {t('contracts:detail.sign')}
              </Button>
            )}
            {canWrite && mayTerminate(c.status) && (
              <Button danger onClick={() => setDialog('terminate')} data-testid="contract-terminate">
                {t('contracts:detail.terminate')}
              </Button>
            )}
            <Button
              icon={<PrinterOutlined />}
              loading={printer.busy}
              onClick={() => print('zh-CN')}
              data-testid="contract-print-zh"
            >
              {t('contracts:detail.printZh')}
            </Button>
            <Button
              icon={<PrinterOutlined />}
              loading={printer.busy}
              onClick={() => print('en-US')}
              data-testid="contract-print-en"
            >
              {t('contracts:detail.printEn')}
            </Button>
          </Space>
        }
      >
        {c.status === 'terminated' ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('contracts:detail.terminatedBanner', {
              date: formatDate(c.terminatedOn, locale),
              reason: c.terminatedReason,
            })}
          />
        ) : (
          <Steps
            size="small"
            current={stepIndex}
            items={CONTRACT_STEPS.map((s) => ({ key: s, title: t(`contracts:status.${s}`) }))}
            style={{ marginBottom: 16 }}
            data-testid="contract-steps"
          />
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            {
              key: 'client',
              label: t('contracts:field.client'),
              children: <Link to={`/clients/${c.clientId}`}>{`${c.clientName} · ${c.clientCode}`}</Link>,
            },
            { key: 'owner', label: t('contracts:field.owner'), children: c.ownerName },
            {
              key: 'amount',
              label: t('contracts:field.amount'),
              children: formatMoneyFen(c.amountFen, locale),
            },
            {
              key: 'received',
              label: t('contracts:field.received'),
              children: formatMoneyFen(c.receivedFen, locale),
            },
            {
              key: 'drafted',
              label: t('contracts:field.draftedOn'),
              children: formatDate(c.draftedOn, locale),
            },
            {
              key: 'signed',
              label: t('contracts:field.signedOn'),
              children: formatDate(c.signedOn, locale) || '—',
            },
            {
              key: 'source',
              label: t('contracts:field.source'),
              children: [c.opportunityCode, c.quoteCode].filter(Boolean).join(' / ') || '—',
            },
            {
              key: 'cost',
              label: t('contracts:field.cost'),
              children: c.costFen === null ? '—' : formatMoneyFen(c.costFen, locale),
            },
          ]}
        />
      </Card>
      <Card>
        <Tabs
          destroyOnHidden
          defaultActiveKey={
            c.status === 'review'
              ? 'review'
              : ['signed', 'executing'].includes(c.status)
                ? 'execution'
                : 'particulars'
          }
          items={[
            {
              key: 'particulars',
              label: t('contracts:detail.tabs.particulars'),
              children: <ParticularsTab detail={detail} />,
            },
            {
              key: 'review',
              label: t('contracts:detail.tabs.review'),
              children: <ReviewTab detail={detail} />,
            },
            {
              key: 'execution',
              label: t('contracts:detail.tabs.execution'),
              children: <ExecutionTab detail={detail} />,
            },
            {
              key: 'handoffs',
              label: t('contracts:detail.tabs.handoffs'),
              children: <HandoffsTab detail={detail} />,
            },
            { key: 'files', label: t('contracts:detail.tabs.files'), children: <FilesTab detail={detail} /> },
          ]}
        />
      </Card>
      {dialog === 'sign' && <SignModal detail={detail} onClose={() => setDialog(null)} />}
      {dialog === 'terminate' && <TerminateModal detail={detail} onClose={() => setDialog(null)} />}
    </div>
  );
}
