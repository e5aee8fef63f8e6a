import type { ConsolidatedRow } from '../../../shared/appraisal/forms';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { consolidated } from './consolidation';
import { cycleRow } from './cycleView';

/** The consolidated table as .xlsx, the rows the reader may see (the same scope as the screen). */
export function exportConsolidated(ctx: UserCtx, cycleId: string, locale: Locale): Promise<FilePayload> {
  const table = consolidated(ctx, cycleId);
  const cycle = cycleRow(ctx, cycleId);
  const t = translator(locale);
  const en = locale === 'en-US';
  const column = (
    key: string,
    width: number,
    kind: ExcelColumn<ConsolidatedRow>['kind'],
    value: ExcelColumn<ConsolidatedRow>['value'],
  ): ExcelColumn<ConsolidatedRow> => ({ header: t(`appraisalReview:columns.${key}`), width, kind, value });
  const columns = [
    column('employeeNo', 12, 'text', (r) => r.employeeNo),
    column('staff', 14, 'text', (r) => r.staffName),
    column('group', 14, 'text', (r) => (en ? (r.groupNameEn ?? r.groupName) : r.groupName)),
    column('position', 14, 'text', (r) => r.position),
    column('evaluator', 14, 'text', (r) => r.evaluatorName),
    column('self', 10, 'number', (r) => r.selfTotal),
    column('supervisor', 10, 'number', (r) => r.evalTotal),
    ...(cycle.kind === 'annual' ? [column('quarterMean', 12, 'number', (r) => r.quarterMean)] : []),
    column('adjusted', 10, 'number', (r) => r.adjustedTotal),
    { ...column('adjustReason', 30, 'text', (r) => r.adjustReason), wrap: true },
    column('final', 10, 'number', (r) => r.finalScore),
    column('grade', 8, 'text', (r) => r.grade),
    column('acknowledged', 17, 'dateTime', (r) => r.acknowledgedAt),
    column('appeal', 12, 'text', (r) =>
      r.appealStatus ? t(`appraisalReview:appealStatus.${r.appealStatus}`) : null,
    ),
  ];
  return exportXlsx(
    `${t('appraisalReview:export.fileName')}-${cycle.code}.xlsx`,
    [excelSheet({ name: t('appraisalReview:export.sheet'), columns, rows: table.rows })],
    { locale },
  );
}
