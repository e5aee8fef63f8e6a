import type { TFunction } from 'i18next';
import type { FilePayload } from '../../../shared/contract/fields';
import type { DecisionExportInput, MeetingExportInput } from '../../../shared/meetings/channels';
import type { MeetingDecision, RiskMeeting } from '../../../shared/meetings/types';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { listDecisions } from './decisions';
import { todayOf } from './meetingView';
import { listMeetings } from './service';

/** The most rows one export writes. */
export const MEETING_EXPORT_MAX_ROWS = 100_000;

function column<R>(
  t: TFunction,
  key: string,
  width: number,
  kind: ExcelColumn<R>['kind'],
  value: ExcelColumn<R>['value'],
): ExcelColumn<R> {
  return { header: t(`meetings:fields.${key}`), width, kind, value };
}

/** The meeting list as .xlsx in the reader's language: what the list shows, filtered and sorted the same. */
export async function exportMeetings(ctx: UserCtx, input: MeetingExportInput): Promise<FilePayload> {
  const { locale, ...query } = input;
  const t = translator(locale);
  const page = listMeetings(ctx, { ...query, page: 1, pageSize: MEETING_EXPORT_MAX_ROWS });
  const time = (r: RiskMeeting) => [r.startTime, r.endTime].filter(Boolean).join('–') || null;
  const columns: ExcelColumn<RiskMeeting>[] = [
    column(t, 'code', 16, 'text', (r) => r.code),
    column(t, 'title', 36, 'text', (r) => r.title),
    column(t, 'type', 10, 'text', (r) => t(`meetings:type.${r.type}`)),
    column(t, 'heldOn', 12, 'date', (r) => r.heldOn),
    column(t, 'time', 12, 'text', time),
    column(t, 'location', 18, 'text', (r) => r.location),
    column(t, 'chairId', 12, 'text', (r) => r.chairName),
    column(t, 'attendeeCount', 10, 'number', (r) => r.attendeeCount),
    column(t, 'decisionCount', 10, 'number', (r) => r.decisionCount),
    column(t, 'openDecisions', 10, 'number', (r) => r.openDecisions),
    column(t, 'riskCount', 10, 'number', (r) => r.riskCount),
    column(t, 'status', 10, 'text', (r) => t(`meetings:status.${r.status}`)),
    column(t, 'issuedAt', 17, 'dateTime', (r) => r.issuedAt),
  ];
  return exportXlsx(
    `${t('meetings:export.meetingsFile')}-${todayOf(ctx)}.xlsx`,
    [excelSheet({ name: t('meetings:export.meetingsSheet'), columns, rows: page.items })],
    { locale },
  );
}

/** The decisions list as .xlsx: each with its meeting, owner, due date, status and what came of it. */
export async function exportDecisions(ctx: UserCtx, input: DecisionExportInput): Promise<FilePayload> {
  const { locale, ...query } = input;
  const t = translator(locale);
  const page = listDecisions(ctx, { ...query, page: 1, pageSize: MEETING_EXPORT_MAX_ROWS });
  const columns: ExcelColumn<MeetingDecision>[] = [
    column(t, 'meetingCode', 16, 'text', (d) => d.meetingCode),
    column(t, 'meetingTitle', 30, 'text', (d) => d.meetingTitle),
    column(t, 'heldOn', 12, 'date', (d) => d.meetingHeldOn),
    { ...column<MeetingDecision>(t, 'decision', 48, 'text', (d) => d.text), wrap: true },
    column(t, 'owner', 12, 'text', (d) => d.ownerName),
    column(t, 'dueOn', 12, 'date', (d) => d.dueOn),
    column(t, 'decisionStatus', 10, 'text', (d) =>
      d.overdue ? t('meetings:decisionStatus.overdue') : t(`meetings:decisionStatus.${d.status}`),
    ),
    column(t, 'doneOn', 12, 'date', (d) => d.doneOn),
    { ...column<MeetingDecision>(t, 'note', 30, 'text', (d) => d.note), wrap: true },
  ];
  return exportXlsx(
    `${t('meetings:export.decisionsFile')}-${todayOf(ctx)}.xlsx`,
    [excelSheet({ name: t('meetings:export.decisionsSheet'), columns, rows: page.items })],
    { locale },
  );
}
