import type { RiskLevel } from '../risk/levels';

/**
 * Internal control (内部控制, rulebook 五(四)): inspections and internal audits, the findings they record and
 * the rectifications (整改) each finding calls for. A rectification closes only when an auditor verifies the
 * evidence its owner submitted; an audit closes only when every rectification is verified.
 */
export const AUDIT_TYPES = ['inspection', 'internal_audit'] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];

/** planned 计划中 → in_progress 实施中 → reported 已报告 → closed 已关闭. */
export const AUDIT_STATUSES = ['planned', 'in_progress', 'reported', 'closed'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** Legal moves of control.moveAudit; a reported audit may go back to work when more is found. */
export const AUDIT_MOVES: Record<AuditStatus, readonly AuditStatus[]> = {
  planned: ['in_progress'],
  in_progress: ['reported'],
  reported: ['in_progress', 'closed'],
  closed: [],
};

/** While an audit is in these states its auditors record findings and rectifications. */
export const AUDIT_RECORDING_STATUSES: readonly AuditStatus[] = ['in_progress', 'reported'];

export const FINDING_SEVERITIES = ['low', 'medium', 'high'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/**
 * open 待整改 → submitted 待验证 → verified 已验证 (closed); or submitted → returned 已退回 → submitted …
 * Verified is the only way a rectification closes.
 */
export const RECTIFICATION_STATUSES = ['open', 'submitted', 'returned', 'verified'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** Where the owner works on it (edits evidence, submits). */
export const RECTIFICATION_WORKING: readonly RectificationStatus[] = ['open', 'returned'];

/** Each step of a rectification's verification, kept for the detail and the report. */
export const RECTIFICATION_STEP_KINDS = ['submitted', 'returned', 'verified'] as const;
export type RectificationStepKind = (typeof RECTIFICATION_STEP_KINDS)[number];

/** mine: audits I audit or where I own a rectification (rectifications: mine to carry out); all: all I may see. */
export const CONTROL_SCOPES = ['mine', 'all'] as const;
export type ControlScope = (typeof CONTROL_SCOPES)[number];

export const AUDIT_SORT_FIELDS = ['code', 'auditOn', 'title', 'status', 'updatedAt'] as const;
export type AuditSortField = (typeof AUDIT_SORT_FIELDS)[number];
export const FINDING_SORT_FIELDS = ['code', 'severity', 'createdAt'] as const;
export type FindingSortField = (typeof FINDING_SORT_FIELDS)[number];
export const RECTIFICATION_SORT_FIELDS = ['dueOn', 'status', 'findingCode', 'updatedAt'] as const;
export type RectificationSortField = (typeof RECTIFICATION_SORT_FIELDS)[number];

export interface Auditor {
  staffId: string;
  name: string;
  lead: boolean;
}

export interface ControlAudit {
  id: string;
  /** NK-yyyy-nnn, the year of the audit date. */
  code: string;
  type: AuditType;
  title: string;
  scope: string;
  periodFrom: string;
  periodTo: string;
  auditOn: string;
  status: AuditStatus;
  conclusion: string | null;
  /** The lead auditor first. */
  auditors: Auditor[];
  findingCount: number;
  rectificationCount: number;
  /** Rectifications not yet verified. */
  openRectifications: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ControlFinding {
  id: string;
  auditId: string;
  auditCode: string;
  auditTitle: string;
  /** The audit's code and a number: NK-2026-001-01. */
  code: string;
  severity: FindingSeverity;
  title: string;
  description: string | null;
  riskId: string | null;
  /** The related risk's code and title (read through the risk domain), when there is one the user may see. */
  riskCode: string | null;
  riskTitle: string | null;
  riskLevel: RiskLevel | null;
  process: string | null;
  rectificationCount: number;
  openRectifications: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface EvidenceFile {
  id: string;
  rectificationId: string;
  fileName: string;
  mime: string;
  sizeBytes: number;
  createdAt: string;
  createdByName: string | null;
}

export interface RectificationStep {
  id: string;
  kind: RectificationStepKind;
  note: string | null;
  at: string;
  actorName: string | null;
}

export interface Rectification {
  id: string;
  findingId: string;
  findingCode: string;
  findingTitle: string;
  severity: FindingSeverity;
  auditId: string;
  auditCode: string;
  auditTitle: string;
  requirement: string;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  dueOn: string;
  status: RectificationStatus;
  evidenceNote: string | null;
  submittedAt: string | null;
  verifiedById: string | null;
  verifiedByName: string | null;
  verifiedAt: string | null;
  /** The auditor's last word: why it was returned, or a remark on verifying it. */
  verifyComment: string | null;
  /** Not verified and past its due date. */
  overdue: boolean;
  evidenceCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What the user may do with a rectification now (main refuses the rest anyway). */
export interface RectificationAllowed {
  edit: boolean;
  /** Add or remove evidence files, submit the evidence. */
  submit: boolean;
  /** Verify or return it. */
  review: boolean;
}

export interface RectificationDetail extends Rectification {
  evidence: EvidenceFile[];
  steps: RectificationStep[];
  allowed: RectificationAllowed;
}

export interface FindingDetail extends ControlFinding {
  /** The rectifications the user may see. */
  rectifications: RectificationDetail[];
  allowed: { edit: boolean; addRectification: boolean };
}

export interface AuditDetail {
  audit: ControlAudit;
  /** The findings the user may see, by severity (high first), then code. */
  findings: FindingDetail[];
  /** Whether the user sees the whole audit (an auditor, the manager, a deputy) or only their part of it. */
  fullView: boolean;
  allowed: {
    edit: boolean;
    moves: AuditStatus[];
    addFinding: boolean;
  };
}

export interface AuditPage {
  items: ControlAudit[];
  total: number;
}
export interface FindingPage {
  items: ControlFinding[];
  total: number;
}
export interface RectificationPage {
  items: Rectification[];
  total: number;
}
