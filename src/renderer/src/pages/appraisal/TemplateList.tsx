import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_CATEGORIES } from '../../../../shared/appraisal/indicators';
import type { AppraisalTemplate } from '../../../../shared/appraisal/templates';
import { errorText } from '../../api/errors';
import { useAppraisalLibrary } from '../../stores/appraisalLibraryStore';
import { useLocale } from '../../stores/localeStore';
import { TemplateForm } from './TemplateForm';
import { localName } from './words';

/** The templates: whom each is for, its category weights, and (expanded) its indicators with their weights. */
export function TemplateList({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const templates = useAppraisalLibrary((s) => s.templates);
  const loading = useAppraisalLibrary((s) => s.loading && !s.loaded);
  const setActive = useAppraisalLibrary((s) => s.setTemplateActive);
  const [editing, setEditing] = useState<AppraisalTemplate | 'new' | null>(null);

  async function toggle(tpl: AppraisalTemplate) {
    const r = await setActive({ id: tpl.id, version: tpl.version, active: !tpl.active });
    if (r.ok)
      message.success(
        t(r.data.active ? 'appraisal:library.templateRestored' : 'appraisal:library.templateDeactivated'),
      );
    else message.error(errorText(t, r.error));
  }

  const appliesTo = (tpl: AppraisalTemplate) =>
    tpl.groupId
      ? t('appraisal:appliesGroup', {
          name: locale === 'en-US' ? (tpl.groupNameEn ?? tpl.groupName) : tpl.groupName,
        })
      : t('appraisal:appliesPosition', { name: tpl.position });

  const columns: ColumnsType<AppraisalTemplate> = [
    {
      key: 'name',
      title: t('appraisal:columns.template'),
      render: (_, tpl) => (
        <Space>
          <Typography.Text strong>{localName(tpl, locale)}</Typography.Text>
          {!tpl.active && <Tag>{t('appraisal:library.inactive')}</Tag>}
        </Space>
      ),
    },
    { key: 'appliesTo', title: t('appraisal:columns.appliesTo'), render: (_, tpl) => appliesTo(tpl) },
    {
      key: 'weights',
      title: t('appraisal:columns.weights'),
      render: (_, tpl) => INDICATOR_CATEGORIES.map((c) => tpl.categoryWeights[c]).join(' / '),
    },
    {
      key: 'count',
      title: t('appraisal:columns.indicators'),
      align: 'right',
      render: (_, tpl) => tpl.items.length,
    },
  ];
  if (mayEdit)
    columns.push({
      key: 'actions',
      title: t('common:actions'),
      render: (_, tpl) => (
        <Space size={0}>
          <Button size="small" type="link" onClick={() => setEditing(tpl)}>
            {t('common:edit')}
          </Button>
          {tpl.active ? (
            <Popconfirm
              title={t('appraisal:library.deactivateConfirm', { name: localName(tpl, locale) })}
              onConfirm={() => toggle(tpl)}
              okText={t('appraisal:library.deactivate')}
              cancelText={t('common:cancel')}
            >
              <Button size="small" type="link" danger>
                {t('appraisal:library.deactivate')}
              </Button>
            </Popconfirm>
          ) : (
            <Button size="small" type="link" onClick={() => toggle(tpl)}>
              {t('appraisal:library.restore')}
            </Button>
          )}
        </Space>
      ),
    });

  return (
    <>
      {mayEdit && (
        <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'flex-end' }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('appraisal:library.newTemplate')}
          </Button>
        </Space>
      )}
      <Table<AppraisalTemplate>
        rowKey="id"
        size="middle"
        data-testid="templates-table"
        loading={loading}
        columns={columns}
        dataSource={templates}
        pagination={false}
        locale={{ emptyText: t('appraisal:library.noTemplates') }}
        expandable={{
          expandedRowRender: (tpl) => (
            <Space size={32} align="start" wrap>
              {INDICATOR_CATEGORIES.map((c) => (
                <div key={c}>
                  <Typography.Text strong>
                    {t(`appraisal:category.${c}`)} {tpl.categoryWeights[c]}
                  </Typography.Text>
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                    {tpl.items
                      .filter((i) => i.category === c)
                      .map((i) => (
                        <li key={i.indicatorId}>
                          {localName(i, locale)} {i.weight}
                          {!i.indicatorActive && (
                            <Tag style={{ marginInlineStart: 6 }}>
                              {t('appraisal:templateForm.retiredOnTemplate')}
                            </Tag>
                          )}
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
            </Space>
          ),
        }}
      />
      {editing && (
        <TemplateForm template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
