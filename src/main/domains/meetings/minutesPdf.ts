import type { TFunction } from 'i18next';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { formatDate, formatDateTime } from '../../../shared/i18n/format';
import type { MeetingDecision, MeetingDetail, MeetingRisk } from '../../../shared/meetings/types';
import { LEVEL_COLORS } from '../../../shared/risk/levelColors';
import { listEntryName, type ListEntry } from '../../../shared/settings/lists';
import type { UserCtx } from '../../core/context';
import { translator } from '../../i18n/translate';
import {
  chip,
  escapeHtml,
  heading,
  html,
  join,
  keepTogether,
  keyValueTable,
  muted,
  nowrap,
  printTable,
  signatureLines,
  subject,
  type Html,
} from '../../printing/printBlocks';
import { printReport, reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';
import { getSettings } from '../settings/service';
import { sanitizeMinutes } from './minutes';
import { getMeeting } from './service';

export interface MinutesInput {
  detail: MeetingDetail;
  riskCategories: readonly ListEntry[];
  locale: Locale;
  departmentName: string;
  printedAt: Date;
  fontsDir: string;
}

/** The minutes' own look on paper: body text, not report headings; chips in the level colours. */
const MINUTES_STYLE = `<style>
.minutes { border: 0.25mm solid #d0d5dd; border-radius: 1mm; padding: 2mm 4mm; }
.minutes p { margin: 1.2mm 0; }
.minutes h3 { font-size: 10pt; margin: 2.5mm 0 1mm; }
.minutes h4 { font-size: 9.5pt; margin: 2mm 0 1mm; }
.minutes ul, .minutes ol { margin: 1mm 0; padding-left: 6mm; }
.minutes li { margin: 0.6mm 0; }
.minutes blockquote { margin: 1.5mm 0; padding-left: 3mm; border-left: 0.6mm solid #d0d5dd; color: #444; }
.attendees { line-height: 1.7; }
</style>`;

function levelChip(r: MeetingRisk, t: TFunction): Html {
  if (!r.level) return muted(t('meetings:print.notAssessed'));
  return join(
    chip(LEVEL_COLORS[r.level], t(`risk:level.${r.level}`)),
    nowrap(`${r.likelihood} × ${r.impact} = ${r.score}`),
  );
}

/**
 * The body of the minutes (会议纪要): the meeting's particulars, who attended, the agenda, the minutes as
 * written (sanitised once more: nothing but the allowed tags reaches the page), the decisions with owners
 * and due dates, the risks raised and discussed with their levels, and lines for the chair and the
 * recorder to sign.
 */
export function minutesBody(input: MinutesInput, t: TFunction): Html {
  const { detail: d, locale } = input;
  const m = d.meeting;
  const l = (k: string) => t(`meetings:print.${k}`);
  const f = (k: string) => t(`meetings:fields.${k}`);
  const none = muted(l('none'));
  const time = [m.startTime, m.endTime].filter(Boolean).join(' – ');
  const when = time ? `${formatDate(m.heldOn, locale)} ${time}` : formatDate(m.heldOn, locale);
  const section = (k: string) => heading(2, l(`sections.${k}`));

  const particulars = keyValueTable(
    [
      [
        { label: f('code'), value: m.code },
        { label: f('type'), value: t(`meetings:type.${m.type}`) },
      ],
      [
        { label: f('heldOn'), value: when },
        { label: f('location'), value: m.location },
      ],
      [
        { label: f('chairId'), value: m.chairName },
        {
          label: f('status'),
          value: m.issuedAt
            ? `${t(`meetings:status.${m.status}`)} · ${formatDateTime(m.issuedAt, locale)}`
            : t(`meetings:status.${m.status}`),
        },
      ],
    ],
    { labelWidth: '24mm' },
  );

  const attendees =
    d.attendees.length === 0
      ? none
      : html(
          `<div class="attendees">${d.attendees.map((a) => escapeHtml(a.name)).join(locale === 'zh-CN' ? '、' : ', ')}</div>`,
        );

  const agenda =
    d.agenda.length === 0
      ? none
      : printTable(
          [
            { label: l('no'), kind: 'num', cell: (a) => String(a.position) },
            { label: l('agendaItem'), kind: 'text', cell: (a) => a.title },
            { label: f('presenter'), kind: 'short', cell: (a) => a.presenterName },
          ],
          d.agenda,
        );

  const minutesHtml = sanitizeMinutes(d.minutesHtml);
  const minutes = minutesHtml ? html(`<div class="minutes">${minutesHtml}</div>`) : none;

  const decisions =
    d.decisions.length === 0
      ? none
      : printTable<MeetingDecision>(
          [
            { label: l('no'), kind: 'num', cell: (x) => String(d.decisions.indexOf(x) + 1) },
            { label: f('decision'), kind: 'text', cell: (x) => x.text },
            { label: f('owner'), kind: 'short', cell: (x) => x.ownerName },
            { label: f('dueOn'), kind: 'short', cell: (x) => formatDate(x.dueOn, locale) },
            {
              label: f('decisionStatus'),
              kind: 'short',
              cell: (x) => t(`meetings:decisionStatus.${x.status}`),
            },
          ],
          d.decisions,
        );

  const risks =
    d.risks.length === 0
      ? none
      : printTable<MeetingRisk>(
          [
            { label: f('riskCode'), kind: 'short', cell: (r) => r.code },
            { label: f('riskTitle'), kind: 'text', cell: (r) => r.title },
            {
              label: f('category'),
              kind: 'short',
              cell: (r) => listEntryName(input.riskCategories, r.category, locale),
            },
            { label: f('riskOwner'), kind: 'short', cell: (r) => r.ownerName },
            { label: f('level'), kind: 'short', cell: (r) => levelChip(r, t) },
            { label: f('relation'), kind: 'short', cell: (r) => t(`meetings:relation.${r.relation}`) },
          ],
          d.risks,
        );

  return join(
    html(MINUTES_STYLE),
    subject(m.title),
    keepTogether(section('particulars'), particulars),
    keepTogether(section('attendees'), attendees),
    section('agenda'),
    agenda,
    section('minutes'),
    minutes,
    section('decisions'),
    decisions,
    section('risks'),
    risks,
    keepTogether(
      section('signatures'),
      signatureLines([l('signers.chair'), l('signers.recorder')], {
        signature: l('signature'),
        date: l('signDate'),
      }),
    ),
  );
}

export function minutesHtml(input: MinutesInput): { html: string; fileName: string } {
  const t = translator(input.locale);
  const frame = reportFrame({
    locale: input.locale,
    departmentName: input.departmentName,
    title: t('meetings:print.title'),
    subtitle: input.detail.meeting.code,
    printedAt: input.printedAt,
  });
  return {
    html: reportHtml(frame, minutesBody(input, t), input.fontsDir),
    fileName: `${t('meetings:print.fileName')}-${input.detail.meeting.code}.pdf`,
  };
}

/** The minutes of a meeting the person may see, as PDF. */
export async function printMinutes(ctx: UserCtx, id: string, locale: Locale): Promise<FilePayload> {
  const detail = getMeeting(ctx, id);
  const { settings } = getSettings(ctx);
  const file = minutesHtml({
    detail,
    riskCategories: settings.riskCategories,
    locale,
    departmentName: settings.departmentName,
    printedAt: ctx.clock.now(),
    fontsDir: ctx.fontsDir,
  });
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, file.html);
  return { fileName: file.fileName, mime: 'application/pdf', bytes };
}
