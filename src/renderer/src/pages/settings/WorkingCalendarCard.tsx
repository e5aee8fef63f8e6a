import { Card, Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CalendarYearSection } from './CalendarYearSection';
import { WorkingHoursForm } from './WorkingHoursForm';

/** The working calendar deadlines in working hours run on: the working periods of a day, and the year's days. */
export function WorkingCalendarCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('calendar:title')} data-testid="working-calendar">
      <Typography.Paragraph type="secondary">{t('calendar:intro')}</Typography.Paragraph>
      <WorkingHoursForm />
      <Divider />
      <CalendarYearSection />
    </Card>
  );
}
