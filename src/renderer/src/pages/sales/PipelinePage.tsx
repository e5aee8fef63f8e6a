import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Segmented, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { STAGES } from '../../../../shared/sales/stages';
import { SALES_SCOPES, type SalesScope } from '../../../../shared/sales/types';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { useLocale } from '../../stores/localeStore';
import { useSales } from '../../stores/salesStore';
import { OpportunityList } from './OpportunityList';
import { PipelineBoard } from './PipelineBoard';

type View = 'board' | 'list';
const VIEW_KEY = 'sales.view';

/** Opportunities (商机): the board by stage, or the list; one scope and search for both. */
export function PipelinePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = useLocale((s) => s.locale);
  const canWrite = usePermission('sales.write');
  const boardQuery = useSales((s) => s.boardQuery);
  const filter = useSales((s) => s.list.filter);
  const loadBoard = useSales((s) => s.loadBoard);
  const loadList = useSales((s) => s.loadList);
  const loadSettings = useSales((s) => s.loadSettings);
  const exportList = useSales((s) => s.exportList);
  const exporter = useSaveFile();
  const [view, setView] = useState<View>(() =>
    localStorage.getItem(VIEW_KEY) === 'list' ? 'list' : 'board',
  );
  const [search, setSearch] = useState(boardQuery.search ?? '');

  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  useEffect(() => {
    if (view === 'board') void loadBoard();
    else void loadList();
  }, [view, loadBoard, loadList]);

  const scope = view === 'board' ? boardQuery.scope : filter.scope;
  const setScope = (s: SalesScope) =>
    view === 'board' ? loadBoard({ scope: s }) : loadList({ filter: { scope: s } });
  const runSearch = (s: string) => {
    const value = s.trim() || null;
    void loadBoard({ search: value });
    void loadList({ filter: { search: value } });
  };

  return (
    <div data-testid="sales-opportunities-page">
      <PageHeader
        title={t('sales:list.title')}
        extra={
          <>
            {view === 'list' && (
              <Button
                icon={<FileExcelOutlined />}
                loading={exporter.busy}
                onClick={() => void exporter.produceAndSave(() => exportList(locale))}
                data-testid="export-opportunities"
              >
                {t('sales:export.button')}
              </Button>
            )}
            {canWrite && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/sales/opportunities/new')}
                data-testid="new-lead"
              >
                {t('sales:list.newLead')}
              </Button>
            )}
          </>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<View>
          value={view}
          onChange={(v) => {
            setView(v);
            localStorage.setItem(VIEW_KEY, v);
          }}
          options={[
            { value: 'board', label: t('sales:tabs.board') },
            { value: 'list', label: t('sales:tabs.list') },
          ]}
          data-testid="sales-view"
        />
        <Select<SalesScope>
          value={scope}
          onChange={(s) => void setScope(s)}
          style={{ width: 130 }}
          options={SALES_SCOPES.map((s) => ({ value: s, label: t(`sales:scope.${s}`) }))}
        />
        <Input.Search
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={runSearch}
          placeholder={t('sales:list.search')}
          style={{ width: 320 }}
          data-testid="sales-search"
        />
        {view === 'list' && (
          <>
            <Select
              mode="multiple"
              allowClear
              value={filter.stages}
              onChange={(stages) => void loadList({ filter: { stages } })}
              placeholder={t('sales:list.stages')}
              style={{ minWidth: 200 }}
              maxTagCount="responsive"
              options={STAGES.map((s) => ({ value: s, label: t(`sales:stage.${s}`) }))}
            />
            <Checkbox
              checked={filter.overdue}
              onChange={(e) => void loadList({ filter: { overdue: e.target.checked } })}
            >
              {t('sales:list.overdue')}
            </Checkbox>
          </>
        )}
      </Space>
      {view === 'board' ? <PipelineBoard canWrite={canWrite} /> : <OpportunityList />}
    </div>
  );
}
