import { z } from 'zod';
import { channel, type ParsedInputOf } from '../contract/channel';
import {
  type FieldsOutput,
  type FilePayload,
  calendarDate,
  id,
  locale,
  optionalDate,
  optionalText,
  page,
  pageSize,
  requiredText,
  version,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import { DEFAULT_ATTACHMENT_MAX_MB } from '../clients/fileTypes';
import type {
  AuditDetail,
  AuditPage,
  ControlFinding,
  EvidenceFile,
  FindingPage,
  Rectification,
  RectificationPage,
} from './types';
import {
  AUDIT_SORT_FIELDS,
  AUDIT_STATUSES,
  AUDIT_TYPES,
  CONTROL_SCOPES,
  FINDING_SEVERITIES,
  FINDING_SORT_FIELDS,
  RECTIFICATION_SORT_FIELDS,
  RECTIFICATION_STATUSES,
} from './types';

/** The most an evidence file may weigh: the same limit as a client file's attachments. */
export const EVIDENCE_MAX_BYTES = DEFAULT_ATTACHMENT_MAX_MB * 1024 * 1024;

/** What the audit form writes. */
export const auditFields = {
  type: z.enum(AUDIT_TYPES),
  title: requiredText(LIMITS.shortText),
  scope: requiredText(LIMITS.text),
  periodFrom: calendarDate(),
  periodTo: calendarDate(),
  auditOn: calendarDate(),
  /** At least one (checked in main, so the form shows it under the picker). */
  auditorIds: z.array(id()).max(20),
  /** One of auditorIds. */
  leadAuditorId: id().nullable().default(null),
};
export type AuditInput = FieldsOutput<typeof auditFields>;

export const findingFields = {
  severity: z.enum(FINDING_SEVERITIES),
  title: requiredText(LIMITS.shortText),
  description: optionalText(LIMITS.text),
  riskId: id().nullable().default(null),
  process: optionalText(LIMITS.shortText),
};
export type FindingInput = FieldsOutput<typeof findingFields>;

export const rectificationFields = {
  requirement: requiredText(LIMITS.text),
  ownerId: id(),
  /** Never before the audit date. */
  dueOn: calendarDate(),
};
export type RectificationInput = FieldsOutput<typeof rectificationFields>;

const sortDir = () => z.enum(['asc', 'desc']).default('desc');

export const auditFilter = {
  scope: z.enum(CONTROL_SCOPES).default('all'),
  search: optionalText(LIMITS.search),
  types: z.array(z.enum(AUDIT_TYPES)).max(2).default([]),
  statuses: z.array(z.enum(AUDIT_STATUSES)).max(4).default([]),
  /** Audit date on or after / on or before. */
  from: optionalDate(),
  to: optionalDate(),
};
export type AuditFilter = FieldsOutput<typeof auditFilter>;
export const auditOrder = { sortBy: z.enum(AUDIT_SORT_FIELDS).default('auditOn'), sortDir: sortDir() };
export type AuditOrder = FieldsOutput<typeof auditOrder>;
export const emptyAuditFilter: AuditFilter = z.strictObject(auditFilter).parse({});

export const findingFilter = {
  scope: z.enum(CONTROL_SCOPES).default('all'),
  search: optionalText(LIMITS.search),
  severities: z.array(z.enum(FINDING_SEVERITIES)).max(3).default([]),
  auditId: id().nullable().default(null),
  /** Only findings with a rectification not yet verified. */
  openOnly: z.boolean().default(false),
};
export type FindingFilter = FieldsOutput<typeof findingFilter>;
export const findingOrder = { sortBy: z.enum(FINDING_SORT_FIELDS).default('createdAt'), sortDir: sortDir() };
export type FindingOrder = FieldsOutput<typeof findingOrder>;
export const emptyFindingFilter: FindingFilter = z.strictObject(findingFilter).parse({});

export const rectificationFilter = {
  scope: z.enum(CONTROL_SCOPES).default('all'),
  search: optionalText(LIMITS.search),
  statuses: z.array(z.enum(RECTIFICATION_STATUSES)).max(4).default([]),
  severities: z.array(z.enum(FINDING_SEVERITIES)).max(3).default([]),
  ownerId: id().nullable().default(null),
  auditId: id().nullable().default(null),
  /** Not verified and past due. */
  overdue: z.boolean().default(false),
};
export type RectificationFilter = FieldsOutput<typeof rectificationFilter>;
export const rectificationOrder = {
  sortBy: z.enum(RECTIFICATION_SORT_FIELDS).default('dueOn'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
};
export type RectificationOrder = FieldsOutput<typeof rectificationOrder>;
export const emptyRectificationFilter: RectificationFilter = z.strictObject(rectificationFilter).parse({});

const paging = { page: page(), pageSize: pageSize() };
const row = <T extends z.core.$ZodShape = Record<never, never>>(extra: T = {} as T) =>
  z.strictObject({ id: id(), version: version(), ...extra });

/** Bytes from the page: a Uint8Array over IPC and over the harness. */
const bytes = () => z.instanceof(Uint8Array);

export const controlChannels = {
  'control.listAudits': channel<AuditPage>()({
    input: z.strictObject({ ...auditFilter, ...auditOrder, ...paging }),
    access: 'control.read',
    kind: 'query',
  }),
  'control.getAudit': channel<AuditDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'control.read',
    kind: 'query',
  }),
  'control.listFindings': channel<FindingPage>()({
    input: z.strictObject({ ...findingFilter, ...findingOrder, ...paging }),
    access: 'control.read',
    kind: 'query',
  }),
  'control.listRectifications': channel<RectificationPage>()({
    input: z.strictObject({ ...rectificationFilter, ...rectificationOrder, ...paging }),
    access: 'control.read',
    kind: 'query',
  }),
  'control.exportAudits': channel<FilePayload>()({
    input: z.strictObject({ ...auditFilter, ...auditOrder, locale: locale() }),
    access: 'control.read',
    kind: 'query',
  }),
  'control.exportFindings': channel<FilePayload>()({
    input: z.strictObject({ ...findingFilter, ...findingOrder, locale: locale() }),
    access: 'control.read',
    kind: 'query',
  }),
  'control.exportRectifications': channel<FilePayload>()({
    input: z.strictObject({ ...rectificationFilter, ...rectificationOrder, locale: locale() }),
    access: 'control.read',
    kind: 'query',
  }),
  /** The audit report (审计报告) as PDF: the part of the audit the caller may see. */
  'control.printReport': channel<FilePayload>()({
    input: z.strictObject({ id: id(), locale: locale() }),
    access: 'control.read',
    kind: 'query',
  }),
  'control.openEvidence': channel<FilePayload>()({
    input: z.strictObject({ id: id() }),
    access: 'control.read',
    kind: 'query',
  }),

  /** The manager or a deputy plans an audit with its auditors. */
  'control.createAudit': channel<AuditDetail>()({
    input: z.strictObject(auditFields),
    access: 'control.manage',
    kind: 'mutation',
    changes: ['controlAudit'],
  }),
  'control.updateAudit': channel<AuditDetail>()({
    input: row(auditFields),
    access: 'control.manage',
    kind: 'mutation',
    changes: ['controlAudit'],
  }),
  /** Start, report (with the conclusion), back to work, close (every rectification verified). */
  'control.moveAudit': channel<AuditDetail>()({
    input: row({ to: z.enum(AUDIT_STATUSES), conclusion: optionalText(LIMITS.longText) }),
    access: 'control.audit',
    kind: 'mutation',
    changes: ['controlAudit'],
  }),
  'control.addFinding': channel<ControlFinding>()({
    input: z.strictObject({ auditId: id(), ...findingFields }),
    access: 'control.audit',
    kind: 'mutation',
    changes: ['controlFinding', 'controlAudit'],
  }),
  'control.updateFinding': channel<ControlFinding>()({
    input: row(findingFields),
    access: 'control.audit',
    kind: 'mutation',
    changes: ['controlFinding', 'controlAudit'],
  }),
  'control.addRectification': channel<Rectification>()({
    input: z.strictObject({ findingId: id(), ...rectificationFields }),
    access: 'control.audit',
    kind: 'mutation',
    changes: ['rectification', 'controlFinding', 'controlAudit'],
  }),
  'control.updateRectification': channel<Rectification>()({
    input: row(rectificationFields),
    access: 'control.audit',
    kind: 'mutation',
    changes: ['rectification', 'controlFinding', 'controlAudit'],
  }),
  /** The owner hands in what was done: a note (required) and the files added before. */
  'control.submitRectification': channel<Rectification>()({
    input: row({ evidenceNote: requiredText(LIMITS.text) }),
    access: 'control.rectify',
    kind: 'mutation',
    changes: ['rectification', 'controlFinding', 'controlAudit'],
  }),
  /** An auditor sends it back with what is missing. */
  'control.returnRectification': channel<Rectification>()({
    input: row({ comment: requiredText(LIMITS.text) }),
    access: 'control.audit',
    kind: 'mutation',
    changes: ['rectification', 'controlFinding', 'controlAudit'],
  }),
  /** An auditor accepts the evidence: the rectification is closed. */
  'control.verifyRectification': channel<Rectification>()({
    input: row({ comment: optionalText(LIMITS.text) }),
    access: 'control.audit',
    kind: 'mutation',
    changes: ['rectification', 'controlFinding', 'controlAudit'],
  }),
  'control.addEvidence': channel<EvidenceFile>()({
    input: z.strictObject({ rectificationId: id(), fileName: requiredText(255), bytes: bytes() }),
    access: 'control.rectify',
    maxInputBytes: EVIDENCE_MAX_BYTES + 1024 * 1024,
    kind: 'mutation',
    changes: ['rectification'],
  }),
  'control.deleteEvidence': channel<null>()({
    input: z.strictObject({ id: id() }),
    access: 'control.rectify',
    kind: 'mutation',
    changes: ['rectification'],
  }),
};

export type AuditListInput = ParsedInputOf<(typeof controlChannels)['control.listAudits']>;
export type FindingListInput = ParsedInputOf<(typeof controlChannels)['control.listFindings']>;
export type RectificationListInput = ParsedInputOf<(typeof controlChannels)['control.listRectifications']>;
