import type { TFunction } from 'i18next';
import type { FilePayload } from '../../../shared/contract/fields';
import type { TicketExportInput } from '../../../shared/service/channels';
import { clockText } from '../../../shared/service/clockText';
import { listEntryName } from '../../../shared/service/settings';
import {
  TICKET_CHANNELS,
  TICKET_KINDS,
  TICKET_SEVERITIES,
  TICKET_STATUSES,
} from '../../../shared/service/types';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { getSettings } from '../settings/service';
import { ticketRowsForExport, type TicketExportRow } from './tickets';

/** The most rows one export writes: the filtered list, up to 100k. */
export const TICKET_EXPORT_MAX_ROWS = 100_000;

/** A listed value's label, looked up once per value rather than once per row. */
function labels(t: TFunction, prefix: string, values: readonly string[]): (value: string) => string {
  const map = new Map(values.map((v) => [v, t(`${prefix}.${v}`, { defaultValue: v })]));
  return (value) => map.get(value) ?? value;
}

/**
 * The ticket list as .xlsx in the reader's language, through the app's one export helper (frozen header,
 * real date cells, formula-looking text neutralised): what the list shows, with the time left said as the
 * screens say it and category and department by their names on the settings lists.
 */
export async function exportTickets(ctx: UserCtx, input: TicketExportInput): Promise<FilePayload> {
  const { locale, ...list } = input;
  const t = translator(locale);
  const settings = getSettings(ctx).settings;
  const columns = ticketColumns(t, {
    category: (key) => listEntryName(settings.serviceCategories, key, locale),
    department: (key) => listEntryName(settings.serviceDepartments, key, locale),
  });
  const day = ctx.clock.now().toISOString().slice(0, 10);
  return exportXlsx(
    `${t('service:export.fileName')}-${day}.xlsx`,
    [
      excelSheet({
        name: t('service:export.sheet'),
        columns,
        rows: ticketRowsForExport(ctx, list, TICKET_EXPORT_MAX_ROWS),
      }),
    ],
    { locale },
  );
}

function ticketColumns(
  t: TFunction,
  names: { category: (key: string) => string; department: (key: string | null) => string },
): ExcelColumn<TicketExportRow>[] {
  const kind = labels(t, 'service:kind', TICKET_KINDS);
  const status = labels(t, 'service:status', TICKET_STATUSES);
  const severity = labels(t, 'service:severity', TICKET_SEVERITIES);
  const channel = labels(t, 'service:channel', TICKET_CHANNELS);
  const column = (
    key: string,
    width: number,
    kindOf: ExcelColumn<TicketExportRow>['kind'],
    value: ExcelColumn<TicketExportRow>['value'],
  ): ExcelColumn<TicketExportRow> => ({
    header: t(`service:export.columns.${key}`),
    width,
    kind: kindOf,
    value,
  });
  return [
    column('code', 18, 'text', (r) => r.code),
    column('kind', 8, 'text', (r) => kind(r.kind)),
    column('status', 10, 'text', (r) => status(r.status)),
    column('receivedAt', 17, 'dateTime', (r) => r.receivedAt),
    column('client', 30, 'text', (r) => r.clientName),
    column('contact', 12, 'text', (r) => r.contactName),
    column('phone', 16, 'text', (r) => r.callerPhone),
    column('category', 14, 'text', (r) => names.category(r.category)),
    column('severity', 8, 'text', (r) => severity(r.severity)),
    column('channel', 10, 'text', (r) => channel(r.channel)),
    column('handler', 12, 'text', (r) => r.handlerName),
    column('responsibleDept', 14, 'text', (r) => names.department(r.responsibleDept)),
    column('timeLeft', 24, 'text', (r) => (r.clock ? clockText(r.clock, t) : null)),
    column('firstResponseAt', 17, 'dateTime', (r) => r.firstResponseAt),
    column('resolvedAt', 17, 'dateTime', (r) => r.resolvedAt),
  ];
}
