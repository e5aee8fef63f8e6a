import { chinaDateOf } from '../../../shared/calendar/workingTime';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { SalesPlanFilter } from '../../../shared/salesPlans/channels';
import type { SalesPlan } from '../../../shared/salesPlans/types';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { withActuals } from './planView';
import { planPage } from './repository/plans';
import { planListWhere } from './service';

/** The most plans one export writes. */
export const PLAN_EXPORT_MAX_ROWS = 20_000;

/**
 * The plans list as .xlsx in the reader's language: the same scope, filters and order as the screen, each
 * plan with its targets, actuals and progress (a percentage cell left empty where no target was set).
 */
export async function exportPlans(
  ctx: UserCtx,
  input: SalesPlanFilter & { locale: Locale },
): Promise<FilePayload> {
  const { locale, ...filter } = input;
  const t = translator(locale);
  const zh = locale === 'zh-CN';
  const rows = withActuals(ctx, planPage(ctx.db, planListWhere(ctx, filter), PLAN_EXPORT_MAX_ROWS, 0).rows);
  const pct = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  const c = (
    field: string,
    width: number,
    kind: ExcelColumn<SalesPlan>['kind'],
    value: ExcelColumn<SalesPlan>['value'],
    wrap = false,
  ): ExcelColumn<SalesPlan> => ({ header: t(`salesPlans:field.${field}`), width, kind, value, wrap });
  const columns: ExcelColumn<SalesPlan>[] = [
    c('periodKind', 8, 'text', (p) => t(`salesPlans:periodKind.${p.periodKind}`)),
    c('periodFrom', 12, 'date', (p) => p.periodFrom),
    c('periodTo', 12, 'date', (p) => p.periodTo),
    c('group', 14, 'text', (p) => (zh ? p.groupName : (p.groupNameEn ?? p.groupName))),
    c('person', 12, 'text', (p) => p.staffName ?? t('salesPlans:list.groupPlan')),
    c('revenueTarget', 16, 'money', (p) => p.revenueTargetFen),
    c('revenueActual', 16, 'money', (p) => p.actual.revenueFen),
    c('revenuePct', 10, 'number', (p) => pct(p.progress.revenuePct)),
    c('profitTarget', 16, 'money', (p) => p.profitTargetFen),
    c('profitActual', 16, 'money', (p) => p.actual.profitFen),
    c('profitPct', 10, 'number', (p) => pct(p.progress.profitPct)),
    c('uncosted', 10, 'number', (p) => p.actual.uncostedContracts),
    c('newClientsTarget', 10, 'number', (p) => p.newClientsTarget),
    c('newClientsActual', 10, 'number', (p) => p.actual.newClients),
    c('newClientsPct', 10, 'number', (p) => pct(p.progress.newClientsPct)),
    c('strategy', 40, 'text', (p) => p.strategy, true),
    c('actionPlan', 40, 'text', (p) => p.actionPlan, true),
  ];
  return exportXlsx(
    `${t('salesPlans:export.fileName')}-${chinaDateOf(ctx.clock.now().getTime())}.xlsx`,
    [excelSheet({ name: t('salesPlans:export.sheet'), columns, rows })],
    { locale },
  );
}
