import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../shared/contract/errors';
import { categorySubtotals, sumOfWeights } from '../../../../shared/appraisal/libraryRules';
import { INDICATOR_CATEGORIES, type IndicatorCategory } from '../../../../shared/appraisal/indicators';
import {
  DEFAULT_CATEGORY_WEIGHTS,
  TOTAL_WEIGHT,
  type AppraisalTemplate,
  type CategoryWeights,
} from '../../../../shared/appraisal/templates';
import { LIMITS } from '../../../../shared/contract/limits';
import { FormModal } from '../../components/FormModal';
import { useAppraisalLibrary } from '../../stores/appraisalLibraryStore';
import { useLocale } from '../../stores/localeStore';
import { localName } from './words';

interface ItemValues {
  category: IndicatorCategory;
  indicatorId?: string;
  weight?: number | null;
}

interface Values {
  nameZh: string;
  nameEn?: string | null;
  target: 'group' | 'position';
  groupId?: string | null;
  position?: string | null;
  categoryWeights: CategoryWeights;
  items: ItemValues[];
}

const FIELDS = ['nameZh', 'nameEn', 'groupId', 'position', 'categoryWeights', 'items', 'active'];

/** Where main puts its word on the sums (categoryWeightsTotal, subtotals.<category>): shown under each sum. */
const SUM_FIELDS = ['categoryWeightsTotal', ...INDICATOR_CATEGORIES.map((c) => `subtotals.${c}`)];

/** A sum shown live under its part of the form, with main's refusal about it beneath. */
function Sum({ text, ok, testId, error }: { text: string; ok: boolean; testId: string; error?: string }) {
  return (
    <div data-testid={`${testId}-line`} style={{ minHeight: 32, paddingTop: 4 }}>
      <Typography.Text type={ok ? 'success' : 'warning'} strong data-testid={testId}>
        {text}
      </Typography.Text>
      {error && (
        <div role="alert">
          <Typography.Text type="danger">{error}</Typography.Text>
        </div>
      )}
    </div>
  );
}

/**
 * The template form: for a group or a position, the category weights, and per category its indicators with
 * their weights — the subtotals and the total follow as they are typed, and main's refusals show under them.
 */
export function TemplateForm({
  template,
  onClose,
}: {
  template: AppraisalTemplate | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const indicators = useAppraisalLibrary((s) => s.indicators);
  const groups = useAppraisalLibrary((s) => s.groups);
  const createTemplate = useAppraisalLibrary((s) => s.createTemplate);
  const updateTemplate = useAppraisalLibrary((s) => s.updateTemplate);
  const [form] = Form.useForm<Values>();
  const target = Form.useWatch('target', form) ?? (template?.position ? 'position' : 'group');
  /**
   * The form's values now, read while rendering: the parts that show sums re-render on every change
   * (shouldUpdate), so they follow the typing without waiting for a save.
   */
  function live() {
    const list = (form.getFieldValue('items') ?? []) as (ItemValues | undefined)[];
    const chosen = list.filter((i): i is ItemValues => !!i);
    const w = (form.getFieldValue('categoryWeights') ?? {}) as Partial<CategoryWeights>;
    const weights: CategoryWeights = {
      results: w.results ?? 0,
      attitude: w.attitude ?? 0,
      ability: w.ability ?? 0,
    };
    const subtotals = categorySubtotals(chosen.map((i) => ({ category: i.category, weight: i.weight ?? 0 })));
    const about = JSON.stringify([weights, chosen.map((i) => [i.indicatorId, i.weight])]);
    return { list, chosen, weights, subtotals, total: sumOfWeights(weights), about };
  }
  const onTemplate = new Set(template?.items.map((i) => i.indicatorId) ?? []);

  // Main's word on the sums, with the weights it was about: it shows only while the weights are still those.
  const [sumErrors, setSumErrors] = useState<{ about: string; fields: Record<string, FieldError> }>({
    about: '',
    fields: {},
  });
  const sumError = (field: string, about: string) => {
    const e = sumErrors.about === about ? sumErrors.fields[field] : undefined;
    return e ? t(e.key.replace(/^validation\./, 'validation:'), e.params ?? {}) : undefined;
  };

  async function run(v: Values) {
    const input = {
      nameZh: v.nameZh,
      nameEn: v.nameEn ?? null,
      groupId: v.target === 'group' ? (v.groupId ?? null) : null,
      position: v.target === 'position' ? (v.position ?? null) : null,
      categoryWeights: v.categoryWeights,
      items: (v.items ?? []).map((i) => ({ indicatorId: i.indicatorId ?? '', weight: i.weight ?? 0 })),
    };
    const r = await (template
      ? updateTemplate({ id: template.id, version: template.version, ...input })
      : createTemplate(input));
    const fields = r.ok ? {} : (r.error.fields ?? {});
    setSumErrors({
      about: live().about,
      fields: Object.fromEntries(Object.entries(fields).filter(([f]) => SUM_FIELDS.includes(f))),
    });
    return r;
  }

  const initialValues: Partial<Values> = template
    ? {
        nameZh: template.nameZh,
        nameEn: template.nameEn,
        target: template.position ? 'position' : 'group',
        groupId: template.groupId,
        position: template.position,
        categoryWeights: template.categoryWeights,
        items: template.items.map((i) => ({
          category: i.category,
          indicatorId: i.indicatorId,
          weight: i.weight,
        })),
      }
    : { target: 'group', categoryWeights: DEFAULT_CATEGORY_WEIGHTS, items: [] };

  /** The indicators one row may choose: the category's active ones not chosen on another row, and its own. */
  const optionsFor = (chosen: ItemValues[], c: IndicatorCategory, own: string | undefined) => {
    const elsewhere = new Set(chosen.map((i) => i.indicatorId).filter((id) => id && id !== own));
    return indicators
      .filter((i) => i.category === c && (i.active || i.id === own || onTemplate.has(i.id)))
      .filter((i) => !elsewhere.has(i.id))
      .map((i) => ({
        value: i.id,
        label: i.active
          ? localName(i, locale)
          : `${localName(i, locale)} (${t('appraisal:templateForm.retiredOnTemplate')})`,
        disabled: !i.active && i.id !== own,
      }));
  };

  return (
    <FormModal<Values, AppraisalTemplate>
      title={t(template ? 'appraisal:templateForm.editTitle' : 'appraisal:templateForm.createTitle')}
      fields={FIELDS}
      form={form}
      name="template"
      width={820}
      testId="template-form"
      initialValues={initialValues}
      run={run}
      successMessage={() => t(template ? 'appraisal:templateForm.saved' : 'appraisal:templateForm.created')}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="nameZh"
            label={t('appraisal:templateForm.nameZh')}
            rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
          >
            <Input maxLength={LIMITS.name} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="nameEn" label={t('appraisal:templateForm.nameEn')}>
            <Input maxLength={LIMITS.name} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="target" label={t('appraisal:templateForm.appliesTo')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'group', label: t('appraisal:templateForm.group') },
                { value: 'position', label: t('appraisal:templateForm.position') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={16}>
          {target === 'group' ? (
            <Form.Item name="groupId" label={t('appraisal:templateForm.groupLabel')}>
              <Select
                placeholder={t('appraisal:templateForm.groupPlaceholder')}
                options={groups
                  .filter((g) => g.active || g.id === template?.groupId)
                  .map((g) => ({ value: g.id, label: locale === 'en-US' ? (g.nameEn ?? g.name) : g.name }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="position" label={t('appraisal:templateForm.positionLabel')}>
              <Input maxLength={LIMITS.name} placeholder={t('appraisal:templateForm.positionPlaceholder')} />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('appraisal:templateForm.categoryWeights')}
      </Typography.Title>
      <Row gutter={16} align="bottom">
        {INDICATOR_CATEGORIES.map((c) => (
          <Col span={6} key={c}>
            <Form.Item name={['categoryWeights', c]} label={t(`appraisal:category.${c}`)}>
              <InputNumber min={0} max={TOTAL_WEIGHT} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
        <Col span={6}>
          <Form.Item shouldUpdate>
            {() => {
              const { total, about } = live();
              return (
                <Sum
                  testId="category-total"
                  text={t('appraisal:templateForm.total', { sum: total })}
                  ok={total === TOTAL_WEIGHT}
                  error={sumError('categoryWeightsTotal', about)}
                />
              );
            }}
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5}>{t('appraisal:templateForm.indicators')}</Typography.Title>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <Form.Item noStyle shouldUpdate>
            {() => {
              const { list, chosen, weights, subtotals, about } = live();
              return INDICATOR_CATEGORIES.map((c) => {
                const rows = fields.filter((f) => list[f.name]?.category === c);
                const ok = subtotals[c] === weights[c];
                return (
                  <div key={c} data-testid={`template-category-${c}`}>
                    <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
                      {t(`appraisal:category.${c}`)}
                    </Divider>
                    {rows.map((f) => (
                      <Row key={f.key} gutter={8} align="top">
                        <Form.Item name={[f.name, 'category']} hidden>
                          <Input />
                        </Form.Item>
                        <Col span={15}>
                          <Form.Item
                            name={[f.name, 'indicatorId']}
                            rules={[{ required: true, message: t('validation:required') }]}
                          >
                            <Select
                              placeholder={t('appraisal:templateForm.indicatorPlaceholder')}
                              options={optionsFor(chosen, c, list[f.name]?.indicatorId)}
                              aria-label={t('appraisal:templateForm.indicatorPlaceholder')}
                            />
                          </Form.Item>
                        </Col>
                        <Col span={6}>
                          <Form.Item
                            name={[f.name, 'weight']}
                            rules={[{ required: true, message: t('validation:required') }]}
                          >
                            <InputNumber
                              min={1}
                              max={TOTAL_WEIGHT}
                              precision={0}
                              placeholder={t('appraisal:templateForm.weight')}
                              aria-label={t('appraisal:templateForm.weight')}
                              style={{ width: '100%' }}
                            />
                          </Form.Item>
                        </Col>
                        <Col span={3}>
                          <Button
                            type="text"
                            icon={<DeleteOutlined />}
                            aria-label={t('appraisal:templateForm.removeIndicator')}
                            onClick={() => remove(f.name)}
                          />
                        </Col>
                      </Row>
                    ))}
                    <Row gutter={8} align="top">
                      <Col span={15}>
                        <Button
                          type="dashed"
                          size="small"
                          icon={<PlusOutlined />}
                          onClick={() => add({ category: c, weight: null })}
                        >
                          {t('appraisal:templateForm.addIndicator')}
                        </Button>
                      </Col>
                      <Col span={9}>
                        <Sum
                          testId={`subtotal-${c}`}
                          text={t('appraisal:templateForm.subtotal', {
                            sum: subtotals[c],
                            weight: weights[c],
                          })}
                          ok={ok}
                          error={sumError(`subtotals.${c}`, about)}
                        />
                      </Col>
                    </Row>
                  </div>
                );
              });
            }}
          </Form.Item>
        )}
      </Form.List>
    </FormModal>
  );
}
