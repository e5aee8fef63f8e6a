import type { TFunction } from 'i18next';
import type { ParsedInputOf } from '../../../shared/contract/channel';
import type { FilePayload } from '../../../shared/contract/fields';
import type { controlChannels } from '../../../shared/control/channels';
import type { ControlAudit, ControlFinding, Rectification } from '../../../shared/control/types';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { auditsForExport, todayOf } from './audits';
import { findingsForExport } from './findings';
import { rectificationsForExport } from './rectifications';

/** The most rows one export writes. */
export const CONTROL_EXPORT_MAX_ROWS = 100_000;

type Input<C extends keyof typeof controlChannels> = ParsedInputOf<(typeof controlChannels)[C]>;

function columnMaker<R>(t: TFunction) {
  return (key: string, width: number, kind: ExcelColumn<R>['kind'], value: ExcelColumn<R>['value']) =>
    ({ header: t(`control:fields.${key}`), width, kind, value }) satisfies ExcelColumn<R>;
}

function file(ctx: UserCtx, t: TFunction, what: 'audits' | 'findings' | 'rectifications') {
  return `${t(`control:export.${what}`)}-${todayOf(ctx)}.xlsx`;
}

/** The audit list as .xlsx in the reader's language: what the list shows, with the auditors by name. */
export function exportAudits(ctx: UserCtx, input: Input<'control.exportAudits'>): Promise<FilePayload> {
  const { locale, ...list } = input;
  const t = translator(locale);
  const c = columnMaker<ControlAudit>(t);
  const columns = [
    c('code', 16, 'text', (a) => a.code),
    c('type', 12, 'text', (a) => t(`control:auditType.${a.type}`)),
    c('title', 30, 'text', (a) => a.title),
    c('status', 10, 'text', (a) => t(`control:auditStatus.${a.status}`)),
    c('auditOn', 12, 'date', (a) => a.auditOn),
    c('periodFrom', 12, 'date', (a) => a.periodFrom),
    c('periodTo', 12, 'date', (a) => a.periodTo),
    c('leadAuditor', 12, 'text', (a) => a.auditors.find((x) => x.lead)?.name ?? null),
    c('auditors', 24, 'text', (a) => a.auditors.map((x) => x.name).join(t('control:listSeparator'))),
    c('scope', 40, 'text', (a) => a.scope),
    c('findingCount', 10, 'number', (a) => a.findingCount),
    c('openRectifications', 12, 'number', (a) => a.openRectifications),
    c('conclusion', 40, 'text', (a) => a.conclusion),
  ];
  return exportXlsx(
    file(ctx, t, 'audits'),
    [
      excelSheet({
        name: t('control:export.audits'),
        columns,
        rows: auditsForExport(ctx, list, CONTROL_EXPORT_MAX_ROWS),
      }),
    ],
    { locale },
  );
}

export function exportFindings(ctx: UserCtx, input: Input<'control.exportFindings'>): Promise<FilePayload> {
  const { locale, ...list } = input;
  const t = translator(locale);
  const c = columnMaker<ControlFinding>(t);
  const columns = [
    c('findingCode', 18, 'text', (f) => f.code),
    c('auditCode', 16, 'text', (f) => f.auditCode),
    c('auditTitle', 26, 'text', (f) => f.auditTitle),
    c('severity', 8, 'text', (f) => t(`control:severity.${f.severity}`)),
    c('findingTitle', 30, 'text', (f) => f.title),
    c('description', 40, 'text', (f) => f.description),
    c('risk', 30, 'text', (f) => (f.riskCode ? `${f.riskCode} ${f.riskTitle ?? ''}`.trim() : null)),
    c('process', 20, 'text', (f) => f.process),
    c('rectificationCount', 10, 'number', (f) => f.rectificationCount),
    c('openRectifications', 12, 'number', (f) => f.openRectifications),
    c('createdAt', 17, 'dateTime', (f) => f.createdAt),
  ];
  return exportXlsx(
    file(ctx, t, 'findings'),
    [
      excelSheet({
        name: t('control:export.findings'),
        columns,
        rows: findingsForExport(ctx, list, CONTROL_EXPORT_MAX_ROWS),
      }),
    ],
    { locale },
  );
}

export function exportRectifications(
  ctx: UserCtx,
  input: Input<'control.exportRectifications'>,
): Promise<FilePayload> {
  const { locale, ...list } = input;
  const t = translator(locale);
  const c = columnMaker<Rectification>(t);
  const columns = [
    c('findingCode', 18, 'text', (r) => r.findingCode),
    c('findingTitle', 26, 'text', (r) => r.findingTitle),
    c('severity', 8, 'text', (r) => t(`control:severity.${r.severity}`)),
    c('requirement', 40, 'text', (r) => r.requirement),
    c('owner', 12, 'text', (r) => r.ownerName),
    c('dueOn', 12, 'date', (r) => r.dueOn),
    c('rectificationStatus', 10, 'text', (r) => t(`control:rectificationStatus.${r.status}`)),
    c('overdue', 8, 'text', (r) => (r.overdue ? t('control:yes') : null)),
    c('evidenceNote', 40, 'text', (r) => r.evidenceNote),
    c('evidenceCount', 8, 'number', (r) => r.evidenceCount),
    c('submittedAt', 17, 'dateTime', (r) => r.submittedAt),
    c('verifiedBy', 12, 'text', (r) => r.verifiedByName),
    c('verifiedAt', 17, 'dateTime', (r) => r.verifiedAt),
    c('verifyComment', 30, 'text', (r) => r.verifyComment),
    c('auditCode', 16, 'text', (r) => r.auditCode),
  ];
  return exportXlsx(
    file(ctx, t, 'rectifications'),
    [
      excelSheet({
        name: t('control:export.rectifications'),
        columns,
        rows: rectificationsForExport(ctx, list, CONTROL_EXPORT_MAX_ROWS),
      }),
    ],
    { locale },
  );
}
