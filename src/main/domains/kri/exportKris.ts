import type { TFunction } from 'i18next';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { KriFilter, KriSort } from '../../../shared/kri/channels';
import type { Kri } from '../../../shared/kri/types';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { krisMatching } from './service';

/**
 * The indicator list as .xlsx in the reader's language (the app's one export helper: frozen header, real
 * dates and numbers, formula-looking text neutralised): what the list shows, in its order, with each
 * indicator's newest reading and its state.
 */
export async function exportKris(
  ctx: UserCtx,
  input: KriFilter & KriSort & { locale: Locale },
): Promise<FilePayload> {
  const { locale, ...list } = input;
  const t = translator(locale);
  const day = ctx.clock.now().toISOString().slice(0, 10);
  return exportXlsx(
    `${t('kri:export.fileName')}-${day}.xlsx`,
    [excelSheet({ name: t('kri:export.sheet'), columns: columns(t), rows: krisMatching(ctx, list) })],
    { locale },
  );
}

function columns(t: TFunction): ExcelColumn<Kri>[] {
  const column = (
    key: string,
    width: number,
    kind: ExcelColumn<Kri>['kind'],
    value: ExcelColumn<Kri>['value'],
  ): ExcelColumn<Kri> => ({ header: t(`kri:fields.${key}`), width, kind, value });
  return [
    column('code', 10, 'text', (k) => k.code),
    column('name', 30, 'text', (k) => k.name),
    column('state', 10, 'text', (k) => t(`kri:state.${k.state}`)),
    column('latestValue', 12, 'number', (k) => k.latest?.value),
    column('unit', 8, 'text', (k) => k.unit),
    column('latestOn', 12, 'date', (k) => k.latest?.periodOn),
    column('direction', 14, 'text', (k) => t(`kri:direction.${k.direction}`)),
    column('warningThreshold', 12, 'number', (k) => k.warningThreshold),
    column('alarmThreshold', 12, 'number', (k) => k.alarmThreshold),
    column('riskId', 36, 'text', (k) => (k.riskCode ? `${k.riskCode} ${k.riskTitle ?? ''}`.trim() : null)),
    column('ownerId', 12, 'text', (k) => k.ownerName),
    column('frequency', 10, 'text', (k) => t(`kri:frequency.${k.frequency}`)),
    column('source', 24, 'text', (k) => t(`kri:source.${k.source}`)),
    column('active', 8, 'text', (k) => t(k.active ? 'kri:activeYes' : 'kri:activeNo')),
    column('description', 40, 'text', (k) => k.description),
  ];
}
