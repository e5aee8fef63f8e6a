import { PrinterOutlined } from '@ant-design/icons';
import { Button, Form, Modal, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../shared/contract/locales';
import { periodStartOf, type PeriodKind } from '../../../../shared/salesPlans/rules';
import { useSaveFile } from '../../components/useSaveFile';
import { useLocale } from '../../stores/localeStore';
import { useSales } from '../../stores/salesStore';
import { PeriodPicker, periodName } from '../salesPlans/PeriodPicker';

/**
 * "Sales report" (销售报告) and its small dialog: the language and the period — a month, a quarter or a year
 * (this quarter to start with). Main prints what the reader may see; the file is saved like every report.
 */
export function SalesReportButton() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const printReport = useSales((s) => s.printReport);
  const report = useSaveFile();
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState<Locale>(locale);
  const [period, setPeriod] = useState<{ kind: PeriodKind; from: string }>(() => ({
    kind: 'quarter',
    from: periodStartOf('quarter', dayjs().format('YYYY-MM-DD')),
  }));
  const l = (k: string) => t(`sales:report.${k}`);

  const start = () => {
    setLanguage(locale);
    setOpen(true);
  };
  const print = async () => {
    setOpen(false);
    await report.produceAndSave(() =>
      printReport({ periodKind: period.kind, periodFrom: period.from, locale: language }),
    );
  };

  return (
    <>
      <Button
        icon={<PrinterOutlined />}
        loading={report.busy}
        onClick={start}
        data-testid="sales-report-print"
      >
        {l('button')}
      </Button>
      <Modal
        open={open}
        title={l('dialogTitle')}
        okText={l('print')}
        onOk={() => void print()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        data-testid="sales-report-dialog"
      >
        <Form layout="vertical">
          <Form.Item label={l('language')}>
            <Segmented<Locale>
              value={language}
              onChange={setLanguage}
              options={LOCALES.map((value) => ({ value, label: t(`common:languages.${value}`) }))}
              data-testid="sales-report-locale"
            />
          </Form.Item>
          <Form.Item label={l('periodLabel')} extra={l('periodHelp')}>
            <PeriodPicker
              kind={period.kind}
              from={period.from}
              onChange={(kind, from) => setPeriod({ kind, from })}
            />
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {periodName(t, locale, period.kind, period.from)}
            </Typography.Paragraph>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
