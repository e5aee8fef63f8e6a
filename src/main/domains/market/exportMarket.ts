import type { TFunction } from 'i18next';
import type { ParsedInputOf } from '../../../shared/contract/channel';
import type { FilePayload } from '../../../shared/contract/fields';
import type { marketChannels } from '../../../shared/market/channels';
import { costPer } from '../../../shared/market/rules';
import type { MarketResearch, PromotionActivity } from '../../../shared/market/types';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { activitiesForExport } from './activities';
import { researchForExport, todayOf } from './research';

/** The most rows one export writes. */
export const MARKET_EXPORT_MAX_ROWS = 100_000;

type Input<C extends keyof typeof marketChannels> = ParsedInputOf<(typeof marketChannels)[C]>;

function columnMaker<R>(t: TFunction) {
  return (key: string, width: number, kind: ExcelColumn<R>['kind'], value: ExcelColumn<R>['value']) =>
    ({ header: t(`market:fields.${key}`), width, kind, value }) satisfies ExcelColumn<R>;
}

/** The research list as .xlsx in the reader's language: the same filters and order as the screen. */
export function exportResearch(ctx: UserCtx, input: Input<'market.exportResearch'>): Promise<FilePayload> {
  const { locale, ...list } = input;
  const t = translator(locale);
  const c = columnMaker<MarketResearch>(t);
  const name = t('market:export.research');
  return exportXlsx(
    `${name}-${todayOf(ctx)}.xlsx`,
    [
      excelSheet({
        name,
        columns: [
          c('code', 14, 'text', (r) => r.code),
          c('topic', 30, 'text', (r) => r.topic),
          c('targetGroup', 20, 'text', (r) => r.targetGroup),
          c('conductedOn', 12, 'date', (r) => r.conductedOn),
          c('owner', 12, 'text', (r) => r.ownerName),
          c('fileCount', 8, 'number', (r) => r.fileCount),
          c('findings', 60, 'text', (r) => r.findings),
        ],
        rows: researchForExport(ctx, list, MARKET_EXPORT_MAX_ROWS),
      }),
    ],
    { locale },
  );
}

/** The activities as .xlsx: cost, leads, won deals and what each cost, as the list shows them. */
export function exportActivities(
  ctx: UserCtx,
  input: Input<'market.exportActivities'>,
): Promise<FilePayload> {
  const { locale, ...list } = input;
  const t = translator(locale);
  const c = columnMaker<PromotionActivity>(t);
  const name = t('market:export.activities');
  return exportXlsx(
    `${name}-${todayOf(ctx)}.xlsx`,
    [
      excelSheet({
        name,
        columns: [
          c('code', 14, 'text', (a) => a.code),
          c('kind', 10, 'text', (a) => t(`market:kind.${a.kind}`)),
          c('title', 30, 'text', (a) => a.title),
          c('heldOn', 12, 'date', (a) => a.heldOn),
          c('endsOn', 12, 'date', (a) => a.endsOn),
          c('place', 20, 'text', (a) => a.place),
          c('owner', 12, 'text', (a) => a.ownerName),
          c('cost', 14, 'money', (a) => a.costFen),
          c('attendees', 10, 'number', (a) => a.attendees),
          c('leadCount', 10, 'number', (a) => a.leadCount),
          c('wonCount', 10, 'number', (a) => a.wonCount),
          c('costPerLead', 14, 'money', (a) => costPer(a.costFen, a.leadCount)),
          c('costPerWon', 14, 'money', (a) => costPer(a.costFen, a.wonCount)),
          c('notes', 40, 'text', (a) => a.notes),
        ],
        rows: activitiesForExport(ctx, list, MARKET_EXPORT_MAX_ROWS),
      }),
    ],
    { locale },
  );
}
