import { industryLabel } from '../clients/displayLabels';
import { regionLabel } from '../clients/regionLabel';
import type { Locale } from '../contract/fields';
import { formatDate, formatDateTime, formatMoneyFen, formatNumber } from '../i18n/format';
import { AUDIT_PRESENTATION, auditValueKind, type AuditName, type AuditValueKind } from './presentation';
import type { AuditChange, NamedAuditEntry } from './types';

/** i18next's t, from the screen's hook or main's translator. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface AuditWords {
  t: Translate;
  locale: Locale;
}

type Named = Pick<NamedAuditEntry, 'entity' | 'names'>;

/** An empty value (nothing before a field was set, nothing after it was cleared). */
export const AUDIT_EMPTY = '—';
const EMPTY = AUDIT_EMPTY;

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** A referenced record by its name (and code), marked when deleted; one that is gone entirely by its id. */
export function auditNameText(name: AuditName | undefined, id: string, w: AuditWords): string {
  if (!name) return w.t('audit:values.unknown', { id: id.slice(0, 8) });
  const label = w.locale === 'en-US' ? (name.nameEn ?? name.name) : name.name;
  const withCode = name.code ? w.t('audit:values.withCode', { name: label, code: name.code }) : label;
  return name.deleted ? w.t('audit:values.deleted', { name: withCode }) : withCode;
}

function presentOne(value: unknown, kind: AuditValueKind, entry: Named, w: AuditWords): string {
  const { t, locale } = w;
  switch (kind.kind) {
    case 'enum':
      return t(`${kind.labels}.${String(value)}`, { defaultValue: String(value) });
    case 'bool':
      return t(value ? 'audit:values.yes' : 'audit:values.no');
    case 'dateTime':
      return typeof value === 'string' ? formatDateTime(value, locale) : String(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value, locale) : String(value);
    case 'money':
      return typeof value === 'number' ? formatMoneyFen(value, locale) : String(value);
    case 'number':
      return typeof value === 'number' ? formatNumber(value, locale) : String(value);
    case 'ref':
      return auditNameText(entry.names[String(value)], String(value), w);
    case 'industry':
      return industryLabel(t, String(value));
    case 'region':
      return regionLabel(String(value), locale);
    case 'counts': {
      const counts = Object.entries((value ?? {}) as Record<string, number>).filter(([, n]) => n > 0);
      if (counts.length === 0) return EMPTY;
      return counts
        .map(([k, n]) => `${t(`${kind.labels}.${k}`, { defaultValue: k })} ${formatNumber(n, locale)}`)
        .join(t('audit:values.listSeparator'));
    }
    case 'period': {
      const p = value as { start?: unknown; end?: unknown };
      return t('audit:values.period', { start: String(p.start), end: String(p.end) });
    }
    case 'listEntry': {
      const e = value as { key?: unknown; nameZh?: unknown; nameEn?: unknown; active?: unknown };
      const name = String((locale === 'en-US' ? e.nameEn : e.nameZh) ?? e.key);
      return e.active === false ? t('audit:values.retired', { name }) : name;
    }
    case 'deadlines':
      return deadlinesText(value, w);
    case 'ratingBand': {
      const b = value as { min?: unknown; max?: unknown; anchorZh?: unknown; anchorEn?: unknown };
      return t('audit:values.ratingBand', {
        min: String(b.min),
        max: String(b.max),
        anchor: String((locale === 'en-US' ? b.anchorEn : b.anchorZh) ?? ''),
      });
    }
    case 'weightedIndicator': {
      const item = value as { indicatorId?: unknown; weight?: unknown };
      const id = String(item.indicatorId);
      return t('audit:values.weightedIndicator', {
        name: auditNameText(entry.names[id], id, w),
        weight: typeof item.weight === 'number' ? formatNumber(item.weight, locale) : String(item.weight),
      });
    }
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** "Inquiry answer: normal 24 h, major 24 h, critical 8 working h; …" */
function deadlinesText(value: unknown, w: AuditWords): string {
  const { t, locale } = w;
  return Object.entries((value ?? {}) as Record<string, Record<string, { hours: number; mode: string }>>)
    .map(([kind, bySeverity]) => {
      const parts = Object.entries(bySeverity).map(([severity, d]) =>
        t(d.mode === 'working' ? 'audit:values.deadlineWorking' : 'audit:values.deadline', {
          severity: t(`audit:values.severity.${severity}`, { defaultValue: severity }),
          hours: formatNumber(d.hours, locale),
        }),
      );
      return t('audit:values.deadlineLine', {
        kind: t(`audit:values.deadlineKind.${kind}`, { defaultValue: kind }),
        deadlines: parts.join(t('audit:values.listSeparator')),
      });
    })
    .join(t('audit:values.deadlineSeparator'));
}

/** One value of a field as a person reads it: translated, named, in local time, in yuan; "—" when empty. */
export function auditValueText(entry: Named, field: string, value: unknown, w: AuditWords): string {
  if (isEmpty(value)) return EMPTY;
  const kind = auditValueKind(entry.entity, field, value);
  if (Array.isArray(value) && kind.kind !== 'counts')
    return value
      .map((v) => presentOne(v, kind.kind === 'list' ? { kind: 'text' } : kind, entry, w))
      .join(w.t('audit:values.listSeparator'));
  return presentOne(value, kind, entry, w);
}

export const auditEntityText = (entity: string, w: AuditWords): string =>
  w.t(`audit:entities.${entity}`, { defaultValue: entity });

export const auditActionText = (action: string, w: AuditWords): string =>
  w.t(`audit:actions.${action}`, { defaultValue: action });

/** The record a trail row is about, by name: "杭州华东贸易（KH-2026-00042）", a backup's file name … */
export function auditRecordText(entry: Named & Pick<NamedAuditEntry, 'entityId'>, w: AuditWords): string {
  if (!entry.entityId) return '';
  const record = AUDIT_PRESENTATION[entry.entity]?.record;
  if (record === 'text' || record === null || record === undefined) return entry.entityId;
  return auditNameText(entry.names[entry.entityId], entry.entityId, w);
}

export interface AuditChangeText {
  field: string;
  label: string;
  before: string;
  after: string;
}

/**
 * The changed fields with their labels and presented values; left out: the record's own id, on a
 * creation the record it belongs to (both already named by the record column), and empty to empty.
 */
export function auditChangeTexts(
  entry: Named & Pick<NamedAuditEntry, 'changes'>,
  w: AuditWords,
): AuditChangeText[] {
  const parent = AUDIT_PRESENTATION[entry.entity]?.parent;
  return (
    entry.changes
      .filter((c) => auditValueKind(entry.entity, c.field, c.after ?? c.before).kind !== 'self')
      .filter((c) => !(c.field === parent && isEmpty(c.before)))
      .map((c: AuditChange) => ({
        field: c.field,
        label: w.t(`audit:fieldLabels.${entry.entity}.${c.field}`, { defaultValue: c.field }),
        before: auditValueText(entry, c.field, c.before, w),
        after: auditValueText(entry, c.field, c.after, w),
      }))
      // Nothing to nothing (an empty list where there was none): not a change anyone reads.
      .filter((c) => c.before !== EMPTY || c.after !== EMPTY)
  );
}

/** One change as a line of text (the Excel export): "类型：企业 → 个人"; a field set from nothing, "类型：企业". */
export function auditChangeLine(change: AuditChangeText, w: AuditWords): string {
  return change.before === EMPTY
    ? w.t('audit:valueLine', { field: change.label, value: change.after })
    : w.t('audit:changeLine', { field: change.label, before: change.before, after: change.after });
}
