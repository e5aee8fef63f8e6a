import type { TFunction } from 'i18next';
import { clientRegionText, industryLabel } from '../../../../shared/clients/displayLabels';
import type {
  Attachment,
  ClientDetail,
  Communication,
  Contact,
  StatusChange,
  Transaction,
} from '../../../../shared/clients/types';
import type { Locale } from '../../../../shared/contract/fields';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatMoneyFen,
  formatNumber,
} from '../../../../shared/i18n/format';
import { translator } from '../../../i18n/translate';
import {
  email,
  escapeHtml,
  figures,
  html,
  heading,
  join,
  keepTogether,
  keyValueTable,
  muted,
  note,
  nowrap,
  printTable,
  subject,
  type Html,
} from '../../../printing/printBlocks';
import { reportHtml } from '../../../printing/reportDocument';
import { reportFrame } from '../../../printing/reportFrame';
import { enumLabel } from './labels';

export interface ClientSheetOptions {
  /** How many of the latest communication records to print (default 10). */
  communications?: number;
  /** How many of the latest transactions to list under the summary (default 10). */
  transactions?: number;
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

/** What every part of the sheet formats with: the chosen language's labels, dates and money. */
function sheetWords(locale: Locale, t: TFunction) {
  const label = (k: string) => t(`clientFiles:sheet.${k}`);
  return {
    locale,
    t,
    label,
    none: muted(label('none')),
    date: (d: string | null) => formatDate(d, locale),
    dateTime: (iso: string | null) => formatDateTime(iso, locale),
    money: (fen: number) => formatMoneyFen(fen, locale),
    count: (n: number) => formatNumber(n, locale),
  };
}
type Words = ReturnType<typeof sheetWords>;

function basicInformation(detail: ClientDetail, w: Words): Html {
  const { t, label } = w;
  const c = detail.client;
  const field = (k: string, value: string | null) => ({ label: label(`fields.${k}`), value });
  const group = w.locale === 'en-US' ? (c.groupNameEn ?? c.groupName) : c.groupName;
  const missing = detail.completeness.missing.map((m) =>
    t(`clientFiles:sheet.missing.${m}`, { defaultValue: m }),
  );
  const completeness =
    `${detail.completeness.score}%` +
    (missing.length
      ? ` — ${label('fields.missing')}${t('reports:labelSeparator')}${missing.join(t('clientFiles:import.listSeparator'))}`
      : '');
  return keyValueTable([
    [field('code', c.code), field('name', c.name)],
    [field('type', enumLabel(t, 'type', c.type)), field('creditCode', c.creditCode)],
    [field('industry', industryLabel(t, c.industry)), field('region', clientRegionText(w.locale, c))],
    { wide: field('address', c.address) },
    [field('source', enumLabel(t, 'source', c.source)), field('tier', enumLabel(t, 'tier', c.tier))],
    [field('status', enumLabel(t, 'status', c.status)), field('statusSince', w.dateTime(c.statusChangedAt))],
    [field('owner', c.ownerName), field('group', group)],
    { wide: field('tags', c.tags.join(t('clientFiles:import.listSeparator'))) },
    [field('completeness', completeness), field('periodicUpdate', label(c.stale ? 'staleYes' : 'staleNo'))],
    [field('createdAt', w.dateTime(c.createdAt)), field('touchedAt', w.dateTime(c.touchedAt))],
    { wide: field('notes', c.notes) },
  ]);
}

function contactsTable(contacts: Contact[], w: Words): Html {
  if (contacts.length === 0) return w.none;
  const l = (k: string) => w.label(`contacts.${k}`);
  return printTable<Contact>(
    [
      { label: l('name'), kind: 'short', cell: (p) => p.name },
      { label: l('title'), kind: 'short', cell: (p) => p.title },
      { label: l('mobile'), kind: 'short', cell: (p) => p.mobile },
      { label: l('email'), kind: 'text', cell: (p) => email(p.email) },
      { label: l('wechat'), kind: 'short', cell: (p) => p.wechat },
      { label: l('birthday'), kind: 'short', cell: (p) => w.date(p.birthday) },
      { label: l('primary'), kind: 'short', cell: (p) => w.label(p.isPrimary ? 'yes' : 'no') },
    ],
    [...contacts].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)),
  );
}

function communicationsBlock(detail: ClientDetail, limit: number, w: Words): Html {
  const comms = detail.communications.slice(0, limit);
  if (comms.length === 0) return w.none;
  const l = (k: string) => w.label(`communications.${k}`);
  const shown = w.t('clientFiles:sheet.shownOf', {
    shown: comms.length,
    total: Math.max(detail.communicationsTotal, comms.length),
  });
  return join(
    note(shown),
    printTable<Communication>(
      [
        { label: l('at'), kind: 'short', cell: (m) => w.dateTime(m.at) },
        { label: l('channel'), kind: 'short', cell: (m) => enumLabel(w.t, 'channel', m.channel) },
        { label: l('staff'), kind: 'short', cell: (m) => m.staffName },
        { label: l('contact'), kind: 'short', cell: (m) => m.contactName },
        { label: l('content'), kind: 'text', cell: (m) => m.content },
        {
          label: l('nextAction'),
          kind: 'text',
          cell: (m) =>
            m.nextAction && m.nextActionDate
              ? html(
                  w.t('clientFiles:sheet.nextActionOn', {
                    action: escapeHtml(m.nextAction),
                    date: nowrap(w.date(m.nextActionDate)).html,
                  }),
                )
              : m.nextAction,
        },
      ],
      comms,
    ),
  );
}

function transactionsBlock(detail: ClientDetail, limit: number, w: Words): Html {
  const l = (k: string) => w.label(`transactions.${k}`);
  const txs = [...detail.transactions].sort((a, b) => b.date.localeCompare(a.date));
  // The summary's heading and figures stay together: a figure never parts from its label across pages.
  const summary = keepTogether(
    heading(2, w.label('sections.transactions')),
    figures([
      { label: w.label('figures.count'), value: w.count(txs.length) },
      { label: w.label('figures.total'), value: w.money(detail.transactionsTotalFen) },
      { label: w.label('figures.first'), value: txs.length ? w.date(txs.at(-1)!.date) : w.label('none') },
      { label: w.label('figures.last'), value: txs.length ? w.date(txs[0]!.date) : w.label('none') },
    ]),
  );
  if (txs.length === 0) return summary;
  const years = keepTogether(
    heading(3, w.label('sections.byYear')),
    printTable(
      [
        { label: l('year'), kind: 'short', cell: (y) => y.year },
        { label: l('count'), kind: 'num', cell: (y) => w.count(y.count) },
        { label: l('total'), kind: 'num', cell: (y) => w.money(y.totalFen) },
      ],
      byYear(txs),
      { compact: true },
    ),
  );
  const recent = join(
    heading(3, w.label('sections.recentTransactions')),
    printTable<Transaction>(
      [
        { label: l('date'), kind: 'short', cell: (tx) => w.date(tx.date) },
        { label: l('item'), kind: 'text', cell: (tx) => tx.item },
        { label: l('quantity'), kind: 'num', cell: (tx) => w.count(tx.quantity) },
        { label: l('amount'), kind: 'num', cell: (tx) => w.money(tx.amountFen) },
        { label: l('contractRef'), kind: 'short', cell: (tx) => tx.contractRef },
      ],
      txs.slice(0, limit),
    ),
  );
  return join(summary, years, recent);
}

function statusHistoryTable(history: StatusChange[], w: Words): Html {
  if (history.length === 0) return w.none;
  const l = (k: string) => w.label(`statusHistory.${k}`);
  const status = (s: string | null) => (s ? enumLabel(w.t, 'status', s) : w.label('newFile'));
  return printTable<StatusChange>(
    [
      { label: l('at'), kind: 'short', cell: (h) => w.dateTime(h.at) },
      { label: l('from'), kind: 'short', cell: (h) => status(h.from) },
      { label: l('to'), kind: 'short', cell: (h) => status(h.to) },
      { label: l('reason'), kind: 'text', cell: (h) => h.reason },
      { label: l('by'), kind: 'short', cell: (h) => h.byName },
    ],
    [...history].sort((a, b) => b.at.localeCompare(a.at)),
  );
}

function attachmentsTable(attachments: Attachment[], w: Words): Html {
  if (attachments.length === 0) return w.none;
  const l = (k: string) => w.label(`attachments.${k}`);
  return printTable<Attachment>(
    [
      { label: l('fileName'), kind: 'text', cell: (a) => a.fileName },
      { label: l('size'), kind: 'num', cell: (a) => formatBytes(a.sizeBytes, w.locale) },
      { label: l('addedAt'), kind: 'short', cell: (a) => w.dateTime(a.createdAt) },
      { label: l('addedBy'), kind: 'short', cell: (a) => a.createdByName },
    ],
    attachments,
  );
}

/**
 * The body of the client file sheet (客户档案表) for reportHtml(): key figures, basic information,
 * contacts, the latest communication records, a transactions summary (count, total, by year, latest),
 * status history and attachments — every label and value as the screens show it in the chosen language.
 */
export function clientSheetBody(
  detail: ClientDetail,
  locale: Locale,
  t: TFunction,
  options: ClientSheetOptions = {},
): Html {
  const w = sheetWords(locale, t);
  const c = detail.client;
  const section = (k: string) => heading(2, w.label(`sections.${k}`));
  return join(
    subject(c.name),
    figures([
      { label: w.label('fields.tier'), value: enumLabel(t, 'tier', c.tier) },
      { label: w.label('fields.status'), value: enumLabel(t, 'status', c.status) },
      { label: w.label('fields.completeness'), value: `${detail.completeness.score}%` },
      { label: w.label('figures.total'), value: w.money(detail.transactionsTotalFen) },
    ]),
    section('basic'),
    basicInformation(detail, w),
    section('contacts'),
    contactsTable(detail.contacts, w),
    section('communications'),
    communicationsBlock(detail, options.communications ?? 10, w),
    transactionsBlock(detail, options.transactions ?? 10, w),
    section('statusHistory'),
    statusHistoryTable(detail.statusHistory, w),
    section('attachments'),
    attachmentsTable(detail.attachments, w),
  );
}

/** The whole printable sheet: the shared report frame around the body, and its file name. */
export function clientSheetHtml(
  detail: ClientDetail,
  p: {
    locale: Locale;
    departmentName: string;
    printedAt: Date;
    communications?: number;
    fontsDir: string;
  },
): { html: string; fileName: string } {
  const t = translator(p.locale);
  const titles = clientSheetTitles(detail, t, p.printedAt.toISOString().slice(0, 10));
  const frame = reportFrame({
    locale: p.locale,
    departmentName: p.departmentName,
    title: titles.title,
    subtitle: titles.subtitle,
    printedAt: p.printedAt,
  });
  const body = clientSheetBody(detail, p.locale, t, { communications: p.communications });
  return { html: reportHtml(frame, body, p.fontsDir), fileName: titles.fileName };
}
