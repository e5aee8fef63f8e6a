import type { TFunction } from 'i18next';
import { chinaDateOf } from '../../../shared/calendar/workingTime';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { IncentiveFilter } from '../../../shared/incentives/channels';
import {
  INCENTIVE_KINDS,
  INCENTIVE_STATUSES,
  INCENTIVE_TYPES,
  type Incentive,
} from '../../../shared/incentives/types';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { toIncentive } from './incentiveView';
import { incentiveListWhere } from './listQuery';
import { incentiveRows } from './repository/incentives';

/*
 * The incentives list as .xlsx in the reader's language: the same scope, filters and order as the screen,
 * amounts as money, kinds and statuses translated.
 */

/** The most rows one export writes. */
export const INCENTIVE_EXPORT_MAX_ROWS = 100_000;

function labels(t: TFunction, prefix: string, values: readonly string[]): (value: string | null) => string {
  const map = new Map(values.map((v) => [v, t(`${prefix}.${v}`)]));
  return (value) => (value === null ? '' : (map.get(value) ?? value));
}

export async function exportIncentives(
  ctx: UserCtx,
  input: IncentiveFilter & { locale: Locale },
): Promise<FilePayload> {
  const { locale, ...filter } = input;
  const t = translator(locale);
  const zh = locale === 'zh-CN';
  const rows = incentiveRows(ctx.db, incentiveListWhere(ctx.user, filter), INCENTIVE_EXPORT_MAX_ROWS).map(
    (r) => toIncentive(ctx.user, r),
  );
  const type = labels(t, 'incentives:type', INCENTIVE_TYPES);
  const kind = labels(t, 'incentives:kind', INCENTIVE_KINDS);
  const status = labels(t, 'incentives:status', INCENTIVE_STATUSES);
  const c = (
    field: string,
    width: number,
    kindOf: ExcelColumn<Incentive>['kind'],
    value: ExcelColumn<Incentive>['value'],
    wrap = false,
  ): ExcelColumn<Incentive> => ({ header: t(`incentives:field.${field}`), width, kind: kindOf, value, wrap });
  const columns: ExcelColumn<Incentive>[] = [
    c('code', 14, 'text', (i) => i.code),
    c('staff', 12, 'text', (i) => i.staffName),
    c('employeeNo', 10, 'text', (i) => i.employeeNo),
    c('group', 14, 'text', (i) => (zh ? i.groupName : (i.groupNameEn ?? i.groupName))),
    c('type', 10, 'text', (i) => type(i.type)),
    c('kind', 14, 'text', (i) => kind(i.kind)),
    c('amount', 14, 'money', (i) => i.amountFen),
    c('title', 18, 'text', (i) => i.title),
    c('reason', 40, 'text', (i) => i.reason, true),
    c('effectiveOn', 12, 'date', (i) => i.effectiveOn),
    c('cycle', 24, 'text', (i) =>
      i.cycleCode ? `${i.cycleCode} ${zh ? i.cycleNameZh : (i.cycleNameEn ?? i.cycleNameZh)}` : null,
    ),
    c('grade', 8, 'text', (i) => i.grade),
    c('status', 10, 'text', (i) => status(i.status)),
    c('proposedBy', 12, 'text', (i) => i.proposedByName),
    c('proposedAt', 18, 'dateTime', (i) => i.proposedAt),
    c('decidedBy', 12, 'text', (i) => i.decidedByName),
    c('decidedAt', 18, 'dateTime', (i) => i.decidedAt),
    c('decisionComment', 30, 'text', (i) => i.decisionComment, true),
  ];
  return exportXlsx(
    `${t('incentives:export.fileName')}-${chinaDateOf(ctx.clock.now().getTime())}.xlsx`,
    [excelSheet({ name: t('incentives:export.sheet'), columns, rows })],
    { locale },
  );
}
