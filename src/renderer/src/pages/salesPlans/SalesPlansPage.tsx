import { Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageTestId } from '../../app/navItems';
import { PageHeader } from '../../components/PageHeader';
import { useSalesPlans } from '../../stores/salesPlansStore';
import { PlanBoard } from './PlanBoard';
import { PlanList } from './PlanList';

/**
 * Sales plans and targets (三(二)1): the chosen period's group plan, its people's split and progress, the
 * plan-vs-actual chart; and every plan the reader may see, filtered and exported. Staff see their own plan and
 * their group's.
 */
export default function SalesPlansPage() {
  const { t } = useTranslation();
  const loadBoard = useSalesPlans((s) => s.loadBoard);
  const [tab, setTab] = useState('board');

  useEffect(() => {
    void loadBoard();
  }, [loadBoard]);

  return (
    <div data-testid={pageTestId('sales-plans')}>
      <PageHeader title={t('salesPlans:title')} intro={t('salesPlans:intro')} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'board', label: t('salesPlans:tabs.board'), children: <PlanBoard /> },
          { key: 'list', label: t('salesPlans:tabs.list'), children: <PlanList /> },
        ]}
      />
    </div>
  );
}
