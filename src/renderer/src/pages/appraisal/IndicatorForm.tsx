import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CAP_RANGE,
  INDICATOR_CATEGORIES,
  INDICATOR_SOURCES,
  SCORE_RANGE,
  type AppraisalIndicator,
  type IndicatorCategory,
  type IndicatorSource,
  type RatingBand,
  type ScoringMethod,
} from '../../../../shared/appraisal/indicators';
import { LIMITS } from '../../../../shared/contract/limits';
import { FormModal } from '../../components/FormModal';
import { useAppraisalLibrary } from '../../stores/appraisalLibraryStore';
import { useLocale } from '../../stores/localeStore';
import { ScoringExplanation } from './words';

interface Values {
  category: IndicatorCategory;
  nameZh: string;
  nameEn: string;
  descriptionZh?: string | null;
  descriptionEn?: string | null;
  scoring: ScoringMethod;
  cap?: number | null;
  bands?: RatingBand[];
  source: IndicatorSource;
  unit?: string | null;
}

const FIELDS = [
  'category',
  'nameZh',
  'nameEn',
  'descriptionZh',
  'descriptionEn',
  'scoring',
  'cap',
  'bands',
  'source',
  'unit',
];

/** A new rated indicator starts with the library's usual four bands, anchors to fill in. */
const STARTING_BANDS: RatingBand[] = [
  { min: 0, max: 59, anchorZh: '', anchorEn: '' },
  { min: 60, max: 74, anchorZh: '', anchorEn: '' },
  { min: 75, max: 89, anchorZh: '', anchorEn: '' },
  { min: 90, max: 100, anchorZh: '', anchorEn: '' },
];

/** The indicator form: names and descriptions in both languages, the scoring method with its cap or bands. */
export function IndicatorForm({
  indicator,
  onClose,
}: {
  indicator: AppraisalIndicator | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const createIndicator = useAppraisalLibrary((s) => s.createIndicator);
  const updateIndicator = useAppraisalLibrary((s) => s.updateIndicator);
  const [form] = Form.useForm<Values>();
  const scoring = Form.useWatch('scoring', form) ?? indicator?.scoring ?? 'quantitative';
  const categoryLocked = (indicator?.templateCount ?? 0) > 0;

  function run(v: Values) {
    const input = {
      category: v.category,
      nameZh: v.nameZh,
      nameEn: v.nameEn,
      descriptionZh: v.descriptionZh ?? null,
      descriptionEn: v.descriptionEn ?? null,
      scoring: v.scoring,
      cap: v.scoring === 'quantitative' ? (v.cap ?? null) : null,
      bands: v.scoring === 'rated' ? (v.bands ?? []) : [],
      source: v.scoring === 'rated' ? ('manual' as const) : v.source,
      unit: v.unit ?? null,
    };
    return indicator
      ? updateIndicator({ id: indicator.id, version: indicator.version, ...input })
      : createIndicator(input);
  }

  const initialValues: Partial<Values> = indicator
    ? {
        ...indicator,
        cap: indicator.cap ?? 120,
        bands: indicator.bands.length ? indicator.bands : STARTING_BANDS,
      }
    : { category: 'results', scoring: 'quantitative', cap: 120, source: 'manual', bands: STARTING_BANDS };

  return (
    <FormModal<Values, AppraisalIndicator>
      title={t(indicator ? 'appraisal:indicatorForm.editTitle' : 'appraisal:indicatorForm.createTitle')}
      fields={FIELDS}
      form={form}
      name="indicator"
      width={760}
      testId="indicator-form"
      initialValues={initialValues}
      run={run}
      successMessage={() =>
        t(indicator ? 'appraisal:indicatorForm.saved' : 'appraisal:indicatorForm.created')
      }
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="category"
            label={t('appraisal:indicatorForm.category')}
            extra={categoryLocked ? t('appraisal:indicatorForm.categoryLocked') : undefined}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <Select
              disabled={categoryLocked}
              options={INDICATOR_CATEGORIES.map((c) => ({ value: c, label: t(`appraisal:category.${c}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="scoring" label={t('appraisal:indicatorForm.scoring')}>
            <Radio.Group
              optionType="button"
              options={(['quantitative', 'rated'] as const).map((s) => ({
                value: s,
                label: t(`appraisal:scoring.${s}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="nameZh"
            label={t('appraisal:indicatorForm.nameZh')}
            rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
          >
            <Input maxLength={LIMITS.name} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="nameEn"
            label={t('appraisal:indicatorForm.nameEn')}
            rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
          >
            <Input maxLength={LIMITS.name} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="descriptionZh" label={t('appraisal:indicatorForm.descriptionZh')}>
            <Input.TextArea rows={2} maxLength={LIMITS.text} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="descriptionEn" label={t('appraisal:indicatorForm.descriptionEn')}>
            <Input.TextArea rows={2} maxLength={LIMITS.text} />
          </Form.Item>
        </Col>
      </Row>
      {scoring === 'quantitative' ? (
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="cap"
              label={t('appraisal:indicatorForm.cap')}
              extra={t('appraisal:indicatorForm.capHelp')}
              rules={[{ required: true, message: t('validation:required') }]}
            >
              <InputNumber min={CAP_RANGE.min} max={CAP_RANGE.max} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="source" label={t('appraisal:indicatorForm.source')}>
              <Select
                options={INDICATOR_SOURCES.map((s) => ({ value: s, label: t(`appraisal:source.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="unit" label={t('appraisal:indicatorForm.unit')}>
              <Input maxLength={LIMITS.tag} />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Form.Item
          label={t('appraisal:indicatorForm.bands')}
          extra={t('appraisal:indicatorForm.bandsHelp')}
          required
        >
          <Form.List name="bands">
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((f) => (
                  <Row key={f.key} gutter={8} align="top" data-testid={`band-${f.name}`}>
                    <Col span={4}>
                      <Form.Item name={[f.name, 'min']}>
                        <InputNumber
                          min={SCORE_RANGE.min}
                          max={SCORE_RANGE.max}
                          precision={0}
                          placeholder={t('appraisal:indicatorForm.bandMin')}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name={[f.name, 'max']}>
                        <InputNumber
                          min={SCORE_RANGE.min}
                          max={SCORE_RANGE.max}
                          precision={0}
                          placeholder={t('appraisal:indicatorForm.bandMax')}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item
                        name={[f.name, 'anchorZh']}
                        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
                      >
                        <Input
                          placeholder={t('appraisal:indicatorForm.anchorZh')}
                          maxLength={LIMITS.shortText}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item
                        name={[f.name, 'anchorEn']}
                        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
                      >
                        <Input
                          placeholder={t('appraisal:indicatorForm.anchorEn')}
                          maxLength={LIMITS.shortText}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={2}>
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('appraisal:indicatorForm.removeBand')}
                        onClick={() => remove(f.name)}
                        disabled={fields.length <= 2}
                      />
                    </Col>
                  </Row>
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ anchorZh: '', anchorEn: '' })}
                >
                  {t('appraisal:indicatorForm.addBand')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      )}
      {/* Read while rendering on every change: the words follow what is typed from the first render on. */}
      <Form.Item noStyle shouldUpdate>
        {() => {
          const v = form.getFieldsValue(true) as Partial<Values>;
          const rated = (v.scoring ?? scoring) === 'rated';
          return (
            <Alert
              type="info"
              message={t('appraisal:indicatorForm.formulaPreview')}
              description={
                <ScoringExplanation
                  indicator={{
                    scoring: rated ? 'rated' : 'quantitative',
                    cap: v.cap ?? null,
                    source: rated ? 'manual' : (v.source ?? 'manual'),
                    bands: (v.bands ?? []).filter(
                      (b): b is RatingBand => !!b && typeof b.min === 'number' && typeof b.max === 'number',
                    ),
                  }}
                  locale={locale}
                />
              }
            />
          );
        }}
      </Form.Item>
    </FormModal>
  );
}
