import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Spin, Table, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Locale } from '../../../../shared/contract/locales';
import type { ImprovementFilter } from '../../../../shared/improvement/channels';
import {
  IMPROVEMENT_STATUSES,
  type ImprovementMeasure,
  type ImprovementStatus,
} from '../../../../shared/improvement/types';
import type { ListEntry } from '../../../../shared/service/settings';
import { errorText } from '../../api/errors';
import { ListEmpty } from '../../components/ListEmpty';
import { ListTag } from '../../components/ListTag';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { usePermission } from '../../components/usePermission';
import { formatDate } from '../../i18n/format';
import { emptyImprovementFilter, useImprovements } from '../../stores/improvementStore';
import { useLocale } from '../../stores/localeStore';
import { useSettings } from '../../stores/settingsStore';
import { StatusTag, VerdictTag, categoryName } from './labels';

const PAGE_SIZES = [20, 50, 100];
const OVERDUE_COLOR = '#cf1322';

// The columns a reader decides by come first (what, how far, did it work, by when); who and why after them,
// so a narrow window scrolls only those.
function columns(
  t: TFunction,
  locale: Locale,
  categories: readonly ListEntry[],
): ColumnType<ImprovementMeasure>[] {
  return [
    {
      key: 'code',
      title: t('improvement:fields.code'),
      width: 145,
      render: (_, m) => (
        <Link to={`/improvements/${m.id}`} data-testid="measure-code">
          {m.code}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('improvement:fields.title'),
      // No width: the title takes what the other columns leave.
      render: (_, m) => (
        <span style={{ display: 'flex', alignItems: 'center', gap: 6, minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: m.title }} style={{ minWidth: 0 }}>
            {m.title}
          </Typography.Text>
          {m.overdue && <ListTag color="red">{t('improvement:overdue')}</ListTag>}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('improvement:fields.status'),
      width: 95,
      render: (_, m) => <StatusTag t={t} status={m.status} />,
    },
    {
      key: 'effect',
      title: t('improvement:fields.effect'),
      width: 175,
      render: (_, m) =>
        m.effect ? (
          <VerdictTag t={t} effect={m.effect} locale={locale} />
        ) : (
          <Typography.Text type="secondary">{t('improvement:list.noEffect')}</Typography.Text>
        ),
    },
    {
      key: 'dueDate',
      title: t('improvement:fields.dueDate'),
      width: 135,
      render: (_, m) => (
        <span style={m.overdue ? { color: OVERDUE_COLOR } : undefined}>{formatDate(m.dueDate, locale)}</span>
      ),
    },
    {
      key: 'causeCategory',
      title: t('improvement:fields.causeCategory'),
      width: 130,
      ellipsis: true,
      render: (_, m) => categoryName(categories, m.causeCategory, locale),
    },
    {
      key: 'owner',
      title: t('improvement:fields.ownerId'),
      width: 100,
      ellipsis: true,
      render: (_, m) => m.ownerName ?? '',
    },
    {
      key: 'source',
      title: t('improvement:fields.source'),
      width: 150,
      ellipsis: true,
      render: (_, m) => t(`improvement:source.${m.source}`),
    },
  ];
}

/** The title column's least width, when the window is too narrow for every column. */
const TITLE_MIN_WIDTH = 200;

/** The measures, filtered and paged by main; the overdue ones marked, the done ones with their verdict. */
export function ImprovementListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const canManage = usePermission('improvement.manage');
  const { filter, page, pageSize, data, loading, error } = useImprovements();
  const loadList = useImprovements((s) => s.loadList);
  const resetFilters = useImprovements((s) => s.resetFilters);
  const people = useImprovements((s) => s.people);
  const loadPeople = useImprovements((s) => s.loadPeople);
  const settings = useSettings((s) => s.record?.settings);
  const loadSettings = useSettings((s) => s.load);

  useEffect(() => {
    void loadList();
    void loadPeople();
    void loadSettings();
  }, [loadList, loadPeople, loadSettings]);

  const categories = useMemo(() => settings?.serviceCategories ?? [], [settings]);
  const tableColumns = useMemo(() => columns(t, locale, categories), [t, locale, categories]);
  const onFilter = useCallback(
    (patch: Partial<ImprovementFilter>) => void loadList({ filter: patch }),
    [loadList],
  );
  const onSearch = useCallback((search: string | null) => onFilter({ search }), [onFilter]);
  const filtered = JSON.stringify(filter) !== JSON.stringify(emptyImprovementFilter);
  const name = (e: ListEntry) => (locale === 'zh-CN' ? e.nameZh : e.nameEn);

  return (
    <div data-testid="improvements-page">
      <PageHeader
        title={t('improvement:list.title')}
        intro={t('improvement:list.intro')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/improvements/new')}
              data-testid="measure-new"
            >
              {t('improvement:list.new')}
            </Button>
          )
        }
      />
      <Card data-testid="measure-list">
        <Space wrap style={{ marginBottom: 12 }}>
          <SearchInput
            value={filter.search}
            onSearch={onSearch}
            placeholder={t('improvement:list.search')}
            style={{ width: 230 }}
            testId="measure-search"
          />
          <Select<ImprovementStatus[]>
            mode="multiple"
            allowClear
            style={{ minWidth: 140 }}
            maxTagCount="responsive"
            placeholder={t('improvement:list.anyStatus')}
            aria-label={t('improvement:fields.status')}
            value={filter.statuses}
            onChange={(statuses) => onFilter({ statuses })}
            options={IMPROVEMENT_STATUSES.map((s) => ({ value: s, label: t(`improvement:status.${s}`) }))}
            data-testid="filter-status"
          />
          <Select<string>
            allowClear
            style={{ minWidth: 150 }}
            placeholder={t('improvement:list.anyCategory')}
            aria-label={t('improvement:fields.causeCategory')}
            value={filter.causeCategory ?? undefined}
            onChange={(key) => onFilter({ causeCategory: key ?? null })}
            options={categories.map((c) => ({ value: c.key, label: name(c) }))}
            data-testid="filter-category"
          />
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 130 }}
            placeholder={t('improvement:list.anyOwner')}
            aria-label={t('improvement:fields.ownerId')}
            value={filter.ownerId ?? undefined}
            onChange={(id) => onFilter({ ownerId: id ?? null })}
            options={people.map((p) => ({ value: p.id, label: p.name }))}
            data-testid="filter-owner"
          />
          {filtered && (
            <Button icon={<ClearOutlined />} onClick={() => void resetFilters()}>
              {t('improvement:list.clear')}
            </Button>
          )}
        </Space>
        <div style={{ marginBottom: 8, minHeight: 22 }}>
          <Typography.Text type="secondary" data-testid="measure-total">
            {data ? t('improvement:list.total', { count: data.total }) : ''}
          </Typography.Text>
        </div>
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
        <Spin spinning={loading} delay={300}>
          <Table<ImprovementMeasure>
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: tableColumns.reduce((sum, c) => sum + Number(c.width ?? 0), TITLE_MIN_WIDTH) }}
            columns={tableColumns}
            dataSource={data?.rows ?? []}
            locale={{
              emptyText: data ? (
                <ListEmpty
                  filtered={filtered}
                  onClearFilters={() => void resetFilters()}
                  title={t('improvement:list.empty')}
                  hint={t(canManage ? 'improvement:list.emptyHint' : 'improvement:list.emptyHintReadOnly')}
                  actions={
                    canManage && (
                      <Button
                        type="primary"
                        icon={<PlusOutlined />}
                        onClick={() => navigate('/improvements/new')}
                      >
                        {t('improvement:list.new')}
                      </Button>
                    )
                  }
                />
              ) : null,
            }}
            pagination={{
              current: page,
              pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total) => t('improvement:list.total', { count: total }),
              onChange: (p, size) => void loadList({ page: size !== pageSize ? 1 : p, pageSize: size }),
            }}
          />
        </Spin>
      </Card>
    </div>
  );
}
