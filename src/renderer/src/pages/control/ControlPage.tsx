import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { AuditDetailPage } from './AuditDetailPage';
import { AuditFormPage } from './AuditFormPage';
import { AuditListTab } from './AuditListTab';
import { FindingListTab } from './FindingListTab';
import { RectificationListTab } from './RectificationListTab';

const TABS = ['audits', 'findings', 'rectifications'] as const;
type Tab = (typeof TABS)[number];

/** The three lists of internal control on one page, the tab kept in the address (?tab=…). */
function ControlListsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.includes(asked as Tab) ? (asked as Tab) : 'audits';
  return (
    <div data-testid="control-page">
      <PageHeader title={t('control:page.title')} intro={t('control:page.intro')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'audits' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'audits', label: t('control:page.tabs.audits'), children: <AuditListTab /> },
            { key: 'findings', label: t('control:page.tabs.findings'), children: <FindingListTab /> },
            {
              key: 'rectifications',
              label: t('control:page.tabs.rectifications'),
              children: <RectificationListTab />,
            },
          ]}
        />
      </Card>
    </div>
  );
}

/** /control: the lists; /control/new: plan an audit; /control/:id: one audit; /control/:id/edit: its form. */
export default function ControlPage() {
  return (
    <Routes>
      <Route index element={<ControlListsPage />} />
      <Route path="new" element={<AuditFormPage />} />
      <Route path=":id" element={<AuditDetailPage />} />
      <Route path=":id/edit" element={<AuditFormPage />} />
    </Routes>
  );
}
