import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Select, Space, Spin, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { emptyContractFilter, type ContractFilter } from '../../../../shared/contracts/channels';
import { CONTRACT_STATUSES, type Contract } from '../../../../shared/contracts/types';
import { errorText } from '../../api/errors';
import { pageTestId } from '../../app/navItems';
import { ClearFiltersButton, MultiChoice, activeFilterCount } from '../../components/filterBar';
import { ListToolbar, PagedTable, sortOfTable, type TableChange } from '../../components/listTable';
import { ListEmpty } from '../../components/ListEmpty';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate, formatMoneyFen, fromDayjs, toDayjs } from '../../i18n/format';
import { useContracts } from '../../stores/contractsStore';
import { useLocale } from '../../stores/localeStore';
import { useOwnerCandidates, staffOption } from '../clients/owners';
import { StatusTag } from './labels';
import { NewContractModal } from './NewContractModal';

const FILTER_KEYS = Object.keys(emptyContractFilter) as (keyof ContractFilter)[];
const SORTABLE = { code: 'code', amountFen: 'amount', signedOn: 'signedOn' } as const;

/** The contracts the user sees, searched, filtered, sorted and paged by main; exported as main reads them. */
export function ContractListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { filter, order, page, pageSize, data, loading, error, load, resetFilters, exportList } =
    useContracts();
  const { staff } = useOwnerCandidates();
  const [creating, setCreating] = useState(false);
  const exporter = useSaveFile();

  useEffect(() => {
    void load();
  }, [load]);

  const onFilter = useCallback((patch: Partial<ContractFilter>) => void load({ filter: patch }), [load]);
  const onTableChange = useCallback<TableChange<Contract>>(
    (p, _f, sorter) => {
      const s = sortOfTable(sorter, SORTABLE, { sort: 'updated', order: 'desc' });
      const changedSort = s.sort !== order.sort || s.order !== order.direction;
      void load(
        changedSort
          ? { order: { sort: s.sort, direction: s.order } }
          : { page: p.current ?? 1, pageSize: p.pageSize ?? pageSize },
      );
    },
    [load, order, pageSize],
  );

  const sorted = (key: keyof typeof SORTABLE) =>
    order.sort === SORTABLE[key] ? (order.direction === 'asc' ? 'ascend' : 'descend') : null;
  const columns = useMemo<ColumnType<Contract>[]>(
    () => [
      {
        key: 'code',
        title: t('contracts:field.code'),
        width: 140,
        sorter: true,
        sortOrder: sorted('code'),
        render: (_v, c) => (
          <Link to={`/contracts/${c.id}`} data-testid="contract-link">
            {c.code}
          </Link>
        ),
      },
      { key: 'title', title: t('contracts:field.title'), dataIndex: 'title', ellipsis: true },
      {
        key: 'client',
        title: t('contracts:field.client'),
        dataIndex: 'clientName',
        width: 180,
        ellipsis: true,
      },
      { key: 'owner', title: t('contracts:field.owner'), dataIndex: 'ownerName', width: 100 },
      {
        key: 'status',
        title: t('contracts:field.status'),
        width: 100,
        render: (_v, c) => <StatusTag status={c.status} t={t} />,
      },
      {
        key: 'amountFen',
        title: t('contracts:field.amount'),
        width: 130,
        align: 'right',
        sorter: true,
        sortOrder: sorted('amountFen'),
        render: (_v, c) => formatMoneyFen(c.amountFen, locale),
      },
      {
        key: 'received',
        title: t('contracts:field.received'),
        width: 130,
        align: 'right',
        render: (_v, c) => formatMoneyFen(c.receivedFen, locale),
      },
      {
        key: 'signedOn',
        title: t('contracts:field.signedOn'),
        width: 110,
        sorter: true,
        sortOrder: sorted('signedOn'),
        render: (_v, c) => formatDate(c.signedOn, locale),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, locale, order],
  );

  const filtered = activeFilterCount(filter, FILTER_KEYS) > 0;
  const newButton = (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setCreating(true)}
      data-testid="contract-new"
    >
      {t('contracts:list.new')}
    </Button>
  );

  return (
    <div data-testid={pageTestId('contracts')}>
      <PageHeader
        title={t('contracts:title')}
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              loading={exporter.busy}
              disabled={!data?.total}
              onClick={() => void exporter.produceAndSave(() => exportList({ ...filter, ...order, locale }))}
              data-testid="contract-export"
            >
              {t('contracts:list.export')}
            </Button>
            {newButton}
          </>
        }
      />
      <Card data-testid="contract-list" data-loading={loading ? 'true' : 'false'}>
        <Space wrap style={{ marginBottom: 12 }}>
          <SearchInput
            value={filter.search}
            onSearch={(search) => onFilter({ search })}
            placeholder={t('contracts:list.search')}
            style={{ width: 240 }}
            testId="contract-search"
          />
          <MultiChoice
            label={t('contracts:list.anyStatus')}
            minWidth={130}
            value={filter.statuses}
            onChange={(statuses) => onFilter({ statuses })}
            options={CONTRACT_STATUSES.map((v) => ({ value: v, label: t(`contracts:status.${v}`) }))}
            popupMatchSelectWidth={false}
            testId="filter-statuses"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 160 }}
            placeholder={t('contracts:list.anyOwner')}
            value={filter.ownerId}
            onChange={(ownerId) => onFilter({ ownerId: ownerId ?? null })}
            options={staff.map(staffOption)}
            data-testid="filter-owner"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[toDayjs(filter.signedFrom), toDayjs(filter.signedTo)]}
            onChange={(range) =>
              onFilter({ signedFrom: fromDayjs(range?.[0]), signedTo: fromDayjs(range?.[1]) })
            }
            placeholder={[t('contracts:list.signedFrom'), t('contracts:list.signedTo')]}
            data-testid="filter-signed"
          />
          {filtered && (
            <ClearFiltersButton label={t('common:empty.clearFilters')} onClear={() => void resetFilters()} />
          )}
        </Space>
        <ListToolbar>
          <Typography.Text type="secondary" data-testid="contract-total">
            {data ? t('contracts:list.total', { count: data.total }) : ''}
          </Typography.Text>
        </ListToolbar>
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
        <Spin spinning={loading} delay={300}>
          <PagedTable<Contract>
            columns={columns}
            rows={data?.rows ?? null}
            total={data?.total ?? 0}
            page={page}
            pageSize={pageSize}
            empty={
              data ? (
                <ListEmpty
                  filtered={filtered}
                  onClearFilters={() => void resetFilters()}
                  title={t(filtered ? 'contracts:list.emptyNoMatch' : 'contracts:list.emptyNone')}
                  actions={filtered ? undefined : newButton}
                />
              ) : null
            }
            onChange={onTableChange}
            totalText={(total) => t('contracts:list.total', { count: total })}
            flexMinWidth={180}
            testId="contract-table"
          />
        </Spin>
      </Card>
      {creating && <NewContractModal onClose={() => setCreating(false)} />}
    </div>
  );
}
