import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/contract/fields';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/i18n/format';
import { listEntryName, type ListEntry } from '../../../shared/service/settings';
import type { TicketAction, TicketDetail, TicketEvent } from '../../../shared/service/types';
import { translator } from '../../i18n/translate';
import {
  escapeHtml,
  heading,
  html,
  join,
  keepTogether,
  keyValueTable,
  muted,
  printTable,
  signatureLines,
  subject,
  type Html,
  type KeyValue,
} from '../../printing/printBlocks';
import { reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';

export interface HandlingFormInput {
  ticket: TicketDetail;
  lists: { serviceCategories: readonly ListEntry[]; serviceDepartments: readonly ListEntry[] };
  locale: Locale;
  departmentName: string;
  printedAt: Date;
  fontsDir: string;
}

function formWords(input: HandlingFormInput, t: TFunction) {
  const { locale, lists } = input;
  const label = (k: string, values?: Record<string, unknown>) => t(`serviceReports:form.${k}`, values);
  return {
    locale,
    t,
    label,
    none: muted(t('serviceReports:none')),
    dateTime: (iso: string | null) => formatDateTime(iso, locale),
    date: (d: string | null) => formatDate(d, locale),
    category: (key: string) => listEntryName(lists.serviceCategories, key, locale),
    department: (key: string | null) => listEntryName(lists.serviceDepartments, key, locale),
    field: (k: string, value: string | Html | null | undefined): KeyValue => ({
      label: label(`fields.${k}`),
      value,
    }),
  };
}
type Words = ReturnType<typeof formWords>;

/** A step's time with whether it kept its deadline: "2026年10月5日 15:00（超过期限）". */
function stepTime(w: Words, at: string | null, due: string): string | null {
  if (!at) return null;
  return w.label(at <= due ? 'onTime' : 'late', { time: w.dateTime(at) });
}

/** A deadline with how it counts: "2026年10月5日 13:00（工作时间）". */
function deadline(w: Words, due: string, mode: TicketDetail['responseMode']): string {
  return w.label('deadline', { time: w.dateTime(due), mode: w.t(`service:deadlineMode.${mode}`) });
}

/** The fields that have something to say, two to a row (one alone takes its row). */
function pairsOf(fields: (KeyValue | null)[]): ([KeyValue, KeyValue] | { wide: KeyValue })[] {
  const present = fields.filter((x): x is KeyValue => x !== null);
  const rows: ([KeyValue, KeyValue] | { wide: KeyValue })[] = [];
  for (let i = 0; i < present.length; i += 2)
    rows.push(i + 1 < present.length ? [present[i]!, present[i + 1]!] : { wide: present[i]! });
  return rows;
}

/** The width of every label column of the form, so that its sections line up one under another. */
const LABEL_WIDTH = '27mm';
const kv = (rows: Parameters<typeof keyValueTable>[0]) => keyValueTable(rows, { labelWidth: LABEL_WIDTH });

function basics(d: TicketDetail, w: Words): Html {
  const f = w.field;
  const client =
    d.clientName && d.clientCode
      ? w.label('clientWithCode', { name: d.clientName, code: d.clientCode })
      : d.clientName;
  const inquiry = d.kind === 'inquiry';
  return kv([
    [f('code', d.code), f('status', w.t(`service:status.${d.status}`))],
    [f('kind', w.t(`service:kind.${d.kind}`)), f('severity', w.t(`service:severity.${d.severity}`))],
    [f('channel', w.t(`service:channel.${d.channel}`)), f('receivedAt', w.dateTime(d.receivedAt))],
    [f('client', client), f('contact', d.contactName)],
    [f('callerPhone', d.callerPhone), f('category', w.category(d.category))],
    [f('handler', d.handlerName), f('registeredBy', d.createdByName)],
    inquiry
      ? [
          f('answerDue', deadline(w, d.resolutionDueAt, d.resolutionMode)),
          f('answeredAt', stepTime(w, d.resolvedAt, d.resolutionDueAt)),
        ]
      : [
          f('responseDue', deadline(w, d.responseDueAt, d.responseMode)),
          f('firstResponseAt', stepTime(w, d.firstResponseAt, d.responseDueAt)),
        ],
    ...(inquiry
      ? []
      : [
          [
            f('resolutionDue', deadline(w, d.resolutionDueAt, d.resolutionMode)),
            f('resolvedAt', stepTime(w, d.resolvedAt, d.resolutionDueAt)),
          ] as const,
        ]),
    ...pairsOf([
      d.convertedAt ? f('convertedAt', w.dateTime(d.convertedAt)) : null,
      d.reopenCount ? f('reopenCount', formatNumber(d.reopenCount, w.locale)) : null,
    ]),
  ]);
}

function actionsTable(actions: TicketAction[], w: Words): Html {
  if (actions.length === 0) return w.none;
  const l = (k: string) => w.label(`actions.${k}`);
  return printTable<TicketAction>(
    [
      { label: l('department'), kind: 'short', cell: (a) => w.department(a.department) },
      { label: l('owner'), kind: 'short', cell: (a) => a.ownerName },
      { label: l('description'), kind: 'text', cell: (a) => a.description },
      { label: l('dueDate'), kind: 'short', cell: (a) => w.date(a.dueDate) },
      {
        label: l('doneAt'),
        kind: 'short',
        cell: (a) => (a.doneAt ? w.dateTime(a.doneAt) : w.label('actions.open')),
      },
      { label: l('doneNote'), kind: 'text', cell: (a) => a.doneNote },
    ],
    actions,
  );
}

/** A step recorded this long after the time it names was entered after the fact: the form says when. */
const LATE_RECORD_MS = 10 * 60_000;

function timelineTable(events: TicketEvent[], w: Words): Html {
  const l = (k: string) => w.label(`timeline.${k}`);
  const status = (s: string | null) => (s ? w.t(`service:status.${s}`) : '');
  const note = (e: TicketEvent) => {
    const late = Date.parse(e.recordedAt) - Date.parse(e.at) > LATE_RECORD_MS;
    if (!late) return e.note;
    const recorded = escapeHtml(w.label('timeline.recordedLater', { time: w.dateTime(e.recordedAt) }));
    return html(
      [e.note ? escapeHtml(e.note) : '', `<span class="muted">${recorded}</span>`].filter(Boolean).join('\n'),
    );
  };
  return printTable<TicketEvent>(
    [
      { label: l('at'), kind: 'short', cell: (e) => w.dateTime(e.at) },
      { label: l('step'), kind: 'short', cell: (e) => w.t(`service:event.${e.kind}`) },
      {
        label: l('status'),
        kind: 'short',
        cell: (e) =>
          e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus
            ? `${status(e.fromStatus)} → ${status(e.toStatus)}`
            : status(e.toStatus),
      },
      { label: l('note'), kind: 'text', cell: note },
      { label: l('actor'), kind: 'short', cell: (e) => e.actorName },
    ],
    [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.recordedAt < b.recordedAt ? -1 : 1)),
  );
}

/**
 * The body of the complaint handling form (投诉处理单): the ticket's record, what the client said, each
 * step of the handling as far as it has gone (first response, investigation, coordinated actions,
 * resolution, the feedback call and the client's satisfaction), the whole timeline, and lines for the
 * handler, the group lead and the department manager to sign. An inquiry prints as its own form: the
 * question, the answer and the timeline.
 */
export function handlingFormBody(input: HandlingFormInput, t: TFunction): Html {
  const d = input.ticket;
  const w = formWords(input, t);
  const f = w.field;
  const section = (k: string) => heading(2, w.label(`sections.${k}`));
  const block = (k: string, ...rest: (Html | null)[]) => keepTogether(section(k), ...rest);
  const text = (k: string, value: string | null) => kv([{ wide: f(k, value) }]);
  const signatures = keepTogether(
    section('signatures'),
    signatureLines([w.label('signers.handler'), w.label('signers.groupLead'), w.label('signers.manager')], {
      signature: w.label('signature'),
      date: w.label('signDate'),
    }),
  );

  if (d.kind === 'inquiry')
    return join(
      subject(d.clientName ?? w.label('unknownCaller')),
      block('basic', basics(d, w)),
      block('inquiry', text('content', d.content)),
      block('answer', text('answer', d.answer)),
      section('timeline'),
      timelineTable(d.events, w),
      signatures,
    );

  const satisfied =
    d.clientSatisfied === null ? null : w.label(d.clientSatisfied ? 'satisfied' : 'notSatisfied');
  const score = d.satisfactionScore === null ? null : w.label('scoreOf5', { score: d.satisfactionScore });
  return join(
    subject(d.clientName ?? w.label('unknownCaller')),
    block('basic', basics(d, w)),
    block('complaint', text('content', d.content)),
    block('firstResponse', text('firstResponseNote', d.firstResponseNote)),
    block(
      'investigation',
      kv([
        { wide: f('findings', d.findings) },
        { wide: f('rootCause', d.rootCause) },
        { wide: f('responsibleDept', d.responsibleDept ? w.department(d.responsibleDept) : null) },
        { wide: f('solution', d.solution) },
      ]),
    ),
    section('actions'),
    actionsTable(d.actions, w),
    block('resolution', text('resolutionSummary', d.resolutionSummary)),
    block(
      'feedback',
      kv([
        [
          f('feedbackMethod', d.feedbackMethod ? t(`service:feedbackMethod.${d.feedbackMethod}`) : null),
          f('feedbackAt', w.dateTime(d.feedbackAt)),
        ],
        [f('clientSatisfied', satisfied), f('satisfactionScore', score)],
        { wide: f('feedbackNote', d.feedbackNote) },
        [f('closedAt', w.dateTime(d.closedAt)), f('status', t(`service:status.${d.status}`))],
      ]),
    ),
    section('timeline'),
    timelineTable(d.events, w),
    signatures,
  );
}

/** The whole printable form and its file name. */
export function handlingFormHtml(input: HandlingFormInput): { html: string; fileName: string } {
  const t = translator(input.locale);
  const kind = input.ticket.kind;
  const frame = reportFrame({
    locale: input.locale,
    departmentName: input.departmentName,
    title: t(`serviceReports:form.title.${kind}`),
    subtitle: input.ticket.code,
    printedAt: input.printedAt,
  });
  return {
    html: reportHtml(frame, handlingFormBody(input, t), input.fontsDir),
    fileName: `${t(`serviceReports:form.fileName.${kind}`)}-${input.ticket.code}.pdf`,
  };
}
