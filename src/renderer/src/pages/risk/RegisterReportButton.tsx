import { PrinterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Modal, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../shared/contract/locales';
import { useSaveFile } from '../../components/useSaveFile';
import { fromDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { reports } from '../../stores/reportsStore';
import { entryOptions } from './labels';
import { useRiskSettings } from './useRiskLists';

interface Options {
  locale: Locale;
  period: [Dayjs, Dayjs];
  compareTo: Dayjs | null;
  categories: string[];
}

/**
 * "Print register report" (风险登记报告) and its small options dialog: the report's language, the period
 * whose identified and closed risks it counts (this year so far unless chosen), an earlier day to set the
 * heat map beside, and the categories — the page's own category filter to start with.
 */
export function RegisterReportButton({
  categories = [],
  compareTo = null,
}: {
  categories?: string[];
  compareTo?: string | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const settings = useRiskSettings();
  const report = useSaveFile();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Options>();
  const l = (k: string) => t(`riskReport:dialog.${k}`);

  const start = () => {
    form.setFieldsValue({
      locale,
      period: [dayjs().startOf('year'), dayjs()],
      compareTo: compareTo ? dayjs(compareTo) : null,
      categories,
    });
    setOpen(true);
  };
  const print = async () => {
    const v = await form.validateFields();
    setOpen(false);
    await report.produceAndSave(() =>
      reports.riskRegister({
        locale: v.locale,
        from: fromDayjs(v.period[0])!,
        to: fromDayjs(v.period[1])!,
        compareTo: fromDayjs(v.compareTo),
        categories: v.categories,
      }),
    );
  };

  return (
    <>
      <Button
        icon={<PrinterOutlined />}
        loading={report.busy}
        onClick={start}
        data-testid="risk-report-print"
      >
        {l('button')}
      </Button>
      <Modal
        open={open}
        title={l('title')}
        okText={l('print')}
        onOk={() => void print()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        data-testid="risk-report-dialog"
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="locale" label={l('language')}>
            <Segmented<Locale>
              options={LOCALES.map((value) => ({ value, label: t(`common:languages.${value}`) }))}
              data-testid="risk-report-locale"
            />
          </Form.Item>
          <Form.Item name="period" label={l('period')} extra={l('periodHelp')} rules={[{ required: true }]}>
            <DatePicker.RangePicker allowClear={false} data-testid="risk-report-period" />
          </Form.Item>
          <Form.Item name="compareTo" label={l('compareTo')} extra={l('compareToHelp')}>
            <DatePicker
              disabledDate={(d) => !d.isBefore(dayjs(), 'day')}
              aria-label={l('compareTo')}
              data-testid="risk-report-compare"
            />
          </Form.Item>
          <Form.Item name="categories" label={l('categories')} extra={l('categoriesHelp')}>
            <Select<string[]>
              mode="multiple"
              allowClear
              placeholder={l('categories')}
              aria-label={l('categories')}
              options={entryOptions(settings?.riskCategories, locale)}
              data-testid="risk-report-categories"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
