import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Popconfirm,
  Result,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { levelChip } from '../../components/LevelChip';
import { KRI_STATE_COLORS } from '../../../../shared/kri/chart';
import { thresholdOf } from '../../../../shared/kri/rules';
import type { KriDetail, KriReading } from '../../../../shared/kri/types';
import { errorText } from '../../api/errors';
import { formatDateTime } from '../../i18n/format';
import { useKris } from '../../stores/kriStore';
import { useLocale } from '../../stores/localeStore';
import { KriChart } from './KriChart';
import { ReadingModal } from './ReadingModal';
import { StateTag, readingWhen, thresholdsText, valueText } from './labels';

function Header({ detail }: { detail: KriDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const remove = useKris((s) => s.remove);
  const k = detail.kri;

  function confirmDelete() {
    modal.confirm({
      title: t('kri:detail.deleteConfirm', { code: k.code }),
      content: t('kri:detail.deleteText'),
      okText: t('kri:detail.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common:cancel'),
      onOk: async () => {
        const r = await remove({ id: k.id, version: k.version });
        if (!r.ok) return void message.error(errorText(t, r.error));
        message.success(t('kri:detail.deleted', { code: k.code }));
        navigate('/kris', { replace: true });
      },
    });
  }

  return (
    <Card style={{ marginBottom: 16 }} data-testid="kri-header">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary" copyable data-testid="kri-code">
            {k.code}
          </Typography.Text>
          <Space align="center" wrap style={{ display: 'flex', marginTop: 2 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="kri-name">
              {k.name}
            </Typography.Title>
            <StateTag t={t} state={k.state} />
          </Space>
        </div>
        <Space wrap>
          {detail.allowed.edit && (
            <Button
              icon={<EditOutlined />}
              onClick={() => navigate(`/kris/${k.id}/edit`)}
              data-testid="kri-edit"
            >
              {t('kri:detail.edit')}
            </Button>
          )}
          {detail.allowed.delete && (
            <Button danger icon={<DeleteOutlined />} onClick={confirmDelete} data-testid="kri-delete">
              {t('kri:detail.delete')}
            </Button>
          )}
        </Space>
      </div>
    </Card>
  );
}

/** The newest reading, large, in its state's colour, with the threshold it has reached. */
function Latest({ detail }: { detail: KriDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const k = detail.kri;
  const th = thresholdsText(k, locale);
  const latest = k.latest;
  return (
    <Card style={{ marginBottom: 16 }} data-testid="kri-latest">
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} md={8}>
          <Statistic
            title={
              latest
                ? `${t('kri:detail.latest')} · ${readingWhen(t, latest, locale)}`
                : t('kri:detail.latest')
            }
            value={latest ? valueText(latest.value, k.unit, locale) : t('kri:list.noReading')}
            styles={{ content: latest ? { color: KRI_STATE_COLORS[latest.state] } : undefined }}
          />
          {latest && latest.state !== 'normal' && (
            <Typography.Text style={{ color: KRI_STATE_COLORS[latest.state] }} data-testid="kri-crossed">
              {t(`kri:detail.crossed.${latest.state}`, {
                threshold: valueText(
                  thresholdOf(latest.state, { warning: k.warningThreshold, alarm: k.alarmThreshold }),
                  k.unit,
                  locale,
                ),
              })}
            </Typography.Text>
          )}
        </Col>
        <Col xs={12} md={8}>
          <Statistic
            title={t('kri:fields.warningThreshold')}
            value={th.warning}
            styles={{ content: { color: KRI_STATE_COLORS.warning } }}
          />
        </Col>
        <Col xs={12} md={8}>
          <Statistic
            title={t('kri:fields.alarmThreshold')}
            value={th.alarm}
            styles={{ content: { color: KRI_STATE_COLORS.alarm } }}
          />
        </Col>
      </Row>
    </Card>
  );
}

function Readings({ detail }: { detail: KriDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message } = App.useApp();
  const deleteReading = useKris((s) => s.deleteReading);
  const [editing, setEditing] = useState<KriReading | 'new' | null>(null);
  const k = detail.kri;
  const manual = k.source === 'manual';
  // Newest first in the table; the chart reads left to right, oldest first.
  const rows = useMemo(() => [...detail.readings].reverse(), [detail.readings]);

  const columns: ColumnType<KriReading>[] = [
    {
      key: 'when',
      title: t(manual ? 'kri:readings.periodOn' : 'kri:readings.period'),
      width: 200,
      render: (_, r) => readingWhen(t, r, locale),
    },
    {
      key: 'value',
      title: t('kri:readings.value'),
      width: 140,
      align: 'right',
      render: (_, r) => <Typography.Text strong>{valueText(r.value, k.unit, locale)}</Typography.Text>,
    },
    {
      key: 'state',
      title: t('kri:readings.state'),
      width: 110,
      render: (_, r) => <StateTag t={t} state={r.state} />,
    },
    ...(manual
      ? [
          {
            key: 'note',
            title: t('kri:readings.note'),
            ellipsis: true,
            render: (_: unknown, r: KriReading) => r.note ?? '',
          },
          {
            key: 'actions',
            title: t('kri:readings.actions'),
            width: 150,
            render: (_: unknown, r: KriReading) =>
              detail.allowed.record && (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => setEditing(r)} data-testid="reading-edit">
                    {t('kri:readings.edit')}
                  </Button>
                  <Popconfirm
                    title={t('kri:readings.deleteConfirm', { date: readingWhen(t, r, locale) })}
                    okText={t('kri:readings.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common:cancel')}
                    onConfirm={async () => {
                      const res = await deleteReading({ id: r.id!, version: r.version! });
                      if (!res.ok) return void message.error(errorText(t, res.error));
                      message.success(t('kri:readings.deleted'));
                    }}
                  >
                    <Button size="small" type="link" danger data-testid="reading-delete">
                      {t('kri:readings.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('kri:detail.readings')}
      style={{ marginBottom: 16 }}
      data-testid="kri-readings"
      extra={
        manual &&
        detail.allowed.record && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="reading-add"
          >
            {t('kri:readings.add')}
          </Button>
        )
      }
    >
      {!manual && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t(`kri:detail.computedNote.${k.frequency}`)}
          description={t(`kri:sourceHint.${k.source}`)}
        />
      )}
      <Table<KriReading>
        rowKey={(r) => r.id ?? r.periodOn}
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kri:detail.noReadings')} />,
        }}
      />
      {editing && (
        <ReadingModal kri={k} reading={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}

/** One indicator: its latest reading against the thresholds, the chart of its readings, and the readings. */
export function KriDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const detail = useKris((s) => s.detail);
  const detailError = useKris((s) => s.detailError);
  const loadDetail = useKris((s) => s.loadDetail);

  useEffect(() => {
    if (id) void loadDetail(id);
  }, [id, loadDetail]);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate('/kris')}
      style={{ paddingInline: 0, marginBottom: 8 }}
    >
      {t('kri:detail.back')}
    </Button>
  );
  if (detailError)
    return (
      <div data-testid="kri-detail">
        {back}
        <Result
          status="warning"
          title={detailError.code === 'NOT_FOUND' ? t('kri:detail.notFound') : errorText(t, detailError)}
        />
      </div>
    );
  if (!detail || detail.kri.id !== id) return <Skeleton active />;

  const k = detail.kri;
  const empty = '—';
  return (
    <div data-testid="kri-detail">
      {back}
      <Header detail={detail} />
      {!k.active && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('kri:detail.inactive')} />
      )}
      <Latest detail={detail} />
      <Card title={t('kri:detail.chart')} style={{ marginBottom: 16 }} data-testid="kri-chart-card">
        {detail.readings.length ? (
          <KriChart kri={k} readings={detail.readings} />
        ) : (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <>
                {t('kri:detail.noReadings')}
                <br />
                <Typography.Text type="secondary">{t('kri:detail.noReadingsHint')}</Typography.Text>
              </>
            }
          />
        )}
      </Card>
      <Readings detail={detail} />
      <Card title={t('kri:detail.indicator')} style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          data-testid="kri-fields"
          items={[
            {
              key: 'direction',
              label: t('kri:fields.direction'),
              children: t(`kri:direction.${k.direction}`),
            },
            { key: 'unit', label: t('kri:fields.unit'), children: k.unit ?? empty },
            {
              key: 'source',
              label: t('kri:fields.source'),
              children: `${t(`kri:source.${k.source}`)} · ${t(`kri:frequency.${k.frequency}`)}`,
            },
            { key: 'owner', label: t('kri:fields.ownerId'), children: k.ownerName },
            {
              key: 'risk',
              label: t('kri:fields.riskId'),
              children: detail.linkedRisk ? (
                <Space size={8} wrap>
                  <Link to={`/risks/${detail.linkedRisk.id}`} data-testid="kri-risk-link">
                    {`${detail.linkedRisk.code} ${detail.linkedRisk.title}`}
                  </Link>
                  {detail.linkedRisk.level && levelChip(t, detail.linkedRisk.level)}
                </Space>
              ) : (
                empty
              ),
            },
            {
              key: 'active',
              label: t('kri:fields.active'),
              children: t(k.active ? 'kri:activeYes' : 'kri:activeNo'),
            },
            {
              key: 'description',
              label: t('kri:fields.description'),
              span: 'filled',
              children: (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {k.description ?? empty}
                </Typography.Paragraph>
              ),
            },
            {
              key: 'createdAt',
              label: t('kri:fields.createdAt'),
              children: formatDateTime(k.createdAt, locale),
            },
            {
              key: 'updatedAt',
              label: t('kri:fields.updatedAt'),
              children: formatDateTime(k.updatedAt, locale),
            },
          ]}
        />
      </Card>
    </div>
  );
}
