import {
  auditActionText,
  auditChangeLine,
  auditChangeTexts,
  auditEntityText,
  auditRecordText,
  type AuditWords,
} from '../../../shared/audit/present';
import type { AuditEntry, NamedAuditEntry } from '../../../shared/audit/types';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { excelSheet, exportXlsx } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';

/** Rows named together: one name lookup per kind of record per batch. */
const BATCH = 500;

async function* named(
  entries: Iterable<AuditEntry>,
  name: (batch: AuditEntry[]) => NamedAuditEntry[],
): AsyncGenerator<NamedAuditEntry> {
  let batch: AuditEntry[] = [];
  for (const e of entries) {
    batch.push(e);
    if (batch.length === BATCH) {
      yield* name(batch);
      batch = [];
    }
  }
  yield* name(batch);
}

/**
 * The trail as .xlsx, read as the screen reads it: the time a real date cell in local time, records and
 * referenced ids by name, values translated and formatted (present.ts), through the one export helper.
 */
export function auditWorkbook(
  entries: Iterable<AuditEntry>,
  name: (batch: AuditEntry[]) => NamedAuditEntry[],
  options: { locale: Locale; now: Date },
): Promise<FilePayload> {
  const t = translator(options.locale);
  const w: AuditWords = { t, locale: options.locale };
  const col = (k: string) => t(`audit:columns.${k}`);
  const day = options.now.toISOString().slice(0, 10);
  return exportXlsx(
    `${t('audit:fileName')}-${day}.xlsx`,
    [
      excelSheet<NamedAuditEntry>({
        name: t('audit:title'),
        columns: [
          { header: col('at'), width: 18, kind: 'dateTime', value: (e) => e.at },
          { header: col('actor'), width: 14, kind: 'text', value: (e) => e.actorName ?? t('audit:system') },
          { header: col('entity'), width: 14, kind: 'text', value: (e) => auditEntityText(e.entity, w) },
          { header: col('record'), width: 32, kind: 'text', wrap: true, value: (e) => auditRecordText(e, w) },
          { header: col('action'), width: 14, kind: 'text', value: (e) => auditActionText(e.action, w) },
          {
            header: col('changes'),
            width: 70,
            kind: 'text',
            wrap: true,
            value: (e) =>
              auditChangeTexts(e, w)
                .map((c) => auditChangeLine(c, w))
                .join('\n'),
          },
          { header: col('entityId'), width: 38, kind: 'text', value: (e) => e.entityId },
        ],
        rows: named(entries, name),
      }),
    ],
    { locale: options.locale },
  );
}
