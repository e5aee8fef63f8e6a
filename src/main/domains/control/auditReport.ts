import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/contract/fields';
import {
  FINDING_SEVERITIES,
  type AuditDetail,
  type FindingDetail,
  type FindingSeverity,
  type RectificationDetail,
} from '../../../shared/control/types';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/i18n/format';
import { LEVEL_COLORS } from '../../../shared/risk/levelColors';
import type { RiskLevel } from '../../../shared/risk/levels';
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
  printTable,
  signatureLines,
  subject,
  type Html,
} from '../../printing/printBlocks';
import { reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';

export interface AuditReportInput {
  detail: AuditDetail;
  locale: Locale;
  departmentName: string;
  printedAt: Date;
  fontsDir: string;
}

/** Severity and risk level share the colours. */
const levelChip = (level: RiskLevel, text: string): Html => chip(LEVEL_COLORS[level], text);

function words(input: AuditReportInput, t: TFunction) {
  const { locale } = input;
  return {
    t,
    locale,
    l: (k: string, v?: Record<string, unknown>) => t(`control:report.${k}`, v),
    f: (k: string) => t(`control:fields.${k}`),
    date: (d: string | null) => formatDate(d, locale),
    dateTime: (iso: string | null) => formatDateTime(iso, locale),
    none: muted(t('control:report.none')),
    severity: (s: FindingSeverity) => levelChip(s, t(`control:severity.${s}`)),
  };
}
type Words = ReturnType<typeof words>;

const LABEL_WIDTH = '30mm';

function header(d: AuditDetail, w: Words): Html {
  const a = d.audit;
  const lead = a.auditors.find((x) => x.lead);
  const kv = (k: string, value: string | Html | null) => ({ label: w.f(k), value });
  return keyValueTable(
    [
      [kv('code', a.code), kv('type', w.t(`control:auditType.${a.type}`))],
      [kv('auditOn', w.date(a.auditOn)), kv('status', w.t(`control:auditStatus.${a.status}`))],
      [
        kv('period', w.l('periodRange', { from: w.date(a.periodFrom), to: w.date(a.periodTo) })),
        kv('leadAuditor', lead?.name ?? null),
      ],
      { wide: kv('auditors', a.auditors.map((x) => x.name).join(w.t('control:listSeparator'))) },
      { wide: kv('scope', a.scope) },
    ],
    { labelWidth: LABEL_WIDTH },
  );
}

/** The audit in figures, one row: findings by severity, rectifications, verified, overdue. */
function summary(d: AuditDetail, w: Words): Html {
  const rects = d.findings.flatMap((f) => f.rectifications);
  const n = (x: number) => formatNumber(x, w.locale);
  const figures: { label: string; value: number }[] = [
    ...[...FINDING_SEVERITIES].reverse().map((s) => ({
      label: w.l('findingsOf', { severity: w.t(`control:severity.${s}`) }),
      value: d.findings.filter((f) => f.severity === s).length,
    })),
    { label: w.l('rectificationsTotal'), value: rects.length },
    { label: w.l('rectificationsVerified'), value: rects.filter((r) => r.status === 'verified').length },
    { label: w.l('rectificationsOverdue'), value: rects.filter((r) => r.overdue).length },
  ];
  return printTable<null>(
    figures.map((f) => ({ label: f.label, kind: 'num', cell: () => n(f.value) })),
    [null],
  );
}

/** Where the rectification stands, with the auditor's word: "Verified by 李审计 on 5 Nov 2026: …". */
function verification(r: RectificationDetail, w: Words): Html {
  const status = w.t(`control:rectificationStatus.${r.status}`);
  const lines: string[] = [escapeHtml(status)];
  if (r.status === 'verified')
    lines.push(
      escapeHtml(
        w.l('verifiedBy', { name: r.verifiedByName ?? '', date: w.date(r.verifiedAt?.slice(0, 10) ?? null) }),
      ),
    );
  else if (r.status === 'submitted' && r.submittedAt)
    lines.push(escapeHtml(w.l('submittedOn', { date: w.dateTime(r.submittedAt) })));
  if (r.verifyComment) lines.push(`<span class="muted">${escapeHtml(r.verifyComment)}</span>`);
  if (r.overdue) lines.push(`<strong>${escapeHtml(w.l('overdue'))}</strong>`);
  return html(lines.join('<br>'));
}

function rectificationsTable(f: FindingDetail, w: Words): Html {
  if (f.rectifications.length === 0) return w.none;
  return printTable<RectificationDetail>(
    [
      { label: w.f('requirement'), kind: 'text', cell: (r) => r.requirement },
      { label: w.f('owner'), kind: 'short', cell: (r) => r.ownerName },
      { label: w.f('dueOn'), kind: 'short', cell: (r) => w.date(r.dueOn) },
      { label: w.f('evidenceNote'), kind: 'text', cell: (r) => r.evidenceNote },
      { label: w.l('verification'), kind: 'text', cell: (r) => verification(r, w) },
    ],
    f.rectifications,
  );
}

function finding(f: FindingDetail, w: Words): Html {
  const risk = f.riskCode
    ? join(
        `${f.riskCode} ${f.riskTitle ?? ''}`.trim(),
        f.riskLevel ? levelChip(f.riskLevel, w.t(`risk:level.${f.riskLevel}`)) : null,
      )
    : null;
  const kv = (k: string, value: string | Html | null) => ({ label: w.f(k), value: value ?? w.none });
  return join(
    keepTogether(
      heading(3, `${f.code}  ${f.title}`, w.severity(f.severity)),
      keyValueTable(
        [[kv('relatedRisk', risk), kv('process', f.process)], { wide: kv('description', f.description) }],
        { labelWidth: LABEL_WIDTH },
      ),
    ),
    rectificationsTable(f, w),
  );
}

/**
 * The audit report (审计报告 / 检查报告): the audit's header, scope, period and auditors, the figures, the
 * conclusion, every finding by severity with its related risk or process and its rectifications (owner, due,
 * status, verification), and lines for the lead auditor, the audited party and the manager to sign. A reader
 * who sees only part of the audit gets only that part.
 */
export function auditReportBody(input: AuditReportInput, t: TFunction): Html {
  const d = input.detail;
  const w = words(input, t);
  const section = (k: string) => heading(2, w.l(`sections.${k}`));
  return join(
    subject(d.audit.title),
    keepTogether(section('basic'), header(d, w)),
    keepTogether(section('summary'), summary(d, w)),
    keepTogether(
      section('conclusion'),
      keyValueTable(
        [{ wide: { label: w.f('conclusion'), value: d.audit.conclusion ?? w.l('noConclusion') } }],
        {
          labelWidth: LABEL_WIDTH,
        },
      ),
    ),
    section('findings'),
    d.findings.length ? join(...d.findings.map((f) => finding(f, w))) : w.none,
    keepTogether(
      section('signatures'),
      signatureLines([w.l('signers.leadAuditor'), w.l('signers.audited'), w.l('signers.manager')], {
        signature: w.l('signature'),
        date: w.l('signDate'),
      }),
    ),
  );
}

export function auditReportHtml(input: AuditReportInput): { html: string; fileName: string } {
  const t = translator(input.locale);
  const type = input.detail.audit.type;
  const frame = reportFrame({
    locale: input.locale,
    departmentName: input.departmentName,
    title: t(`control:report.title.${type}`),
    subtitle: input.detail.audit.code,
    printedAt: input.printedAt,
  });
  return {
    html: reportHtml(frame, auditReportBody(input, t), input.fontsDir),
    fileName: `${t(`control:report.title.${type}`)}-${input.detail.audit.code}.pdf`,
  };
}
