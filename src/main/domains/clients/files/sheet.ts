import type { TFunction } from 'i18next';
import type { ClientDetail, Transaction } from '../../../../shared/clients/types';
import type { Locale } from '../../../../shared/contract/fields';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { escapeHtml as e } from '../../../printing/reportDocument';
import { enumLabel } from './labels';

export interface ClientSheetOptions {
  /** How many of the latest communication records to print (default 10). */
  communications?: number;
  /** How many of the latest transactions to list under the summary (default 10). */
  transactions?: number;
}

/** Integer fen as yuan with the ¥ sign, grouped the locale's way. */
export function formatFen(fen: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  }).format(fen / 100);
}

function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: i === 0 ? 0 : 1 }).format(v)} ${units[i]}`;
}

/**
 * The sheet's title, subtitle and file name, for the report frame. The subtitle (repeated in every page
 * header) is the client code only: the name is free text, printed in the body where it is escaped as HTML.
 */
export function clientSheetTitles(detail: ClientDetail, t: TFunction, day: string) {
  const { code } = detail.client;
  return {
    title: t('clientFiles:sheet.title'),
    subtitle: t('clientFiles:sheet.subtitle', { code }),
    fileName: `${t('clientFiles:sheet.fileName')}-${code}-${day}.pdf`,
  };
}

const STYLE = `<style>
table.kv th { width: 17%; white-space: nowrap; }
table.kv td { width: 33%; }
td.text { white-space: pre-wrap; word-break: break-word; }
td.nowrap, th.nowrap { white-space: nowrap; }
.note { color: #666; font-size: 8.5pt; margin: -1mm 0 2mm; }
.client-name { font-size: 13pt; font-weight: 700; margin: -2mm 0 2mm; word-break: break-word; }
</style>`;

/** A table whose header repeats on every page; cells are HTML already escaped by the caller. */
function table(headers: { label: string; num?: boolean }[], rows: string[][]): string {
  const head = headers.map((h) => `<th${h.num ? ' class="num"' : ''}>${e(h.label)}</th>`).join('');
  const cellClass = (i: number) => (headers[i]?.num ? 'num nowrap' : 'text');
  const body = rows
    .map((r) => `<tr>${r.map((cell, i) => `<td class="${cellClass(i)}">${cell}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function byYear(transactions: Transaction[]): { year: string; count: number; totalFen: number }[] {
  const years = new Map<string, { count: number; totalFen: number }>();
  for (const tx of transactions) {
    const year = tx.date.slice(0, 4);
    const y = years.get(year) ?? { count: 0, totalFen: 0 };
    y.count++;
    y.totalFen += tx.amountFen;
    years.set(year, y);
  }
  return [...years.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([year, y]) => ({ year, ...y }));
}

/**
 * The body of the client file sheet (客户档案表) for reportHtml(): key figures, basic information,
 * contacts, the latest communication records, a transactions summary (count, total, by year, latest),
 * status history and attachments — every label in the chosen language, every value escaped.
 */
export function clientSheetBody(
  detail: ClientDetail,
  locale: Locale,
  t: TFunction,
  options: ClientSheetOptions = {},
): string {
  const c = detail.client;
  const none = `<span class="muted">${e(t('clientFiles:sheet.none'))}</span>`;
  const text = (v: string | null | undefined) => (v ? e(v) : '');
  const label = (k: string) => t(`clientFiles:sheet.${k}`);
  const section = (k: string, extra = '') => `<h2>${e(label(`sections.${k}`))}${extra}</h2>`;
  const date = (d: string | null) => (d ? e(formatDate(d, locale)) : '');
  const dateTime = (iso: string | null) => (iso ? e(formatDateTime(iso, locale)) : '');
  const yesNo = (b: boolean) => e(label(b ? 'yes' : 'no'));
  const money = (fen: number) => e(formatFen(fen, locale));

  const figures = [
    { label: label('fields.tier'), value: enumLabel(t, 'tier', c.tier) },
    { label: label('fields.status'), value: enumLabel(t, 'status', c.status) },
    { label: label('fields.completeness'), value: `${detail.completeness.score}%` },
    { label: label('figures.total'), value: formatFen(detail.transactionsTotalFen, locale) },
  ]
    .map(
      (f) =>
        `<div class="figure"><div class="value">${e(f.value)}</div><div class="label">${e(f.label)}</div></div>`,
    )
    .join('');

  const group = locale === 'en-US' ? (c.groupNameEn ?? c.groupName) : c.groupName;
  const region = [c.province, c.city].filter(Boolean).join(' ');
  const missing = detail.completeness.missing.map((m) =>
    t(`clientFiles:sheet.missing.${m}`, { defaultValue: m }),
  );
  const completeness =
    `${detail.completeness.score}%` +
    (missing.length
      ? ` — ${label('fields.missing')}: ${missing.join(t('clientFiles:import.listSeparator'))}`
      : '');
  const pair = (k1: string, v1: string, k2: string, v2: string) =>
    `<tr><th>${e(label(`fields.${k1}`))}</th><td class="text">${v1}</td><th>${e(label(`fields.${k2}`))}</th><td class="text">${v2}</td></tr>`;
  const wide = (k: string, v: string) =>
    `<tr><th>${e(label(`fields.${k}`))}</th><td class="text" colspan="3">${v}</td></tr>`;
  const basic = `<table class="kv"><tbody>
    ${pair('code', e(c.code), 'name', e(c.name))}
    ${pair('type', e(enumLabel(t, 'type', c.type)), 'creditCode', text(c.creditCode))}
    ${pair('industry', text(c.industry), 'region', e(region))}
    ${wide('address', text(c.address))}
    ${pair('source', e(enumLabel(t, 'source', c.source)), 'tier', e(enumLabel(t, 'tier', c.tier)))}
    ${pair('status', e(enumLabel(t, 'status', c.status)), 'statusSince', dateTime(c.statusChangedAt))}
    ${pair('owner', text(c.ownerName), 'group', text(group))}
    ${wide('tags', e(c.tags.join(', ')))}
    ${pair('completeness', e(completeness), 'periodicUpdate', e(label(c.stale ? 'staleYes' : 'staleNo')))}
    ${pair('createdAt', dateTime(c.createdAt), 'touchedAt', dateTime(c.touchedAt))}
    ${wide('notes', text(c.notes))}
  </tbody></table>`;

  const contacts = detail.contacts.length
    ? table(
        ['name', 'title', 'mobile', 'email', 'wechat', 'birthday', 'primary'].map((k) => ({
          label: label(`contacts.${k}`),
        })),
        [...detail.contacts]
          .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary))
          .map((p) => [
            e(p.name),
            text(p.title),
            text(p.mobile),
            text(p.email),
            text(p.wechat),
            date(p.birthday),
            yesNo(p.isPrimary),
          ]),
      )
    : none;

  const commLimit = options.communications ?? 10;
  const comms = detail.communications.slice(0, commLimit);
  const commNote =
    comms.length > 0
      ? `<div class="note">${e(t('clientFiles:sheet.shownOf', { shown: comms.length, total: Math.max(detail.communicationsTotal, comms.length) }))}</div>`
      : '';
  const communications = comms.length
    ? table(
        ['at', 'channel', 'staff', 'contact', 'content', 'nextAction'].map((k) => ({
          label: label(`communications.${k}`),
        })),
        comms.map((m) => [
          dateTime(m.at),
          e(enumLabel(t, 'channel', m.channel)),
          text(m.staffName),
          text(m.contactName),
          e(m.content),
          m.nextAction ? `${e(m.nextAction)}${m.nextActionDate ? ` (${date(m.nextActionDate)})` : ''}` : '',
        ]),
      )
    : none;

  const txs = [...detail.transactions].sort((a, b) => b.date.localeCompare(a.date));
  const txFigures = [
    { label: label('figures.count'), value: txs.length.toLocaleString(locale) },
    { label: label('figures.total'), value: formatFen(detail.transactionsTotalFen, locale) },
    {
      label: label('figures.first'),
      value: txs.length ? formatDate(txs[txs.length - 1]!.date, locale) : label('none'),
    },
    { label: label('figures.last'), value: txs.length ? formatDate(txs[0]!.date, locale) : label('none') },
  ]
    .map(
      (f) =>
        `<div class="figure"><div class="value">${e(f.value)}</div><div class="label">${e(f.label)}</div></div>`,
    )
    .join('');
  const years = byYear(txs);
  const yearTable = years.length
    ? `<h3>${e(label('sections.byYear'))}</h3>` +
      table(
        [
          { label: label('transactions.year') },
          { label: label('transactions.count'), num: true },
          { label: label('transactions.total'), num: true },
        ],
        years.map((y) => [e(y.year), e(y.count.toLocaleString(locale)), money(y.totalFen)]),
      )
    : '';
  const txLimit = options.transactions ?? 10;
  const recent = txs.length
    ? `<h3>${e(label('sections.recentTransactions'))}</h3>` +
      table(
        [
          { label: label('transactions.date') },
          { label: label('transactions.item') },
          { label: label('transactions.quantity'), num: true },
          { label: label('transactions.amount'), num: true },
          { label: label('transactions.contractRef') },
        ],
        txs
          .slice(0, txLimit)
          .map((tx) => [
            date(tx.date),
            e(tx.item),
            e(tx.quantity.toLocaleString(locale)),
            money(tx.amountFen),
            text(tx.contractRef),
          ]),
      )
    : '';

  const statusName = (s: string | null) => (s ? e(enumLabel(t, 'status', s)) : e(label('newFile')));
  const history = detail.statusHistory.length
    ? table(
        ['at', 'from', 'to', 'reason', 'by'].map((k) => ({ label: label(`statusHistory.${k}`) })),
        [...detail.statusHistory]
          .sort((a, b) => b.at.localeCompare(a.at))
          .map((h) => [dateTime(h.at), statusName(h.from), statusName(h.to), text(h.reason), text(h.byName)]),
      )
    : none;

  const attachments = detail.attachments.length
    ? table(
        [
          { label: label('attachments.fileName') },
          { label: label('attachments.size'), num: true },
          { label: label('attachments.addedAt') },
          { label: label('attachments.addedBy') },
        ],
        detail.attachments.map((a) => [
          e(a.fileName),
          e(formatBytes(a.sizeBytes, locale)),
          dateTime(a.createdAt),
          text(a.createdByName),
        ]),
      )
    : none;

  return [
    STYLE,
    `<div class="client-name">${e(c.name)}</div>`,
    `<div class="figures">${figures}</div>`,
    section('basic'),
    basic,
    section('contacts'),
    contacts,
    section('communications'),
    commNote,
    communications,
    section('transactions'),
    `<div class="figures">${txFigures}</div>`,
    yearTable,
    recent,
    section('statusHistory'),
    history,
    section('attachments'),
    attachments,
  ].join('\n');
}
