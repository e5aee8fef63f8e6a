import { ArrowLeftOutlined, FileProtectOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Result, Skeleton, Space, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Locale } from '../../../../shared/contract/locales';
import { maySend } from '../../../../shared/pricing/rules';
import { EDITABLE_QUOTE_STATUSES, type Quote } from '../../../../shared/pricing/types';
import { errorText } from '../../api/errors';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate, formatDateTime, formatMoneyFen } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useQuotes } from '../../stores/quotesStore';
import { NewContractModal } from '../contracts/NewContractModal';
import { refusalText } from '../contracts/labels';
import { BelowFloorTag, QuoteStatusTag } from './labels';
import { QuoteForm } from './QuoteForm';
import { QuoteLinesView } from './QuoteLinesView';
import { SubmitModal } from './SubmitModal';

/** Where the quote stands with the manager's approval, in words; null when there is nothing to say. */
function ApprovalState({ quote, t, locale }: { quote: Quote; t: TFunction; locale: Locale }) {
  const when = quote.decidedAt ? formatDateTime(quote.decidedAt, locale) : '';
  const reason = quote.floorReason && (
    <Typography.Text type="secondary" data-testid="quote-floor-reason">
      {t('pricing:field.floorReason')}
      {t('pricing:editor.colon')}
      {quote.floorReason}
    </Typography.Text>
  );
  const alert = (type: 'warning' | 'info' | 'success' | 'error', title: string, extra?: React.ReactNode) => (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 16 }}
      title={title}
      description={
        reason || extra ? (
          <Space orientation="vertical" size={2}>
            {reason}
            {extra}
          </Space>
        ) : undefined
      }
      data-testid="quote-approval"
    />
  );
  switch (quote.status) {
    case 'draft':
      return quote.belowFloor ? alert('warning', t('pricing:editor.needsApproval')) : null;
    case 'pendingApproval':
      return alert(
        'info',
        t('pricing:editor.pending'),
        quote.approvalId && (
          <Link to={`/approvals?open=${quote.approvalId}`}>{t('pricing:editor.openApprovals')}</Link>
        ),
      );
    case 'approved':
      return alert(
        'success',
        quote.decidedByName
          ? t('pricing:editor.approved', { name: quote.decidedByName, time: when })
          : t('pricing:editor.approvedSelf'),
        quote.decisionComment && (
          <Typography.Text>
            {t('pricing:field.decisionComment')}
            {t('pricing:editor.colon')}
            {quote.decisionComment}
          </Typography.Text>
        ),
      );
    case 'refused':
      return alert(
        'error',
        t('pricing:editor.refused', {
          name: quote.decidedByName ?? '',
          time: when,
          comment: quote.decisionComment ?? '—',
        }),
      );
    default:
      return null;
  }
}

/**
 * One quote (/quotes/:id), or a new one (/quotes/new): its particulars and lines in the editor while they may
 * change, the approval it needs or has, the moves main allows now (submit, sent, accepted, declined), printing
 * in either language, and a contract drawn up from it once the client accepted.
 */
export function QuoteEditorPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = useParams().id ?? null;
  const { detail, detailError, loadDetail, mark, print } = useQuotes();
  const canWrite = usePermission('quotes.write');
  const canContract = usePermission('contracts.write');
  const printer = useSaveFile();
  // The quote (id and version) whose form holds unsaved changes: a save or a reload makes a new version.
  const [dirtyAt, setDirtyAt] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'submit' | 'contract' | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadDetail(id);
    return () => void loadDetail(null);
  }, [id, loadDetail]);

  const back = (
    <Space style={{ marginBottom: 8 }}>
      <Link to="/quotes">
        <ArrowLeftOutlined /> {t('pricing:editor.back')}
      </Link>
    </Space>
  );

  if (id === null)
    return (
      <div data-testid="quote-editor">
        {back}
        <Card title={t('pricing:editor.titleNew')}>
          <QuoteForm
            quote={null}
            onDirty={() => undefined}
            onSaved={(q) => navigate(`/quotes/${q.id}`, { replace: true })}
          />
        </Card>
      </div>
    );
  if (detailError)
    return (
      <Result
        status="404"
        title={detailError.code === 'NOT_FOUND' ? t('pricing:editor.notFound') : errorText(t, detailError)}
        extra={<Link to="/quotes">{t('pricing:editor.back')}</Link>}
      />
    );
  if (!detail || detail.id !== id) return <Skeleton active />;

  const q = detail;
  const at = `${q.id}-${q.version}`;
  const dirty = dirtyAt === at;
  const editable = canWrite && EDITABLE_QUOTE_STATUSES.includes(q.status);
  const ref = { id: q.id, version: q.version };
  const waitForSave = dirty ? t('pricing:editor.saveFirst') : undefined;

  async function move(to: 'sent' | 'accepted' | 'declined') {
    setBusy(true);
    try {
      const r = await mark(to, ref);
      if (r.ok) message.success(t('pricing:editor.marked'));
      else message.error(refusalText(t, r.error));
    } finally {
      setBusy(false);
    }
  }
  const printIn = (lang: Locale) => void printer.produceAndSave(() => print({ id: q.id, locale: lang }));

  const actions = (
    <Space wrap>
      {canWrite && (q.status === 'draft' || q.status === 'refused') && q.belowFloor && (
        <Tooltip title={waitForSave}>
          <Button
            type="primary"
            disabled={dirty}
            onClick={() => setDialog('submit')}
            data-testid="quote-submit"
          >
            {t('pricing:editor.submit')}
          </Button>
        </Tooltip>
      )}
      {canWrite && maySend(q.status, q.belowFloor) && (
        <Tooltip title={waitForSave}>
          <Button
            type="primary"
            disabled={dirty}
            loading={busy}
            onClick={() => void move('sent')}
            data-testid="quote-mark-sent"
          >
            {t('pricing:editor.markSent')}
          </Button>
        </Tooltip>
      )}
      {canWrite && q.status === 'sent' && (
        <>
          <Button
            type="primary"
            loading={busy}
            onClick={() => void move('accepted')}
            data-testid="quote-mark-accepted"
          >
            {t('pricing:editor.markAccepted')}
          </Button>
          <Button loading={busy} onClick={() => void move('declined')} data-testid="quote-mark-declined">
            {t('pricing:editor.markDeclined')}
          </Button>
        </>
      )}
      {canContract && q.status === 'accepted' && (
        <Button
          type="primary"
          icon={<FileProtectOutlined />}
          onClick={() => setDialog('contract')}
          data-testid="quote-make-contract"
        >
          {t('pricing:editor.makeContract')}
        </Button>
      )}
      <Button
        icon={<PrinterOutlined />}
        loading={printer.busy}
        onClick={() => printIn('zh-CN')}
        data-testid="quote-print-zh"
      >
        {t('pricing:editor.printZh')}
      </Button>
      <Button
        icon={<PrinterOutlined />}
        loading={printer.busy}
        onClick={() => printIn('en-US')}
        data-testid="quote-print-en"
      >
        {t('pricing:editor.printEn')}
      </Button>
    </Space>
  );

  return (
    <div data-testid="quote-editor">
      {back}
      <Card style={{ marginBottom: 16 }}>
        {/* The actions wrap under the title in a narrow window rather than squeezing it. */}
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            justifyContent: 'space-between',
            alignItems: 'center',
            gap: 12,
            marginBottom: 16,
          }}
        >
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="quote-code">
              {q.code}
            </Typography.Title>
            <Typography.Text type="secondary">{q.clientName}</Typography.Text>
            <QuoteStatusTag status={q.status} t={t} />
            {q.belowFloor && q.status === 'draft' && <BelowFloorTag t={t} />}
          </Space>
          {actions}
        </div>
        <ApprovalState quote={q} t={t} locale={locale} />
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            {
              key: 'client',
              label: t('pricing:field.client'),
              children: <Link to={`/clients/${q.clientId}`}>{`${q.clientName} · ${q.clientCode}`}</Link>,
            },
            {
              key: 'opportunity',
              label: t('pricing:field.opportunity'),
              children: q.opportunityCode ? `${q.opportunityCode} · ${q.opportunityTitle ?? ''}` : '—',
            },
            {
              key: 'owner',
              label: t('pricing:field.owner'),
              children: [q.ownerName, locale === 'en-US' ? (q.groupNameEn ?? q.groupName) : q.groupName]
                .filter(Boolean)
                .join(' · '),
            },
            {
              key: 'total',
              label: t('pricing:field.total'),
              children: <span data-testid="quote-saved-total">{formatMoneyFen(q.totalFen, locale)}</span>,
            },
            { key: 'quotedOn', label: t('pricing:field.quotedOn'), children: formatDate(q.quotedOn, locale) },
            {
              key: 'validUntil',
              label: t('pricing:field.validUntil'),
              children: formatDate(q.validUntil, locale),
            },
          ]}
        />
      </Card>
      <Card>
        {editable ? (
          <QuoteForm key={at} quote={q} onDirty={() => setDirtyAt(at)} onSaved={() => setDirtyAt(null)} />
        ) : (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <QuoteLinesView quote={q} />
            <Descriptions
              bordered
              size="small"
              column={1}
              items={[{ key: 'terms', label: t('pricing:field.terms'), children: q.terms ?? '—' }]}
            />
            {!EDITABLE_QUOTE_STATUSES.includes(q.status) && (
              <Typography.Text type="secondary">{t('pricing:editor.readOnly')}</Typography.Text>
            )}
          </Space>
        )}
      </Card>
      {dialog === 'submit' && <SubmitModal quote={q} onClose={() => setDialog(null)} />}
      {dialog === 'contract' && <NewContractModal sourceId={q.id} onClose={() => setDialog(null)} />}
    </div>
  );
}
