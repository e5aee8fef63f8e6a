import { Alert, Tabs } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { errorText } from '../../api/errors';
import { pageTestId } from '../../app/navItems';
import { useAppraisalLibrary } from '../../stores/appraisalLibraryStore';
import { IndicatorLibrary } from './IndicatorLibrary';
import { TemplateList } from './TemplateList';

/** 考核指标与模板: the indicator library by category, and the templates that weigh the indicators. */
export default function LibraryPage() {
  const { t } = useTranslation();
  const load = useAppraisalLibrary((s) => s.load);
  const error = useAppraisalLibrary((s) => s.error);
  const mayEdit = usePermission('appraisal.library');
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div data-testid={pageTestId('appraisal-library')}>
      <PageHeader title={t('appraisal:library.title')} intro={t('appraisal:library.intro')} />
      {error && <Alert type="error" showIcon message={errorText(t, error)} style={{ marginBottom: 16 }} />}
      {!mayEdit && (
        <Alert type="info" showIcon message={t('appraisal:library.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <Tabs
        items={[
          {
            key: 'indicators',
            label: t('appraisal:library.tabs.indicators'),
            children: <IndicatorLibrary mayEdit={mayEdit} />,
          },
          {
            key: 'templates',
            label: t('appraisal:library.tabs.templates'),
            children: <TemplateList mayEdit={mayEdit} />,
          },
        ]}
      />
    </div>
  );
}
