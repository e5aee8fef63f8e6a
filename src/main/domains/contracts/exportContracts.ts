import { chinaDateOf } from '../../../shared/calendar/workingTime';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { ContractFilter, ContractOrder } from '../../../shared/contracts/channels';
import type { Contract } from '../../../shared/contracts/types';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { contractRows } from './service';

/** The most rows one export writes. */
export const CONTRACT_EXPORT_MAX_ROWS = 100_000;

/** The contracts list as .xlsx in the reader's language: the screen's scope, filters and order. */
export async function exportContracts(
  ctx: UserCtx,
  input: ContractFilter & ContractOrder & { locale: Locale },
): Promise<FilePayload> {
  const { locale, ...filter } = input;
  const t = translator(locale);
  const rows = contractRows(ctx, filter, CONTRACT_EXPORT_MAX_ROWS);
  const c = (
    field: string,
    width: number,
    kind: ExcelColumn<Contract>['kind'],
    value: ExcelColumn<Contract>['value'],
    wrap = false,
  ): ExcelColumn<Contract> => ({ header: t(`contracts:field.${field}`), width, kind, value, wrap });
  const columns: ExcelColumn<Contract>[] = [
    c('code', 16, 'text', (r) => r.code),
    c('title', 30, 'text', (r) => r.title, true),
    c('client', 26, 'text', (r) => r.clientName),
    c('clientCode', 14, 'text', (r) => r.clientCode),
    c('owner', 12, 'text', (r) => r.ownerName),
    c('group', 14, 'text', (r) => r.groupName),
    c('status', 10, 'text', (r) => t(`contracts:status.${r.status}`)),
    c('amount', 16, 'money', (r) => r.amountFen),
    c('received', 16, 'money', (r) => r.receivedFen),
    c('cost', 14, 'money', (r) => r.costFen),
    c('draftedOn', 12, 'date', (r) => r.draftedOn),
    c('signedOn', 12, 'date', (r) => r.signedOn),
    c('completedOn', 12, 'date', (r) => r.completedOn),
    c('terminatedReason', 30, 'text', (r) => r.terminatedReason, true),
  ];
  return exportXlsx(
    `${t('contracts:export.fileName')}-${chinaDateOf(ctx.clock.now().getTime())}.xlsx`,
    [excelSheet({ name: t('contracts:export.sheet'), columns, rows })],
    { locale },
  );
}
