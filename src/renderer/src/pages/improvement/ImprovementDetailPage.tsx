import {
  ArrowLeftOutlined,
  CheckOutlined,
  CloseOutlined,
  EditOutlined,
  PlayCircleOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { allowedMoves, isOpenStatus } from '../../../../shared/improvement/rules';
import type { ImprovementMeasure, ImprovementStatus } from '../../../../shared/improvement/types';
import { errorText } from '../../api/errors';
import { usePermission } from '../../components/usePermission';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useImprovements } from '../../stores/improvementStore';
import { useLocale } from '../../stores/localeStore';
import { useSession } from '../../stores/sessionStore';
import { useSettings } from '../../stores/settingsStore';
import { EffectPanel } from './EffectPanel';
import { StatusTag, categoryName } from './labels';
import { StatusMoveModal } from './StatusMoveModal';

const MOVE_ICONS: Record<ImprovementStatus, ReactNode> = {
  planned: null,
  in_progress: <PlayCircleOutlined />,
  done: <CheckOutlined />,
  cancelled: <CloseOutlined />,
};

/** The moves this user may make now, as buttons; starting asks once, finishing and cancelling open a form. */
function MoveButtons({ measure }: { measure: ImprovementMeasure }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const user = useSession((s) => s.user);
  const setStatus = useImprovements((s) => s.setStatus);
  const [dialog, setDialog] = useState<'done' | 'cancelled' | null>(null);
  if (!user) return null;
  const moves = allowedMoves(measure, user);

  function start() {
    modal.confirm({
      title: t('improvement:move.confirmStart'),
      content: measure.title,
      okText: t('improvement:moves.in_progress'),
      cancelText: t('common:cancel'),
      onOk: async () => {
        const r = await setStatus({ id: measure.id, version: measure.version, status: 'in_progress' });
        if (!r.ok) return void message.error(errorText(t, r.error));
        message.success(t('improvement:move.moved', { status: t('improvement:status.in_progress') }));
      },
    });
  }

  return (
    <>
      {moves.map((to) => (
        <Button
          key={to}
          type={to === 'done' ? 'primary' : 'default'}
          danger={to === 'cancelled'}
          icon={MOVE_ICONS[to]}
          onClick={() => (to === 'in_progress' ? start() : setDialog(to as 'done' | 'cancelled'))}
          data-testid={`measure-move-${to}`}
        >
          {t(`improvement:moves.${to}`)}
        </Button>
      ))}
      {dialog && <StatusMoveModal measure={measure} to={dialog} onClose={() => setDialog(null)} />}
    </>
  );
}

function Header({ measure }: { measure: ImprovementMeasure }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = usePermission('improvement.manage');
  const open = isOpenStatus(measure.status);
  return (
    <Card style={{ marginBottom: 16 }} data-testid="measure-header">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary" copyable data-testid="measure-code">
            {measure.code}
          </Typography.Text>
          <Space align="center" wrap style={{ display: 'flex', marginTop: 2 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="measure-title">
              {measure.title}
            </Typography.Title>
            <span data-testid="measure-status">
              <StatusTag t={t} status={measure.status} />
            </span>
            {measure.overdue && <Tag color="error">{t('improvement:overdue')}</Tag>}
          </Space>
        </div>
        <Space wrap>
          {canManage && open && (
            <Button
              icon={<EditOutlined />}
              onClick={() => navigate(`/improvements/${measure.id}/edit`)}
              data-testid="measure-edit"
            >
              {t('improvement:detail.edit')}
            </Button>
          )}
          <MoveButtons measure={measure} />
        </Space>
      </div>
    </Card>
  );
}

/** One measure: what it is, who carries it out by when, how far it is, and whether it worked. */
export function ImprovementDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const detail = useImprovements((s) => s.detail);
  const detailError = useImprovements((s) => s.detailError);
  const loadDetail = useImprovements((s) => s.loadDetail);
  const settings = useSettings((s) => s.record?.settings);
  const loadSettings = useSettings((s) => s.load);

  useEffect(() => {
    if (id) void loadDetail(id);
    void loadSettings();
  }, [id, loadDetail, loadSettings]);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate('/improvements')}
      style={{ paddingInline: 0, marginBottom: 8 }}
    >
      {t('improvement:detail.back')}
    </Button>
  );
  if (detailError)
    return (
      <div data-testid="measure-detail">
        {back}
        <Result
          status="warning"
          title={
            detailError.code === 'NOT_FOUND' ? t('improvement:detail.notFound') : errorText(t, detailError)
          }
        />
      </div>
    );
  if (!detail || detail.id !== id) return <Skeleton active />;

  const m = detail;
  const category = categoryName(settings?.serviceCategories ?? [], m.causeCategory, locale);
  const empty = t('improvement:effect.none');
  return (
    <div data-testid="measure-detail">
      {back}
      <Header measure={m} />
      {!isOpenStatus(m.status) && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('improvement:detail.final')} />
      )}
      <Card title={t('improvement:detail.sections.measure')} style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          data-testid="measure-fields"
          items={[
            {
              key: 'causeCategory',
              label: t('improvement:fields.causeCategory'),
              children: category,
            },
            { key: 'owner', label: t('improvement:fields.ownerId'), children: m.ownerName ?? empty },
            {
              key: 'dueDate',
              label: t('improvement:fields.dueDate'),
              children: (
                <Typography.Text type={m.overdue ? 'danger' : undefined}>
                  {formatDate(m.dueDate, locale)}
                </Typography.Text>
              ),
            },
            {
              key: 'source',
              label: t('improvement:fields.source'),
              children: (
                <Space size={8} wrap>
                  {t(`improvement:source.${m.source}`)}
                  {m.sourceTicketId && m.sourceTicketCode && (
                    <Link to={`/service/${m.sourceTicketId}`} data-testid="measure-ticket-link">
                      {m.sourceTicketCode}
                    </Link>
                  )}
                </Space>
              ),
            },
            {
              key: 'effectiveFrom',
              label: t('improvement:fields.effectiveFrom'),
              children: m.effectiveFrom ? formatDate(m.effectiveFrom, locale) : empty,
            },
            {
              key: 'completedAt',
              label: t('improvement:fields.completedAt'),
              children: m.completedAt ? formatDateTime(m.completedAt, locale) : empty,
            },
            {
              key: 'description',
              label: t('improvement:fields.description'),
              span: 'filled',
              children: (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {m.description ?? empty}
                </Typography.Paragraph>
              ),
            },
            ...(m.resultNote
              ? [
                  {
                    key: 'resultNote',
                    label: t('improvement:fields.resultNote'),
                    span: 'filled' as const,
                    children: (
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                        {m.resultNote}
                      </Typography.Paragraph>
                    ),
                  },
                ]
              : []),
            {
              key: 'createdAt',
              label: t('improvement:fields.createdAt'),
              children: formatDateTime(m.createdAt, locale),
            },
            {
              key: 'updatedAt',
              label: t('improvement:fields.updatedAt'),
              children: formatDateTime(m.updatedAt, locale),
            },
          ]}
        />
      </Card>
      <EffectPanel
        measure={m}
        categoryName={category}
        windowDays={settings?.improvementWindowDays ?? null}
        thresholdPct={settings?.improvementThresholdPct ?? null}
        locale={locale}
      />
    </div>
  );
}
