import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ListTag, type ListTagColor } from '../../components/ListTag';
import type { Locale } from '../../../../shared/contract/fields';
import { clockText } from '../../../../shared/service/clockText';
import { listEntryName, type ListEntry } from '../../../../shared/service/settings';
import type { TicketClock, TicketKind, TicketSeverity, TicketStatus } from '../../../../shared/service/types';

export const KIND_COLOR: Record<TicketKind, ListTagColor> = { inquiry: 'cyan', complaint: 'geekblue' };

export const STATUS_COLOR: Record<TicketStatus, ListTagColor> = {
  registered: 'gold',
  open: 'gold',
  investigating: 'blue',
  resolving: 'orange',
  feedback: 'cyan',
  answered: 'cyan',
  closed: 'green',
};

export const SEVERITY_COLOR: Record<TicketSeverity, ListTagColor> = {
  normal: 'default',
  major: 'orange',
  critical: 'red',
};

export function KindTag({ kind }: { kind: TicketKind }) {
  const { t } = useTranslation();
  return <ListTag color={KIND_COLOR[kind]}>{t(`service:kind.${kind}`)}</ListTag>;
}

export function StatusTag({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <ListTag color={STATUS_COLOR[status]}>{t(`service:status.${status}`)}</ListTag>;
}

export function SeverityTag({ severity }: { severity: TicketSeverity }) {
  const { t } = useTranslation();
  return <ListTag color={SEVERITY_COLOR[severity]}>{t(`service:severity.${severity}`)}</ListTag>;
}

const CLOCK_COLOR = { overdue: '#cf1322', near: '#d46b08' } as const;

/**
 * The running deadline's time left: red once overdue, orange when near (within the warning hours), with the
 * deadline stage and due time on hover. Nothing running (answered, resolved, closed): a dash.
 */
export function ClockText({
  clock,
  t,
  stage = false,
}: {
  clock: TicketClock | null;
  t: TFunction;
  /** Say which deadline runs (first response / resolution) before the time left. */
  stage?: boolean;
}) {
  if (!clock) return <span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('serviceDesk:clock.none')}</span>;
  const color = clock.overdue ? CLOCK_COLOR.overdue : clock.near ? CLOCK_COLOR.near : undefined;
  const text = clockText(clock, t);
  return (
    <span
      style={{ color, fontWeight: clock.overdue ? 600 : undefined }}
      data-testid="ticket-clock"
      data-state={clock.overdue ? 'overdue' : clock.near ? 'near' : 'running'}
    >
      {stage
        ? t('serviceDesk:clock.stageText', { stage: t(`serviceDesk:clock.stage.${clock.stage}`), text })
        : text}
    </span>
  );
}

/** A settings list entry (category, responsible department) in the reader's language. */
export const entryName = (list: readonly ListEntry[] | undefined, key: string | null, locale: Locale) =>
  list ? listEntryName(list, key, locale) : (key ?? '');

/** The active entries of a settings list as options, with the record's own retired key kept readable. */
export function entryOptions(list: readonly ListEntry[] | undefined, locale: Locale, keep?: string | null) {
  const active = (list ?? []).filter((e) => e.active || e.key === keep);
  const options = active.map((e) => ({ value: e.key, label: listEntryName(list ?? [], e.key, locale) }));
  if (keep && !options.some((o) => o.value === keep)) options.push({ value: keep, label: keep });
  return options;
}
