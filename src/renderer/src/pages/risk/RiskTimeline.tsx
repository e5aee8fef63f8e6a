import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RiskEvent, RiskEventKind } from '../../../../shared/risk/types';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';

const EVENT_COLOR: Partial<Record<RiskEventKind, string>> = {
  identified: 'blue',
  assessed: 'blue',
  reassessed: 'purple',
  acceptanceRequested: 'orange',
  acceptanceApproved: 'green',
  acceptanceRefused: 'red',
  reviewed: 'cyan',
  closed: 'green',
  reopened: 'red',
};

/** Every step of the risk, oldest first: what happened, when, by whom, the note and the status it moved to. */
export function RiskTimeline({ events }: { events: RiskEvent[] }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  if (events.length === 0) return <Empty description={t('riskDesk:timeline.empty')} />;
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Timeline
      data-testid="risk-timeline"
      items={sorted.map((e) => ({
        key: e.id,
        color: EVENT_COLOR[e.kind] ?? 'gray',
        content: (
          <div data-testid="timeline-event" data-kind={e.kind}>
            <Typography.Text strong>{t(`risk:event.${e.kind}`)}</Typography.Text>
            {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                {t('riskDesk:timeline.move', {
                  from: t(`risk:status.${e.fromStatus}`),
                  to: t(`risk:status.${e.toStatus}`),
                })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {t('riskDesk:timeline.whoWhen', { at: formatDateTime(e.at, locale), who: e.actorName })}
            </Typography.Text>
            {e.note && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                {e.note}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
