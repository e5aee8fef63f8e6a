import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CompetitorSighting } from '../../../../shared/market/types';
import { FormModal } from '../../components/FormModal';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { market } from '../../stores/marketStore';
import { fenOf, yuanOf } from './parts';

interface Values {
  seenOn: Dayjs | null;
  product?: string;
  /** Yuan on screen, fen for main: main's errors about the price land here. */
  priceFen?: number | null;
  note?: string;
}

const FIELDS = ['seenOn', 'product', 'priceFen', 'note'];

/** Record what was seen of a competitor (or correct an entry): the day, the product, the price, a note. */
export function SightingModal({
  competitorId,
  sighting,
  onClose,
}: {
  competitorId: string;
  sighting: CompetitorSighting | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal<Values, CompetitorSighting>
      title={t('market:detail.sightingTitle')}
      fields={FIELDS}
      name="sighting"
      width={520}
      testId="sighting-form"
      initialValues={
        sighting
          ? {
              seenOn: toDayjs(sighting.seenOn),
              product: sighting.product ?? '',
              priceFen: yuanOf(sighting.priceFen),
              note: sighting.note ?? '',
            }
          : { seenOn: dayjs() }
      }
      run={(v) => {
        const fields = {
          seenOn: fromDayjs(v.seenOn) ?? '',
          product: v.product ?? null,
          priceFen: fenOf(v.priceFen),
          note: v.note ?? null,
        };
        return sighting
          ? market.updateSighting({ id: sighting.id, version: sighting.version, ...fields })
          : market.addSighting({ competitorId, ...fields });
      }}
      successMessage={() => t('market:detail.saved')}
      onClose={onClose}
    >
      <Form.Item
        name="seenOn"
        label={t('market:fields.seenOn')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <DatePicker style={{ width: '100%' }} data-testid="sighting-date" />
      </Form.Item>
      <Form.Item name="product" label={t('market:fields.product')}>
        <Input maxLength={200} data-testid="sighting-product" />
      </Form.Item>
      <Form.Item name="priceFen" label={t('market:fields.priceYuan')}>
        <InputNumber
          precision={2}
          max={10_000_000_000}
          style={{ width: '100%' }}
          data-testid="sighting-price"
        />
      </Form.Item>
      <Form.Item name="note" label={t('market:fields.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="sighting-note" />
      </Form.Item>
    </FormModal>
  );
}
