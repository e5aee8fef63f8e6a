import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_CATEGORIES, type AppraisalIndicator } from '../../../../shared/appraisal/indicators';
import { errorText } from '../../api/errors';
import { useAppraisalLibrary } from '../../stores/appraisalLibraryStore';
import { useLocale } from '../../stores/localeStore';
import { IndicatorForm } from './IndicatorForm';
import { ScoringExplanation, localName } from './words';

/** The library by category: each indicator with how it is scored, in words. */
export function IndicatorLibrary({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const indicators = useAppraisalLibrary((s) => s.indicators);
  const setActive = useAppraisalLibrary((s) => s.setIndicatorActive);
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<AppraisalIndicator | 'new' | null>(null);
  const shown = indicators.filter((i) => i.active || showRetired);

  async function toggle(i: AppraisalIndicator) {
    const r = await setActive({ id: i.id, version: i.version, active: !i.active });
    if (r.ok)
      message.success(t(r.data.active ? 'appraisal:library.restoredDone' : 'appraisal:library.retiredDone'));
    else message.error(errorText(t, r.error));
  }

  const other = (i: AppraisalIndicator) => (locale === 'en-US' ? i.nameZh : i.nameEn);
  return (
    <>
      <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space>
          <Switch
            checked={showRetired}
            onChange={setShowRetired}
            aria-label={t('appraisal:library.showRetired')}
          />
          <Typography.Text>{t('appraisal:library.showRetired')}</Typography.Text>
        </Space>
        {mayEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('appraisal:library.newIndicator')}
          </Button>
        )}
      </Space>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {INDICATOR_CATEGORIES.map((c) => {
          const items = shown.filter((i) => i.category === c);
          return (
            <Card
              key={c}
              data-testid={`indicators-${c}`}
              title={t(`appraisal:category.${c}`)}
              extra={
                <Typography.Text type="secondary">
                  {t('appraisal:library.categoryCount', { count: items.length })}
                </Typography.Text>
              }
              styles={{ body: { paddingTop: 4, paddingBottom: 4 } }}
            >
              {items.length === 0 && (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('appraisal:library.noIndicators')}
                />
              )}
              {items.map((i, n) => (
                <div
                  key={i.id}
                  data-testid={`indicator-${i.nameEn}`}
                  style={{
                    display: 'flex',
                    gap: 16,
                    padding: '12px 0',
                    borderTop: n === 0 ? undefined : '1px solid rgba(5, 5, 5, 0.06)',
                    opacity: i.active ? 1 : 0.6,
                  }}
                >
                  <div style={{ flex: '0 0 260px' }}>
                    <Typography.Text strong style={{ fontSize: 15 }}>
                      {localName(i, locale)}
                    </Typography.Text>
                    <div>
                      <Typography.Text type="secondary">{other(i)}</Typography.Text>
                    </div>
                    <Space size={4} wrap style={{ marginTop: 6 }}>
                      <Tag color={i.scoring === 'quantitative' ? 'blue' : 'purple'}>
                        {t(`appraisal:scoring.${i.scoring}`)}
                      </Tag>
                      {i.source !== 'manual' && <Tag color="green">{t(`appraisal:source.${i.source}`)}</Tag>}
                      {!i.active && <Tag>{t('appraisal:library.retired')}</Tag>}
                    </Space>
                  </div>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    {(locale === 'en-US' ? i.descriptionEn : i.descriptionZh) && (
                      <Typography.Paragraph style={{ marginBottom: 4 }}>
                        {locale === 'en-US' ? i.descriptionEn : i.descriptionZh}
                      </Typography.Paragraph>
                    )}
                    <ScoringExplanation indicator={i} locale={locale} />
                  </div>
                  <div style={{ flex: '0 0 170px', textAlign: 'right' }}>
                    <Typography.Text type="secondary">
                      {i.templateCount > 0
                        ? t('appraisal:library.usedBy', { count: i.templateCount })
                        : t('appraisal:library.notUsed')}
                    </Typography.Text>
                    {mayEdit && (
                      <div style={{ marginTop: 6 }}>
                        <Button size="small" type="link" onClick={() => setEditing(i)}>
                          {t('common:edit')}
                        </Button>
                        {i.active ? (
                          <Popconfirm
                            title={t('appraisal:library.retireConfirm', { name: localName(i, locale) })}
                            onConfirm={() => toggle(i)}
                            okText={t('appraisal:library.retire')}
                            cancelText={t('common:cancel')}
                          >
                            <Button size="small" type="link" danger>
                              {t('appraisal:library.retire')}
                            </Button>
                          </Popconfirm>
                        ) : (
                          <Button size="small" type="link" onClick={() => toggle(i)}>
                            {t('appraisal:library.restore')}
                          </Button>
                        )}
                      </div>
                    )}
                  </div>
                </div>
              ))}
            </Card>
          );
        })}
      </Space>
      {editing && (
        <IndicatorForm indicator={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
