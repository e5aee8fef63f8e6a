import type { TFunction } from 'i18next';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { RiskActionFilter } from '../../../shared/risk/channels';
import { RISK_LEVELS } from '../../../shared/risk/levels';
import {
  ACCEPTANCE_STATES,
  RISK_ACTION_STATUSES,
  RISK_STATUSES,
  RISK_STRATEGIES,
  type Risk,
  type RiskAction,
} from '../../../shared/risk/types';
import { listEntryName } from '../../../shared/settings/lists';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { toAction } from './actionView';
import { riskActionWhere } from './actions';
import { riskListWhere, riskOrder } from './listQuery';
import { actionPage } from './repository/actions';
import { riskRows } from './repository/risks';
import { riskBook, toRisk } from './riskView';
import type { RiskListInput } from './service';

/*
 * The register and its actions as .xlsx in the reader's language, through the app's one export helper: what
 * the lists show (the same filters and order), the columns labelled as the screens label the fields.
 */

/** The most rows one export writes. */
export const RISK_EXPORT_MAX_ROWS = 100_000;

/** A listed value's label, looked up once per value rather than once per row. */
function labels(t: TFunction, prefix: string, values: readonly string[]): (value: string | null) => string {
  const map = new Map(values.map((v) => [v, t(`${prefix}.${v}`)]));
  return (value) => (value === null ? '' : (map.get(value) ?? value));
}

const column = <R>(
  t: TFunction,
  field: string,
  width: number,
  kind: ExcelColumn<R>['kind'],
  value: ExcelColumn<R>['value'],
  wrap = false,
): ExcelColumn<R> => ({ header: t(`risk:field.${field}`), width, kind, value, wrap });

export async function exportRisks(
  ctx: UserCtx,
  input: RiskListInput & { locale: Locale },
): Promise<FilePayload> {
  const { locale, ...list } = input;
  const t = translator(locale);
  const book = riskBook(ctx);
  const rows = riskRows(
    ctx.db,
    riskListWhere(ctx.user, list, book),
    riskOrder(list.sortBy, list.sortDir, book),
    book.today,
    RISK_EXPORT_MAX_ROWS,
  ).map((r) => toRisk(book, r));
  const category = (key: string) => listEntryName(book.settings.riskCategories, key, locale);
  const status = labels(t, 'risk:status', RISK_STATUSES);
  const level = labels(t, 'risk:level', RISK_LEVELS);
  const strategy = labels(t, 'risk:strategy', RISK_STRATEGIES);
  const acceptance = labels(t, 'risk:acceptance', ACCEPTANCE_STATES);
  const c = (...a: Parameters<typeof column<Risk>>) => column<Risk>(...a);
  const columns: ExcelColumn<Risk>[] = [
    c(t, 'code', 14, 'text', (r) => r.code),
    c(t, 'title', 30, 'text', (r) => r.title),
    c(t, 'category', 12, 'text', (r) => category(r.category)),
    c(t, 'status', 10, 'text', (r) => status(r.status)),
    c(t, 'owner', 12, 'text', (r) => r.ownerName),
    c(t, 'client', 24, 'text', (r) => r.clientName),
    c(t, 'identifiedOn', 12, 'date', (r) => r.identifiedOn),
    c(t, 'likelihood', 8, 'number', (r) => r.likelihood),
    c(t, 'impact', 8, 'number', (r) => r.impact),
    c(t, 'score', 8, 'number', (r) => r.score),
    c(t, 'level', 8, 'text', (r) => level(r.level)),
    c(t, 'strategy', 12, 'text', (r) => strategy(r.strategy)),
    c(t, 'acceptance', 12, 'text', (r) => acceptance(r.acceptance)),
    c(t, 'responsePlan', 40, 'text', (r) => r.responsePlan, true),
    c(t, 'lastReviewedOn', 12, 'date', (r) => r.lastReviewedOn),
    c(t, 'nextReviewOn', 12, 'date', (r) => r.nextReviewOn),
    c(t, 'openActions', 10, 'number', (r) => r.openActions),
    c(t, 'overdueActions', 10, 'number', (r) => r.overdueActions),
    c(t, 'description', 40, 'text', (r) => r.description, true),
    c(t, 'cause', 40, 'text', (r) => r.cause, true),
  ];
  return exportXlsx(
    `${t('risk:export.fileName')}-${book.today}.xlsx`,
    [excelSheet({ name: t('risk:export.sheet'), columns, rows })],
    { locale },
  );
}

export async function exportRiskActions(
  ctx: UserCtx,
  input: RiskActionFilter & { locale: Locale },
): Promise<FilePayload> {
  const { locale, ...filter } = input;
  const t = translator(locale);
  const book = riskBook(ctx);
  const rows = actionPage(ctx.db, riskActionWhere(ctx.user, filter, book), RISK_EXPORT_MAX_ROWS, 0).rows.map(
    (a) => toAction(a, book.today),
  );
  const status = labels(t, 'risk:actionStatus', RISK_ACTION_STATUSES);
  const c = (...a: Parameters<typeof column<RiskAction>>) => column<RiskAction>(...a);
  const columns: ExcelColumn<RiskAction>[] = [
    c(t, 'code', 14, 'text', (a) => a.riskCode),
    c(t, 'risk', 30, 'text', (a) => a.riskTitle),
    c(t, 'action', 40, 'text', (a) => a.title, true),
    c(t, 'owner', 12, 'text', (a) => a.ownerName),
    c(t, 'dueOn', 12, 'date', (a) => a.dueOn),
    c(t, 'actionStatus', 10, 'text', (a) => status(a.status)),
    {
      header: t('risk:export.overdue'),
      width: 8,
      kind: 'text',
      value: (a) => (a.overdue ? t('risk:export.yes') : ''),
    },
    c(t, 'doneOn', 12, 'date', (a) => a.doneOn),
    c(t, 'note', 40, 'text', (a) => a.note, true),
  ];
  return exportXlsx(
    `${t('risk:export.actionsFileName')}-${book.today}.xlsx`,
    [excelSheet({ name: t('risk:export.actionsSheet'), columns, rows })],
    { locale },
  );
}
