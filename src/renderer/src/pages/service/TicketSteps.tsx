import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_STATUSES,
  INQUIRY_STATUSES,
  type TicketDetail,
  type TicketStatus,
} from '../../../../shared/service/types';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';

/** When the ticket last reached a status: its latest move into it (received for the first one). */
function reachedAt(detail: TicketDetail, status: TicketStatus, first: boolean): string | null {
  const moves = detail.events.filter((e) => e.toStatus === status && e.fromStatus !== status);
  const latest = moves.reduce<string | null>((at, e) => (at === null || e.at > at ? e.at : at), null);
  return latest ?? (first ? detail.receivedAt : null);
}

/**
 * The workflow as a bar of steps: complaint 已登记 → 调查中 → 处理中 → 待回访 → 已关闭, inquiry 待答复 → 已答复 →
 * 已关闭; the steps behind are done (with when), the current one is where the ticket is.
 */
export function TicketSteps({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const steps = detail.kind === 'complaint' ? COMPLAINT_STATUSES : INQUIRY_STATUSES;
  const current = Math.max(0, (steps as readonly TicketStatus[]).indexOf(detail.status));
  const closed = detail.status === 'closed';
  return (
    <Steps
      size="small"
      current={current}
      status={closed ? 'finish' : 'process'}
      data-testid="ticket-steps"
      items={steps.map((s, i) => {
        const at = i <= current ? reachedAt(detail, s, i === 0) : null;
        return {
          key: s,
          title: t(`service:status.${s}`),
          content: at ? formatDateTime(at, locale) : undefined,
        };
      })}
    />
  );
}
