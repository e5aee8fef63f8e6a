import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Space, Spin, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCT_KINDS, type Product } from '../../../../shared/pricing/types';
import { errorText } from '../../api/errors';
import { pageTestId } from '../../app/navItems';
import { ClearFiltersButton, MultiChoice } from '../../components/filterBar';
import { ListToolbar, PagedTable, type TableChange } from '../../components/listTable';
import { ListEmpty } from '../../components/ListEmpty';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { usePermission } from '../../components/usePermission';
import { formatDate, formatMoneyFen } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useProducts } from '../../stores/productsStore';
import { productName } from './productName';
import { ProductFormModal } from './ProductFormModal';

type Validity = 'all' | 'offered';

/**
 * The price system 价格体系: the products and services the department quotes, searched and filtered by main.
 * The manager keeps them; everyone else reads them, floor prices only when main sends them.
 */
export default function ProductsPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { filter, page, pageSize, data, loading, error, load, resetFilters } = useProducts();
  const canManage = usePermission('pricing.manage');
  const [editing, setEditing] = useState<Product | 'new' | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const onTableChange = useCallback<TableChange<Product>>(
    (p) => void load({ page: p.current ?? 1, pageSize: p.pageSize ?? pageSize }),
    [load, pageSize],
  );

  const floorVisible = data?.floorVisible ?? false;
  const columns = useMemo<ColumnType<Product>[]>(() => {
    const f = (k: string) => t(`pricing:field.${k}`);
    const cols: (ColumnType<Product> | false)[] = [
      {
        key: 'code',
        title: f('code'),
        width: 130,
        render: (_v, p) =>
          canManage ? (
            <Typography.Link onClick={() => setEditing(p)} data-testid="product-link">
              {p.code}
            </Typography.Link>
          ) : (
            p.code
          ),
      },
      {
        key: 'name',
        title: f('name'),
        ellipsis: true,
        render: (_v, p) => productName(p, locale),
      },
      { key: 'kind', title: f('kind'), width: 80, render: (_v, p) => t(`pricing:kind.${p.kind}`) },
      { key: 'unit', title: f('unit'), dataIndex: 'unit', width: 70 },
      {
        key: 'list',
        title: f('listPrice'),
        width: 130,
        align: 'right',
        render: (_v, p) => formatMoneyFen(p.listPriceFen, locale),
      },
      floorVisible && {
        key: 'floor',
        title: f('floorPrice'),
        width: 130,
        align: 'right',
        render: (_v, p) => (p.floorPriceFen === null ? '—' : formatMoneyFen(p.floorPriceFen, locale)),
      },
      {
        key: 'validity',
        title: f('validity'),
        width: 210,
        render: (_v, p) =>
          `${formatDate(p.validFrom, locale)} – ${p.validTo ? formatDate(p.validTo, locale) : t('pricing:products.open')}`,
      },
      {
        key: 'active',
        title: f('active'),
        width: 90,
        render: (_v, p) =>
          p.active ? (
            <Tag color="green">{t('pricing:common.active')}</Tag>
          ) : (
            <Tag>{t('pricing:common.inactive')}</Tag>
          ),
      },
    ];
    return cols.filter((c): c is ColumnType<Product> => c !== false);
  }, [t, locale, floorVisible, canManage]);

  const validity: Validity = filter.offeredOn ? 'offered' : 'all';
  const filtered = Boolean(filter.search) || filter.kinds.length > 0 || validity !== 'all';
  const newButton = canManage ? (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setEditing('new')}
      data-testid="product-new"
    >
      {t('pricing:products.new')}
    </Button>
  ) : undefined;

  return (
    <div data-testid={pageTestId('price-system')}>
      <PageHeader title={t('pricing:products.title')} intro={t('pricing:products.intro')} extra={newButton} />
      <Card data-testid="product-list" data-loading={loading ? 'true' : 'false'}>
        <Space wrap style={{ marginBottom: 12 }}>
          <SearchInput
            value={filter.search}
            onSearch={(search) => void load({ filter: { search } })}
            placeholder={t('pricing:products.search')}
            style={{ width: 240 }}
            testId="product-search"
          />
          <MultiChoice
            label={t('pricing:products.kinds')}
            minWidth={140}
            value={filter.kinds}
            onChange={(kinds) => void load({ filter: { kinds } })}
            options={PRODUCT_KINDS.map((k) => ({ value: k, label: t(`pricing:kind.${k}`) }))}
            testId="filter-kinds"
          />
          <Segmented<Validity>
            value={validity}
            onChange={(v) =>
              void load({ filter: { offeredOn: v === 'offered' ? dayjs().format('YYYY-MM-DD') : null } })
            }
            options={[
              { value: 'all', label: t('pricing:products.validityAll') },
              { value: 'offered', label: t('pricing:products.validityOffered') },
            ]}
            data-testid="filter-validity"
          />
          {filtered && (
            <ClearFiltersButton label={t('common:empty.clearFilters')} onClear={() => void resetFilters()} />
          )}
        </Space>
        <ListToolbar>
          <Typography.Text type="secondary" data-testid="product-total">
            {data ? t('pricing:products.total', { count: data.total }) : ''}
          </Typography.Text>
          {floorVisible && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('pricing:products.floorHint')}
            </Typography.Text>
          )}
        </ListToolbar>
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
        <Spin spinning={loading} delay={300}>
          <PagedTable<Product>
            columns={columns}
            rows={data?.items ?? null}
            total={data?.total ?? 0}
            page={page}
            pageSize={pageSize}
            empty={
              data ? (
                <ListEmpty
                  filtered={filtered}
                  onClearFilters={() => void resetFilters()}
                  title={t('pricing:products.empty')}
                  hint={
                    filtered
                      ? undefined
                      : t(canManage ? 'pricing:products.emptyHintManager' : 'pricing:products.emptyHint')
                  }
                  actions={filtered ? undefined : newButton}
                />
              ) : null
            }
            onChange={onTableChange}
            totalText={(total) => t('pricing:products.total', { count: total })}
            flexMinWidth={180}
            testId="product-table"
          />
        </Spin>
      </Card>
      {editing && (
        <ProductFormModal product={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}
