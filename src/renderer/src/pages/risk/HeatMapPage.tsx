import {
  Alert,
  Card,
  Col,
  DatePicker,
  Drawer,
  Empty,
  List,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { AppErrorShape } from '../../../../shared/contract/errors';
import { emptyRiskFilter } from '../../../../shared/risk/channels';
import { RISK_LEVELS, type HeatCell, type Risk } from '../../../../shared/risk/types';
import { errorText } from '../../api/errors';
import { MultiChoice } from '../../components/filterBar';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useRisk } from '../../stores/riskStore';
import { staffOption } from '../clients/owners';
import { HeatGrid } from './HeatGrid';
import { RegisterReportButton } from './RegisterReportButton';
import { StatusTag, entryOptions, levelChip } from './labels';
import { useRiskSettings, useRiskStaff } from './useRiskLists';

interface OpenCell {
  likelihood: number;
  impact: number;
  asOf: string | null;
}

const total = (cells: readonly HeatCell[]) => cells.reduce((n, c) => n + c.count, 0);

/** The risks of the clicked cell, each a link to the risk. */
function CellDrawer({ cell, onClose }: { cell: OpenCell; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const heatmapCell = useRisk((s) => s.heatmapCell);
  const { categories, ownerId } = useRisk((s) => s.heatmap);
  const [risks, setRisks] = useState<Risk[] | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    let live = true;
    void heatmapCell({
      categories,
      ownerId,
      likelihood: cell.likelihood,
      impact: cell.impact,
      asOf: cell.asOf,
    }).then((r) => {
      if (!live) return;
      if (r.ok) setRisks(r.data);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [heatmapCell, categories, ownerId, cell]);

  const score = cell.likelihood * cell.impact;
  return (
    <Drawer
      open
      width={520}
      onClose={onClose}
      title={
        <span>
          {t('risk:cell', { likelihood: cell.likelihood, impact: cell.impact, score })}
          {cell.asOf && (
            <Typography.Text type="secondary" style={{ fontWeight: 400, marginInlineStart: 8 }}>
              {t('riskDesk:heatmap.asOf', { date: formatDate(cell.asOf, locale) })}
            </Typography.Text>
          )}
        </span>
      }
      data-testid="heat-cell-drawer"
    >
      {error && <Alert type="error" showIcon title={errorText(t, error)} />}
      {!risks && !error && <Spin />}
      {risks && (
        <List<Risk>
          dataSource={risks}
          locale={{ emptyText: <Empty description={t('riskDesk:heatmap.cellEmpty')} /> }}
          renderItem={(r) => (
            <List.Item key={r.id} data-testid="heat-cell-risk" extra={<StatusTag status={r.status} />}>
              <List.Item.Meta
                title={
                  <Link to={`/risks/${r.id}`}>
                    <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                      {r.code}
                    </Typography.Text>
                    {r.title}
                  </Link>
                }
                description={
                  <Space size={8} wrap>
                    {levelChip(t, r.level)}
                    <span>{t('riskDesk:heatmap.ownedBy', { name: r.ownerName })}</span>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}

/**
 * The heat map (风险热力图): open assessed risks by likelihood and impact, filtered by category and owner;
 * side by side with the picture at the end of an earlier day, to see how it moved.
 */
export function HeatMapPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const settings = useRiskSettings();
  const staff = useRiskStaff();
  const heatmap = useRisk((s) => s.heatmap);
  const load = useRisk((s) => s.loadHeatMap);
  const [cell, setCell] = useState<OpenCell | null>(null);
  const navigate = useNavigate();
  const loadList = useRisk((s) => s.loadList);
  const scope = useRisk((s) => s.list.filter.scope);
  // The register, showing just the risks still waiting for their first assessment.
  const showUnassessed = () => {
    void loadList({ filter: { ...emptyRiskFilter, scope, statuses: ['identified'] } });
    navigate('/risks');
  };

  useEffect(() => {
    void load();
  }, [load]);

  const data = heatmap.data;
  const grid = (cells: readonly HeatCell[], asOf: string | null, testId: string) =>
    settings && (
      <HeatGrid
        cells={cells}
        matrix={settings.riskLevelMatrix}
        likelihoodScale={settings.riskLikelihoodScale}
        impactScale={settings.riskImpactScale}
        onCell={(likelihood, impact) => setCell({ likelihood, impact, asOf })}
        testId={testId}
      />
    );
  const comparing = data?.earlier != null && data.compareTo !== null;

  return (
    <div data-testid="risks-heatmap-page">
      <PageHeader
        title={t('riskDesk:heatmap.title')}
        intro={t('riskDesk:heatmap.intro')}
        extra={<RegisterReportButton categories={heatmap.categories} compareTo={heatmap.compareTo} />}
      />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap>
          <MultiChoice
            label={t('riskDesk:list.filters.categories')}
            minWidth={160}
            value={heatmap.categories}
            onChange={(categories) => void load({ categories })}
            options={entryOptions(settings?.riskCategories, locale)}
            popupMatchSelectWidth={false}
            testId="heatmap-categories"
          />
          <Select<string | null>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 160 }}
            placeholder={t('riskDesk:list.filters.owner')}
            aria-label={t('riskDesk:list.filters.owner')}
            value={heatmap.ownerId}
            onChange={(ownerId) => void load({ ownerId: ownerId ?? null })}
            options={staff.map(staffOption)}
            popupMatchSelectWidth={false}
            data-testid="heatmap-owner"
          />
          <Space size={6}>
            <Typography.Text>{t('riskDesk:heatmap.compareWith')}</Typography.Text>
            <DatePicker
              value={heatmap.compareTo ? dayjs(heatmap.compareTo) : null}
              onChange={(d) => void load({ compareTo: d ? d.format('YYYY-MM-DD') : null })}
              disabledDate={(d) => !d.isBefore(dayjs(), 'day')}
              placeholder={t('riskDesk:heatmap.comparePlaceholder')}
              aria-label={t('riskDesk:heatmap.compareWith')}
              data-testid="heatmap-compare"
            />
          </Space>
        </Space>
      </Card>
      {heatmap.error && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorText(t, heatmap.error)} />
      )}
      <Spin spinning={heatmap.loading && !!data} delay={300}>
        {!data || !settings ? (
          <Card loading />
        ) : (
          <Row gutter={16}>
            {comparing && (
              <Col xs={24} xl={12} style={{ marginBottom: 16 }}>
                <Card
                  title={t('riskDesk:heatmap.asOf', { date: formatDate(data.compareTo, locale) })}
                  extra={
                    <Typography.Text type="secondary">
                      {t('riskDesk:heatmap.onGrid', { count: total(data.earlier!) })}
                    </Typography.Text>
                  }
                >
                  {grid(data.earlier!, data.compareTo, 'heatmap-earlier')}
                </Card>
              </Col>
            )}
            <Col xs={24} xl={comparing ? 12 : 24} style={{ marginBottom: 16 }}>
              <Card
                title={t('riskDesk:heatmap.now')}
                extra={
                  <Typography.Text type="secondary" data-testid="heatmap-total">
                    {t('riskDesk:heatmap.onGrid', { count: total(data.current) })}
                  </Typography.Text>
                }
              >
                <div style={comparing ? undefined : { maxWidth: 720 }}>
                  {grid(data.current, null, 'heatmap-current')}
                </div>
              </Card>
            </Col>
          </Row>
        )}
      </Spin>
      {data && (
        <Card size="small">
          <Space wrap size={[16, 8]} style={{ justifyContent: 'space-between', width: '100%' }}>
            <Space wrap size={8} data-testid="heatmap-legend">
              <Typography.Text type="secondary">{t('riskDesk:heatmap.legend')}</Typography.Text>
              {RISK_LEVELS.map((l) => (
                <span key={l}>{levelChip(t, l)}</span>
              ))}
            </Space>
            <Typography.Text type="secondary" data-testid="heatmap-unassessed">
              {data.unassessed === 0 && total(data.current) === 0 ? null : data.unassessed > 0 ? (
                <a onClick={showUnassessed} data-testid="heatmap-unassessed-link">
                  {t('riskDesk:heatmap.unassessed', { count: data.unassessed })}
                </a>
              ) : (
                t('riskDesk:heatmap.allAssessed')
              )}
            </Typography.Text>
          </Space>
          {total(data.current) === 0 && (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid="heatmap-empty">
              {t(
                heatmap.categories.length > 0 || heatmap.ownerId
                  ? 'riskDesk:heatmap.emptyFiltered'
                  : 'riskDesk:heatmap.empty',
              )}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {cell && <CellDrawer cell={cell} onClose={() => setCell(null)} />}
    </div>
  );
}

export default HeatMapPage;
