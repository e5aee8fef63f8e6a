import { DatePicker, Form, Input, InputNumber, Radio, Space, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import { PRODUCT_KINDS, type Product, type ProductKind } from '../../../../shared/pricing/types';
import { FormModal } from '../../components/FormModal';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useProducts } from '../../stores/productsStore';
import { toFen } from '../contracts/labels';

interface Values {
  code: string;
  nameZh: string;
  nameEn?: string | null;
  kind: ProductKind;
  unit: string;
  /** Yuan on screen; main's errors about the price land here. */
  listPriceFen: number;
  floorPriceFen: number;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  active: boolean;
}

const FIELDS = [
  'code',
  'nameZh',
  'nameEn',
  'kind',
  'unit',
  'listPriceFen',
  'floorPriceFen',
  'validFrom',
  'validTo',
  'active',
];

/** A product or service of the price system, new or edited (the manager's; main checks floor ≤ list). */
export function ProductFormModal({ product, onClose }: { product: Product | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { create, update } = useProducts();
  const f = (k: string) => t(`pricing:field.${k}`);
  const required = [{ required: true, message: t('validation:required') }];

  return (
    <FormModal<Values, Product>
      title={t(product ? 'pricing:products.edit' : 'pricing:products.new')}
      fields={FIELDS}
      name="product"
      width={620}
      testId="product-form"
      initialValues={
        product
          ? {
              ...product,
              listPriceFen: product.listPriceFen / 100,
              floorPriceFen: (product.floorPriceFen ?? 0) / 100,
              validFrom: toDayjs(product.validFrom)!,
              validTo: toDayjs(product.validTo),
            }
          : { kind: 'product', active: true }
      }
      run={(v) => {
        const input = {
          code: v.code.trim(),
          nameZh: v.nameZh.trim(),
          nameEn: v.nameEn?.trim() || null,
          kind: v.kind,
          unit: v.unit.trim(),
          listPriceFen: toFen(v.listPriceFen),
          floorPriceFen: toFen(v.floorPriceFen),
          validFrom: fromDayjs(v.validFrom)!,
          validTo: fromDayjs(v.validTo),
          active: v.active,
        };
        return product ? update({ id: product.id, version: product.version, ...input }) : create(input);
      }}
      successMessage={() => t('pricing:products.saved')}
      onClose={onClose}
    >
      <Space size={16} wrap style={{ display: 'flex' }} align="start">
        <Form.Item name="code" label={f('code')} rules={required} style={{ width: 180 }}>
          <Input maxLength={LIMITS.code} data-testid="product-code" />
        </Form.Item>
        <Form.Item name="kind" label={f('kind')} rules={required}>
          <Radio.Group
            optionType="button"
            options={PRODUCT_KINDS.map((k) => ({ value: k, label: t(`pricing:kind.${k}`) }))}
            data-testid="product-kind"
          />
        </Form.Item>
        <Form.Item name="unit" label={f('unit')} rules={required} style={{ width: 120 }}>
          <Input maxLength={LIMITS.tag} data-testid="product-unit" />
        </Form.Item>
      </Space>
      <Form.Item name="nameZh" label={f('nameZh')} rules={required}>
        <Input maxLength={LIMITS.name} data-testid="product-nameZh" />
      </Form.Item>
      <Form.Item name="nameEn" label={f('nameEn')}>
        <Input maxLength={LIMITS.name} data-testid="product-nameEn" />
      </Form.Item>
      <Space size={16} wrap style={{ display: 'flex' }} align="start">
        <Form.Item name="listPriceFen" label={f('listPrice')} rules={required}>
          <InputNumber
            min={0}
            precision={2}
            prefix="¥"
            style={{ width: 200 }}
            data-testid="product-listPrice"
          />
        </Form.Item>
        <Form.Item name="floorPriceFen" label={f('floorPrice')} rules={required}>
          <InputNumber
            min={0}
            precision={2}
            prefix="¥"
            style={{ width: 200 }}
            data-testid="product-floorPrice"
          />
        </Form.Item>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
        {t('pricing:products.floorHint')}
      </Typography.Paragraph>
      <Space size={16} wrap style={{ display: 'flex' }} align="start">
        <Form.Item name="validFrom" label={f('validFrom')} rules={required}>
          <DatePicker data-testid="product-validFrom" />
        </Form.Item>
        <Form.Item name="validTo" label={f('validTo')}>
          <DatePicker placeholder={t('pricing:products.open')} data-testid="product-validTo" />
        </Form.Item>
        <Form.Item name="active" label={f('active')} valuePropName="checked">
          <Switch data-testid="product-active" />
        </Form.Item>
      </Space>
    </FormModal>
  );
}
