import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketEvent, TicketEventKind } from '../../../../shared/service/types';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';

const EVENT_COLOR: Partial<Record<TicketEventKind, string>> = {
  received: 'blue',
  closed: 'green',
  resolved: 'green',
  answered: 'green',
  reopened: 'red',
  converted: 'purple',
  assigned: 'gray',
  updated: 'gray',
};

/** Recorded this long after the time the person gave: the timeline says when it was entered too. */
const LATE_ENTRY_MS = 10 * 60 * 1000;

/**
 * Every step of the ticket, oldest first: what happened, when (as the person said), who recorded it, the
 * note (what the client was told, the reason for reopening …), and the move between statuses.
 */
export function TicketTimeline({ events }: { events: TicketEvent[] }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  if (events.length === 0) return <Empty description={t('serviceDesk:timeline.empty')} />;
  const sorted = [...events].sort(
    (a, b) => a.at.localeCompare(b.at) || a.recordedAt.localeCompare(b.recordedAt),
  );
  return (
    <Timeline
      data-testid="ticket-timeline"
      items={sorted.map((e) => ({
        key: e.id,
        color: EVENT_COLOR[e.kind] ?? 'blue',
        content: (
          <div data-testid="timeline-event" data-kind={e.kind}>
            <Typography.Text strong>{t(`service:event.${e.kind}`)}</Typography.Text>
            {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                {t('serviceDesk:timeline.move', {
                  from: t(`service:status.${e.fromStatus}`),
                  to: t(`service:status.${e.toStatus}`),
                })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {t('serviceDesk:timeline.whoWhen', {
                at: formatDateTime(e.at, locale),
                who: e.actorName ?? t('serviceDesk:none'),
              })}
              {Math.abs(Date.parse(e.recordedAt) - Date.parse(e.at)) > LATE_ENTRY_MS &&
                ` ${t('serviceDesk:timeline.recorded', { at: formatDateTime(e.recordedAt, locale) })}`}
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
