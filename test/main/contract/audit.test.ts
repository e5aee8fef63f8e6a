import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/shared/audit/types';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { changesOf } from '../../../src/shared/contract/channel';
import { CHANNEL_NAMES, channels, type ChannelName } from '../../../src/shared/contract/channels';
import { PERMISSION_MATRIX } from '../../../src/shared/contract/permissions';
import {
  EXAMPLE_PASSWORD,
  IMPORTED_NAME_KEY,
  channelExamples,
  exampleFor,
  makeExampleContext,
  type ExampleContext,
} from '../../support/channelExamples';
import { FakeClock, MANAGER, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { auditCount, auditRowsAfter, fakePdfPrinter, lastAuditId, tableChecksum } from './support';

/** The meeting a meetings.* answer (the meeting's detail) is about. */
const meetingIdOf = (data: Record<string, unknown>): string => (data.meeting as { id: string }).id;

/** The contract a contracts.* answer (the contract's detail) is about, and its newest milestone. */
const contractIdOf = (data: Record<string, unknown>): string => (data.contract as { id: string }).id;
const lastMilestoneOf = (data: Record<string, unknown>): string => {
  const milestones = data.milestones as { id: string }[];
  return milestones[milestones.length - 1]!.id;
};

/** sessionFor's accounts all get this password. */
const SESSION_FOR_PASSWORD = 'Temp#Pass123';
const WRONG_PASSWORD = 'Wrong#Guess9';

/** Restores replace the whole database and are covered by the backup tests. */
const EXCLUDED = new Set<ChannelName>(['backup.restore', 'recovery.restore']);
const MUTATIONS = CHANNEL_NAMES.filter((c) => channels[c].kind === 'mutation' && !EXCLUDED.has(c));

interface Call {
  ctx: ExampleContext;
  input: Record<string, unknown>;
  data: Record<string, unknown>;
  callerUserId: string;
}

interface Expectation {
  entity: string;
  action: string;
  entityId: string | null;
  /** For updates: the field that the example changed, and its new value. */
  changed?: { field: string; after: unknown };
}

/** The trail row each mutation must leave. A new mutation channel without an entry here fails the test. */
const EXPECTED: Partial<Record<ChannelName, (c: Call) => Expectation>> = {
  'auth.login': (c) => ({ entity: 'session', action: 'login', entityId: c.ctx.accountId }),
  'auth.logout': (c) => ({ entity: 'session', action: 'logout', entityId: c.callerUserId }),
  'auth.changePassword': (c) => ({ entity: 'account', action: 'change_password', entityId: c.callerUserId }),
  'org.groups.create': (c) => ({ entity: 'group', action: 'create', entityId: c.data.id as string }),
  'org.groups.update': (c) => ({
    entity: 'group',
    action: 'update',
    entityId: c.ctx.groupId,
    changed: { field: 'sortOrder', after: c.input.sortOrder },
  }),
  'org.staff.create': (c) => ({ entity: 'staff', action: 'create', entityId: c.data.id as string }),
  'org.staff.update': (c) => ({
    entity: 'staff',
    action: 'update',
    entityId: c.ctx.staffId,
    changed: { field: 'position', after: c.input.position },
  }),
  'accounts.create': (c) => ({ entity: 'account', action: 'create', entityId: c.data.id as string }),
  'accounts.update': (c) => ({
    entity: 'account',
    action: 'update',
    entityId: c.ctx.accountId,
    changed: { field: 'role', after: c.input.role },
  }),
  'accounts.resetPassword': (c) => ({
    entity: 'account',
    action: 'reset_password',
    entityId: c.ctx.accountId,
  }),
  'accounts.unlock': (c) => ({ entity: 'account', action: 'unlock', entityId: c.ctx.accountId }),
  'settings.update': (c) => ({
    entity: 'settings',
    action: 'update',
    entityId: null,
    changed: {
      field: 'backupKeepRecent',
      after: (c.input.settings as Record<string, unknown>).backupKeepRecent,
    },
  }),
  'backup.create': (c) => ({ entity: 'backup', action: 'create', entityId: c.data.fileName as string }),
  'clients.create': (c) => ({ entity: 'client', action: 'create', entityId: c.data.id as string }),
  'clients.update': (c) => ({
    entity: 'client',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'industry', after: c.input.industry },
  }),
  'clients.setStatus': (c) => ({
    entity: 'client',
    action: 'set_status',
    entityId: c.input.id as string,
    changed: { field: 'status', after: c.input.status },
  }),
  'clients.delete': (c) => ({ entity: 'client', action: 'delete', entityId: c.input.id as string }),
  'clients.restore': (c) => ({ entity: 'client', action: 'restore', entityId: c.input.id as string }),
  'clients.reassign': (c) => ({
    entity: 'client',
    action: 'reassign',
    entityId: (c.input.ids as string[])[0]!,
    changed: { field: 'ownerId', after: c.input.ownerId },
  }),
  'clients.merge': (c) => ({ entity: 'client', action: 'merge', entityId: c.input.keepId as string }),
  'contacts.create': (c) => ({ entity: 'contact', action: 'create', entityId: c.data.id as string }),
  'contacts.update': (c) => ({
    entity: 'contact',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'title', after: c.input.title },
  }),
  'contacts.delete': (c) => ({ entity: 'contact', action: 'delete', entityId: c.input.id as string }),
  'communications.create': (c) => ({
    entity: 'communication',
    action: 'create',
    entityId: c.data.id as string,
  }),
  'communications.update': (c) => ({
    entity: 'communication',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'content', after: c.input.content },
  }),
  'communications.delete': (c) => ({
    entity: 'communication',
    action: 'delete',
    entityId: c.input.id as string,
  }),
  'communications.complete': (c) => ({
    entity: 'communication',
    action: 'complete',
    entityId: c.input.id as string,
    changed: { field: 'nextActionDone', after: true },
  }),
  'transactions.create': (c) => ({ entity: 'transaction', action: 'create', entityId: c.data.id as string }),
  'transactions.update': (c) => ({
    entity: 'transaction',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'item', after: c.input.item },
  }),
  'transactions.delete': (c) => ({
    entity: 'transaction',
    action: 'delete',
    entityId: c.input.id as string,
  }),
  // The example imports one new client: its create row, like clients.create's.
  'clients.import.commit': (c) => ({
    entity: 'client',
    action: 'create',
    entityId: (
      c.ctx.core.store.db
        .prepare('SELECT id FROM clients WHERE name = ?')
        .get(c.ctx.records.get(IMPORTED_NAME_KEY)) as { id: string }
    ).id,
  }),
  'attachments.add': (c) => ({ entity: 'attachment', action: 'create', entityId: c.data.id as string }),
  'attachments.delete': (c) => ({ entity: 'attachment', action: 'delete', entityId: c.input.id as string }),
  'improvement.create': (c) => ({ entity: 'improvement', action: 'create', entityId: c.data.id as string }),
  'appraisal.createIndicator': (c) => ({
    entity: 'appraisalIndicator',
    action: 'create',
    entityId: c.data.id as string,
  }),
  'appraisal.updateIndicator': (c) => ({
    entity: 'appraisalIndicator',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'nameZh', after: c.input.nameZh },
  }),
  'appraisal.setIndicatorActive': (c) => ({
    entity: 'appraisalIndicator',
    action: c.input.active ? 'restore' : 'deactivate',
    entityId: c.input.id as string,
    changed: { field: 'active', after: c.input.active },
  }),
  'appraisal.createTemplate': (c) => ({
    entity: 'appraisalTemplate',
    action: 'create',
    entityId: c.data.id as string,
  }),
  'appraisal.updateTemplate': (c) => ({
    entity: 'appraisalTemplate',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'nameZh', after: c.input.nameZh },
  }),
  'appraisal.setTemplateActive': (c) => ({
    entity: 'appraisalTemplate',
    action: c.input.active ? 'restore' : 'deactivate',
    entityId: c.input.id as string,
    changed: { field: 'active', after: c.input.active },
  }),
  'appraisal.openCycle': (c) => ({ entity: 'appraisalCycle', action: 'open', entityId: c.data.id as string }),
  'appraisal.updateDeadlines': (c) => ({
    entity: 'appraisalCycle',
    action: 'deadlines',
    entityId: c.input.id as string,
    changed: {
      field: 'managerReviewDue',
      after: (c.input.deadlines as { managerReview: string }).managerReview,
    },
  }),
  'appraisal.advanceCycle': (c) => ({
    entity: 'appraisalCycle',
    action: 'advance',
    entityId: c.input.id as string,
    changed: { field: 'phase', after: c.data.phase },
  }),
  'appraisal.reassignEvaluator': (c) => ({
    entity: 'appraisalForm',
    action: 'reassignEvaluator',
    entityId: c.input.id as string,
    changed: { field: 'evaluatorId', after: c.input.evaluatorId },
  }),
  'appraisal.removeFromCycle': (c) => ({
    entity: 'appraisalForm',
    action: 'remove',
    entityId: c.input.id as string,
    changed: { field: 'removedReason', after: c.input.reason },
  }),
  'appraisal.adjustScore': (c) => ({
    entity: 'appraisalForm',
    action: 'adjust_score',
    entityId: c.input.id as string,
    changed: { field: 'adjustedTotal', after: c.input.total },
  }),
  'appraisal.acknowledge': (c) => ({
    entity: 'appraisalForm',
    action: 'acknowledge',
    entityId: c.input.id as string,
  }),
  'appraisal.appeal': (c) => ({
    entity: 'appraisalForm',
    action: 'appeal',
    entityId: c.input.id as string,
    changed: { field: 'appealReason', after: c.input.reason },
  }),
  'appraisal.resolveAppeal': (c) => ({
    entity: 'appraisalForm',
    action: 'resolve_appeal',
    entityId: c.input.id as string,
    changed: { field: 'appealStatus', after: c.input.outcome },
  }),
  'appraisal.savePlan': (c) => ({
    entity: 'appraisalForm',
    action: 'savePlan',
    entityId: c.input.id as string,
    changed: { field: 'plan', after: c.input.plan },
  }),
  'appraisal.agreePlan': (c) => ({
    entity: 'appraisalForm',
    action: 'agreePlan',
    entityId: c.input.id as string,
    changed: { field: 'planAgreedAt', after: c.data.planAgreedAt },
  }),
  'appraisal.saveSelf': (c) => ({
    entity: 'appraisalForm',
    action: 'saveSelf',
    entityId: c.input.id as string,
    changed: { field: 'achievements', after: c.input.achievements },
  }),
  'appraisal.submitSelf': (c) => ({
    entity: 'appraisalForm',
    action: 'submitSelf',
    entityId: c.input.id as string,
    changed: { field: 'selfSubmittedAt', after: c.data.selfSubmittedAt },
  }),
  'appraisal.saveEvaluation': (c) => ({
    entity: 'appraisalForm',
    action: 'saveEvaluation',
    entityId: c.input.id as string,
    changed: { field: 'overallComment', after: c.input.overallComment },
  }),
  'appraisal.submitEvaluation': (c) => ({
    entity: 'appraisalForm',
    action: 'submitEvaluation',
    entityId: c.input.id as string,
    changed: { field: 'evalSubmittedAt', after: c.data.evalSubmittedAt },
  }),
  'incentives.propose': (c) => ({ entity: 'incentive', action: 'propose', entityId: c.data.id as string }),
  'incentives.withdraw': (c) => ({
    entity: 'incentive',
    action: 'withdraw',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'withdrawn' },
  }),
  'salesPlans.create': (c) => ({ entity: 'salesPlan', action: 'create', entityId: c.data.id as string }),
  'salesPlans.update': (c) => ({
    entity: 'salesPlan',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'revenueTargetFen', after: c.input.revenueTargetFen },
  }),
  'pricing.createProduct': (c) => ({ entity: 'product', action: 'create', entityId: c.data.id as string }),
  'pricing.updateProduct': (c) => ({
    entity: 'product',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'listPriceFen', after: c.input.listPriceFen },
  }),
  'quotes.create': (c) => ({ entity: 'quote', action: 'create', entityId: c.data.id as string }),
  'quotes.update': (c) => ({
    entity: 'quote',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'terms', after: c.input.terms },
  }),
  'quotes.submit': (c) => ({
    entity: 'quote',
    action: 'submit_for_approval',
    entityId: c.input.id as string,
    changed: { field: 'floorReason', after: c.input.reason },
  }),
  'quotes.markSent': (c) => ({
    entity: 'quote',
    action: 'mark_sent',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'sent' },
  }),
  'quotes.markAccepted': (c) => ({
    entity: 'quote',
    action: 'mark_accepted',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'accepted' },
  }),
  'quotes.markDeclined': (c) => ({
    entity: 'quote',
    action: 'mark_declined',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'declined' },
  }),
  'contracts.create': (c) => ({ entity: 'contract', action: 'create', entityId: contractIdOf(c.data) }),
  'contracts.update': (c) => ({
    entity: 'contract',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'title', after: c.input.title },
  }),
  'contracts.submit': (c) => ({
    entity: 'contract',
    action: 'submit',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'review' },
  }),
  'contracts.returnToDraft': (c) => ({
    entity: 'contract',
    action: 'return',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'draft' },
  }),
  'contracts.check': (c) => ({
    entity: 'contract',
    action: 'review',
    entityId: c.input.id as string,
    changed: { field: 'dispute', after: 'failed' },
  }),
  'contracts.opine': (c) => ({
    entity: 'contract',
    action: 'opine',
    entityId: c.input.id as string,
    changed: { field: 'agree', after: true },
  }),
  'contracts.approve': (c) => ({
    entity: 'contract',
    action: 'approve',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'approved' },
  }),
  'contracts.sign': (c) => ({
    entity: 'contract',
    action: 'sign',
    entityId: c.input.id as string,
    changed: { field: 'signedOn', after: c.input.signedOn },
  }),
  'contracts.terminate': (c) => ({
    entity: 'contract',
    action: 'terminate',
    entityId: c.input.id as string,
    changed: { field: 'terminatedReason', after: c.input.reason },
  }),
  'contracts.addMilestone': (c) => ({
    entity: 'contractMilestone',
    action: 'create',
    entityId: lastMilestoneOf(c.data),
  }),
  'contracts.updateMilestone': (c) => ({
    entity: 'contractMilestone',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'title', after: c.input.title },
  }),
  'contracts.deleteMilestone': (c) => ({
    entity: 'contractMilestone',
    action: 'delete',
    entityId: c.input.id as string,
  }),
  'contracts.completeMilestone': (c) => ({
    entity: 'contractMilestone',
    action: 'complete',
    entityId: c.input.id as string,
    changed: { field: 'doneOn', after: c.input.doneOn },
  }),
  'contracts.recordPayment': (c) => ({
    entity: 'contractMilestone',
    action: 'receive_payment',
    entityId: c.input.id as string,
    changed: { field: 'receivedOn', after: c.input.receivedOn },
  }),
  'contracts.acknowledgeHandoff': (c) => ({
    entity: 'contractHandoff',
    action: 'acknowledge',
    entityId: c.input.id as string,
    changed: { field: 'acknowledgedBy', after: c.input.acknowledgedBy },
  }),
  'contracts.addAttachment': (c) => ({
    entity: 'contract',
    action: 'add_attachment',
    entityId: c.input.contractId as string,
    changed: { field: 'file', after: c.input.fileName },
  }),
  'contracts.deleteAttachment': (c) => ({
    entity: 'contract',
    action: 'delete_attachment',
    entityId: (
      c.ctx.core.store.db
        .prepare('SELECT owner_id AS id FROM sales_attachments WHERE id = ?')
        .get(c.input.id) as { id: string }
    ).id,
  }),
  'kri.create': (c) => ({ entity: 'kri', action: 'create', entityId: c.data.id as string }),
  'kri.update': (c) => ({
    entity: 'kri',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'name', after: c.input.name },
  }),
  'kri.delete': (c) => ({ entity: 'kri', action: 'delete', entityId: c.input.id as string }),
  'kri.addReading': (c) => ({ entity: 'kriReading', action: 'create', entityId: c.data.id as string }),
  'kri.updateReading': (c) => ({
    entity: 'kriReading',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'value', after: c.input.value },
  }),
  'kri.deleteReading': (c) => ({ entity: 'kriReading', action: 'delete', entityId: c.input.id as string }),
  'improvement.update': (c) => ({
    entity: 'improvement',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'title', after: c.input.title },
  }),
  'improvement.setStatus': (c) => ({
    entity: 'improvement',
    action: 'set_status',
    entityId: c.input.id as string,
    changed: { field: 'status', after: c.input.status },
  }),
  'calendar.saveDay': (c) => ({
    entity: 'calendarDay',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'name', after: c.input.name },
  }),
  'calendar.deleteDay': (c) => ({ entity: 'calendarDay', action: 'delete', entityId: c.input.id as string }),
  'meetings.create': (c) => ({ entity: 'riskMeeting', action: 'create', entityId: meetingIdOf(c.data) }),
  'meetings.update': (c) => ({
    entity: 'riskMeeting',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'title', after: c.input.title },
  }),
  'meetings.issue': (c) => ({
    entity: 'riskMeeting',
    action: 'issue',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'issued' },
  }),
  'meetings.raiseRisk': (c) => ({
    entity: 'riskMeeting',
    action: 'raise_risk',
    entityId: c.input.meetingId as string,
  }),
  'meetings.linkRisk': (c) => ({
    entity: 'riskMeeting',
    action: 'link_risk',
    entityId: c.input.meetingId as string,
  }),
  'meetings.unlinkRisk': (c) => ({
    entity: 'riskMeeting',
    action: 'unlink_risk',
    entityId: c.input.meetingId as string,
  }),
  'meetings.setDecisionStatus': (c) => ({
    entity: 'riskMeeting',
    action: 'set_decision_status',
    entityId: meetingIdOf(c.data),
    changed: { field: 'decisionStatus', after: c.input.status },
  }),
  'service.create': (c) => ({ entity: 'ticket', action: 'create', entityId: c.data.id as string }),
  'service.update': (c) => ({
    entity: 'ticket',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'content', after: c.input.content },
  }),
  'service.assign': (c) => ({
    entity: 'ticket',
    action: 'assign',
    entityId: c.input.id as string,
    changed: { field: 'handlerId', after: c.input.handlerId },
  }),
  'service.startInvestigation': (c) => ({
    entity: 'ticket',
    action: 'start_investigation',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'investigating' },
  }),
  'service.saveInvestigation': (c) => ({
    entity: 'ticket',
    action: 'save_investigation',
    entityId: c.input.id as string,
    changed: { field: 'findings', after: c.input.findings },
  }),
  'service.startResolving': (c) => ({
    entity: 'ticket',
    action: 'start_resolving',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'resolving' },
  }),
  'service.addAction': (c) => ({ entity: 'ticketAction', action: 'create', entityId: c.data.id as string }),
  'service.updateAction': (c) => ({
    entity: 'ticketAction',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'description', after: c.input.description },
  }),
  'service.completeAction': (c) => ({
    entity: 'ticketAction',
    action: 'action_done',
    entityId: c.input.id as string,
    changed: { field: 'doneAt', after: c.input.at },
  }),
  'service.deleteAction': (c) => ({
    entity: 'ticketAction',
    action: 'delete',
    entityId: c.input.id as string,
  }),
  'service.resolve': (c) => ({
    entity: 'ticket',
    action: 'resolve',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'feedback' },
  }),
  'service.answer': (c) => ({
    entity: 'ticket',
    action: 'answer',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'answered' },
  }),
  'service.close': (c) => ({
    entity: 'ticket',
    action: 'close',
    entityId: c.input.id as string,
    changed: { field: 'satisfactionScore', after: c.input.satisfactionScore },
  }),
  'service.reopen': (c) => ({
    entity: 'ticket',
    action: 'reopen',
    entityId: c.input.id as string,
    changed: { field: 'reason', after: c.input.reason },
  }),
  'service.convert': (c) => ({
    entity: 'ticket',
    action: 'convert',
    entityId: c.input.id as string,
    changed: { field: 'kind', after: 'complaint' },
  }),
  'approvals.decide': (c) => ({
    entity: 'approval',
    action: 'decide',
    entityId: c.input.id as string,
    changed: { field: 'status', after: c.input.decision },
  }),
  'risk.create': (c) => ({ entity: 'risk', action: 'create', entityId: c.data.id as string }),
  'risk.update': (c) => ({
    entity: 'risk',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'title', after: c.input.title },
  }),
  'risk.assess': (c) => ({
    entity: 'risk',
    action: 'assess',
    entityId: c.input.id as string,
    changed: { field: 'score', after: (c.input.likelihood as number) * (c.input.impact as number) },
  }),
  'risk.respond': (c) => ({
    entity: 'risk',
    action: 'respond',
    entityId: c.input.id as string,
    changed: { field: 'strategy', after: c.input.strategy },
  }),
  'risk.move': (c) => ({
    entity: 'risk',
    action: 'close',
    entityId: c.input.id as string,
    changed: { field: 'status', after: c.input.to },
  }),
  'risk.reopen': (c) => ({
    entity: 'risk',
    action: 'reopen',
    entityId: c.input.id as string,
    changed: { field: 'reason', after: c.input.reason },
  }),
  'risk.review': (c) => ({
    entity: 'risk',
    action: 'review',
    entityId: c.input.id as string,
    changed: { field: 'note', after: c.input.note },
  }),
  'risk.addAction': (c) => ({ entity: 'riskAction', action: 'create', entityId: c.data.id as string }),
  'risk.updateAction': (c) => ({
    entity: 'riskAction',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'title', after: c.input.title },
  }),
  'risk.setActionStatus': (c) => ({
    entity: 'riskAction',
    action: 'set_status',
    entityId: c.input.id as string,
    changed: { field: 'status', after: c.input.status },
  }),
  'control.createAudit': (c) => ({
    entity: 'controlAudit',
    action: 'create',
    entityId: (c.data.audit as { id: string }).id,
  }),
  'control.updateAudit': (c) => ({
    entity: 'controlAudit',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'title', after: c.input.title },
  }),
  'control.moveAudit': (c) => ({
    entity: 'controlAudit',
    action: 'set_status',
    entityId: c.input.id as string,
    changed: { field: 'status', after: c.input.to },
  }),
  'control.addFinding': (c) => ({
    entity: 'controlFinding',
    action: 'create',
    entityId: c.data.id as string,
  }),
  'control.updateFinding': (c) => ({
    entity: 'controlFinding',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'title', after: c.input.title },
  }),
  'control.addRectification': (c) => ({
    entity: 'rectification',
    action: 'create',
    entityId: c.data.id as string,
  }),
  'control.updateRectification': (c) => ({
    entity: 'rectification',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'requirement', after: c.input.requirement },
  }),
  'control.submitRectification': (c) => ({
    entity: 'rectification',
    action: 'submit',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'submitted' },
  }),
  'control.returnRectification': (c) => ({
    entity: 'rectification',
    action: 'return',
    entityId: c.input.id as string,
    changed: { field: 'verifyComment', after: c.input.comment },
  }),
  'control.verifyRectification': (c) => ({
    entity: 'rectification',
    action: 'verify',
    entityId: c.input.id as string,
    changed: { field: 'status', after: 'verified' },
  }),
  'control.addEvidence': (c) => ({
    entity: 'rectification',
    action: 'add_evidence',
    entityId: c.input.rectificationId as string,
    changed: { field: 'evidenceFile', after: c.input.fileName },
  }),
  'control.deleteEvidence': (c) => ({
    entity: 'rectification',
    action: 'delete_evidence',
    entityId: (
      c.ctx.core.store.db
        .prepare('SELECT rectification_id AS id FROM control_evidence WHERE id = ?')
        .get(c.input.id) as { id: string }
    ).id,
  }),
  'market.createResearch': (c) => ({
    entity: 'marketResearch',
    action: 'create',
    entityId: (c.data.research as { id: string }).id,
  }),
  'market.updateResearch': (c) => ({
    entity: 'marketResearch',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'topic', after: c.input.topic },
  }),
  'market.addResearchFile': (c) => ({
    entity: 'marketResearch',
    action: 'add_file',
    entityId: c.input.researchId as string,
    changed: { field: 'file', after: c.input.fileName },
  }),
  'market.deleteResearchFile': (c) => ({
    entity: 'marketResearch',
    action: 'delete_file',
    entityId: (
      c.ctx.core.store.db
        .prepare('SELECT owner_id AS id FROM sales_attachments WHERE id = ?')
        .get(c.input.id) as {
        id: string;
      }
    ).id,
  }),
  'market.createCompetitor': (c) => ({
    entity: 'competitor',
    action: 'create',
    entityId: (c.data.competitor as { id: string }).id,
  }),
  'market.updateCompetitor': (c) => ({
    entity: 'competitor',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'strengths', after: c.input.strengths },
  }),
  'market.addSighting': (c) => ({
    entity: 'competitorSighting',
    action: 'create',
    entityId: c.data.id as string,
  }),
  'market.updateSighting': (c) => ({
    entity: 'competitorSighting',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'note', after: c.input.note },
  }),
  'market.deleteSighting': (c) => ({
    entity: 'competitorSighting',
    action: 'delete',
    entityId: c.input.id as string,
  }),
  'market.createActivity': (c) => ({
    entity: 'promotionActivity',
    action: 'create',
    entityId: (c.data.activity as { id: string }).id,
  }),
  'market.updateActivity': (c) => ({
    entity: 'promotionActivity',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'title', after: c.input.title },
  }),
  'sales.create': (c) => ({ entity: 'opportunity', action: 'create', entityId: c.data.id as string }),
  'sales.update': (c) => ({
    entity: 'opportunity',
    action: 'update',
    entityId: c.input.id as string,
    changed: { field: 'needs', after: c.input.needs },
  }),
  'sales.move': (c) => ({
    entity: 'opportunity',
    action: 'move_stage',
    entityId: c.input.id as string,
    changed: { field: 'stage', after: c.input.to },
  }),
  'sales.reopen': (c) => ({
    entity: 'opportunity',
    action: 'reopen',
    entityId: c.input.id as string,
    changed: { field: 'stage', after: 'negotiation' },
  }),
  'sales.assign': (c) => ({
    entity: 'opportunity',
    action: 'hand_over',
    entityId: c.input.id as string,
    changed: { field: 'ownerId', after: c.input.ownerId },
  }),
  'sales.addProposalFile': (c) => ({
    entity: 'opportunity',
    action: 'add_proposal_file',
    entityId: c.input.opportunityId as string,
    changed: { field: 'proposalFile', after: c.input.fileName },
  }),
  'sales.deleteProposalFile': (c) => ({
    entity: 'opportunity',
    action: 'delete_proposal_file',
    entityId: (
      c.ctx.core.store.db
        .prepare('SELECT owner_id AS id FROM sales_attachments WHERE id = ?')
        .get(c.input.id) as { id: string }
    ).id,
  }),
};

const clock = new FakeClock();
let core: Core;
let manager: Session;
let ctx: ExampleContext;
const cores: Core[] = [];

beforeAll(async () => {
  core = await makeCore({ printer: fakePdfPrinter, clock });
  cores.push(core);
  ({ manager } = await setUpDepartment(core));
  ctx = await makeExampleContext(core, manager, SESSION_FOR_PASSWORD);
});

afterAll(async () => {
  for (const c of cores) await c.close();
});

/** A fresh session allowed to make the call: anonymous for public channels, else a new account of a permitted role. */
async function permittedCaller(channel: ChannelName): Promise<Session> {
  const access = channels[channel].access;
  if (access === 'public') return core.sessions.create();
  const role = APPRAISED_STEPS.has(channel)
    ? 'staff'
    : access === 'authenticated'
      ? 'staff'
      : PERMISSION_MATRIX[access][0];
  return sessionFor(core, manager, role);
}

/**
 * The appraised person's own steps: the department manager is never appraised in the department, so these
 * are called by a staff member, on their own form.
 */
const APPRAISED_STEPS = new Set<ChannelName>([
  'appraisal.saveSelf',
  'appraisal.submitSelf',
  'appraisal.acknowledge',
  'appraisal.appeal',
]);

/**
 * Import jobs belong to the user who uploaded them, so an import example previews as the calling session;
 * an appraisal form's steps are each one person's, so its examples make the caller that person.
 */
const withCaller = (channel: ChannelName, session: Session): ExampleContext =>
  channel.startsWith('clients.import.') || channel.startsWith('appraisal.')
    ? { ...ctx, caller: session }
    : ctx;

/**
 * Makes every insert into audit_log fail while `fn` runs — on every connection, since the import writes on
 * a connection of its own.
 */
async function withAuditDown<T>(c: Core, fn: () => Promise<T>): Promise<{ result: T; unchanged: boolean }> {
  c.store.db.exec(
    `CREATE TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END`,
  );
  // Taken with the trigger in place: creating and dropping it is itself a change to the schema.
  const before = tableChecksum(c);
  try {
    const result = await fn();
    return { result, unchanged: tableChecksum(c) === before };
  } finally {
    c.store.db.exec('DROP TRIGGER audit_down');
  }
}

describe('every mutation writes its audit row in the same transaction', () => {
  it('every mutation channel has an expected trail row (auth.setup is checked on its own below)', () => {
    const missing = MUTATIONS.filter((c) => c !== 'auth.setup' && !EXPECTED[c]);
    expect(missing).toEqual([]);
  });

  it.each(MUTATIONS.filter((c) => c !== 'auth.setup'))('%s', async (channel) => {
    // 1. The call succeeds and leaves the expected row, stamped with the caller and the time.
    clock.advance(61_000);
    const session = await permittedCaller(channel);
    const callerBefore = session.user;
    const input = (await exampleFor(channel, withCaller(channel, session))) as Record<string, unknown>;
    const fromId = lastAuditId(core);
    const result = await core.dispatch(channel, input, session);
    const data = unwrap(result) as Record<string, unknown>;
    const callerUserId = callerBefore?.userId ?? session.user!.userId;
    const callerName = callerBefore?.displayName ?? session.user!.displayName;
    const rows = auditRowsAfter(core, fromId);
    const expected = EXPECTED[channel]!({ ctx, input, data, callerUserId });

    expect(rows.length).toBeGreaterThanOrEqual(1);
    // Change events: what the call changed (its trail rows' entities) is declared in the contract, and the
    // result carries the declaration so the renderer can tell the stores that show those records.
    const declared = changesOf(channels[channel]);
    for (const r of rows) expect(declared, `${channel} changed a ${r.entity}`).toContain(r.entity);
    expect(result.ok && result.changes).toEqual(declared);
    const row = rows.find((r) => r.entity === expected.entity && r.action === expected.action);
    expect(row, JSON.stringify(rows)).toBeDefined();
    expect(row!.entityId).toBe(expected.entityId);
    for (const r of rows) {
      expect(r.actorUserId).toBe(callerUserId);
      expect(r.actorName).toBe(callerName);
      expect(r.at).toBe(clock.now().toISOString());
    }
    for (const change of row!.changes) expect(change.before, change.field).not.toEqual(change.after);
    if (expected.changed) {
      const change = row!.changes.find((c) => c.field === expected.changed!.field);
      expect(change, JSON.stringify(row!.changes)).toBeDefined();
      expect(change!.after).toEqual(expected.changed.after);
      expect(change!.before).not.toEqual(expected.changed.after);
    }
    if (expected.action === 'create' && expected.entity !== 'backup') {
      expect(row!.changes.length).toBeGreaterThan(0);
      for (const c of row!.changes) expect(c.before).toBeNull();
    }

    // 2. When the trail cannot be written, the change itself does not happen either.
    const session2 = await permittedCaller(channel);
    const input2 = await exampleFor(channel, withCaller(channel, session2));
    const { result: r, unchanged } = await withAuditDown(core, () =>
      core.dispatch(channel, input2, session2),
    );
    expect(r.ok).toBe(false);
    expect(unchanged).toBe(true);
  });

  it('auth.setup writes the department, its groups, the manager and the account to the trail, all in one transaction', async () => {
    const fresh = await makeCore({ printer: fakePdfPrinter, clock });
    cores.push(fresh);
    const input = await channelExamples['auth.setup'](ctx);

    const down = await withAuditDown(fresh, () => fresh.call('auth.setup', input, fresh.sessions.create()));
    expect(down.result.ok).toBe(false);
    expect(down.unchanged).toBe(true);
    expect(unwrap(await fresh.call('auth.setupStatus', {}, fresh.sessions.create())).needsSetup).toBe(true);

    const session = fresh.sessions.create();
    const user = unwrap(await fresh.call('auth.setup', input, session));
    const rows = auditRowsAfter(fresh, 0);
    for (const r of rows) expect(changesOf(channels['auth.setup'])).toContain(r.entity);
    const kinds = rows.map((r) => `${r.entity}.${r.action}`);
    expect(kinds.filter((k) => k === 'group.create')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'appraisalTemplate.create')).toHaveLength(3);
    expect(kinds).toEqual(expect.arrayContaining(['staff.create', 'account.create', 'settings.create']));
    const settingsRow = rows.find((r) => r.entity === 'settings')!;
    expect(settingsRow.actorUserId).toBe(user.userId);
    expect(settingsRow.changes).toContainEqual({
      field: 'departmentName',
      before: null,
      after: input.departmentName,
    });
    const staffRow = rows.find((r) => r.entity === 'staff')!;
    expect(staffRow.entityId).toBe(user.staffId);
    expect(staffRow.changes).toContainEqual({ field: 'name', before: null, after: input.managerName });
    for (const r of rows) expect([null, user.userId]).toContain(r.actorUserId);
  });
});

describe('failed mutations leave no trail', () => {
  it('input that fails validation writes no audit row for any mutation', async () => {
    for (const channel of MUTATIONS) {
      const session = await permittedCaller(channel);
      const input = { ...((await exampleFor(channel, ctx)) as object), notAField: 1 };
      const n = auditCount(core);
      const r = await core.dispatch(channel, input, session);
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(auditCount(core), channel).toBe(n);
    }
  });

  it('a stale version (CONFLICT) writes no audit row for any versioned mutation', async () => {
    const versioned = MUTATIONS.filter(
      (c) => 'version' in ((channels[c].input as unknown as { shape?: object }).shape ?? {}),
    );
    expect(versioned.length).toBeGreaterThanOrEqual(6);
    for (const channel of versioned) {
      const caller = APPRAISED_STEPS.has(channel) ? await permittedCaller(channel) : manager;
      const example = () => exampleFor(channel, caller === manager ? ctx : withCaller(channel, caller));
      const stale = await example();
      unwrap(await core.dispatch(channel, await example(), caller));
      const n = auditCount(core);
      const before = tableChecksum(core);
      const r = await core.dispatch(channel, stale, caller);
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(auditCount(core), channel).toBe(n);
      expect(tableChecksum(core), channel).toBe(before);
    }
  });

  it('a rule refusal (DUPLICATE, service-level VALIDATION) writes no audit row', async () => {
    const n = auditCount(core);
    const g = unwrap(await core.call('org.groups.list', {}, manager))[0]!;
    expect(await core.call('org.groups.create', { name: g.name }, manager)).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE' },
    });
    const self = await core.call(
      'org.staff.update',
      { ...(await exampleFor('org.staff.update', ctx)), supervisorId: ctx.staffId },
      manager,
    );
    expect(self).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { supervisorId: {} } } });
    expect(auditCount(core)).toBe(n);
  });
});

describe('no password or hash ever reaches the trail', () => {
  it('scans every audit row of every database used here', async () => {
    // A failed login with a known wrong password, and an unknown user, so those paths are scanned too.
    expect(
      (
        await core.call(
          'auth.login',
          { username: ctx.username, password: WRONG_PASSWORD },
          core.sessions.create(),
        )
      ).ok,
    ).toBe(false);
    expect(
      (
        await core.call(
          'auth.login',
          { username: 'nobody.here', password: WRONG_PASSWORD },
          core.sessions.create(),
        )
      ).ok,
    ).toBe(false);
    const secrets = [
      MANAGER.password,
      EXAMPLE_PASSWORD,
      SESSION_FOR_PASSWORD,
      `${SESSION_FOR_PASSWORD}-next`,
      'Opened#Pass1',
      'Second#Pass1',
      WRONG_PASSWORD,
      'scrypt$',
    ];
    for (const c of cores) {
      const hashes = (
        c.store.db.prepare('SELECT password_hash FROM users').all() as { password_hash: string }[]
      ).map((r) => r.password_hash);
      expect(hashes.length).toBeGreaterThan(0);
      // The salt and key parts of every stored hash, too.
      const hashParts = hashes.flatMap((h) => h.split('$').slice(4));
      const rows = c.store.db.prepare('SELECT * FROM audit_log').all() as AuditEntry[];
      expect(rows.length).toBeGreaterThan(0);
      // Collected, then asserted once: an expect per row and secret made this test outgrow its timeout.
      const needles = [...secrets, ...hashParts];
      const leaks = rows.flatMap((row) => {
        const text = JSON.stringify(row);
        return needles.filter((s) => text.includes(s)).map((s) => `audit row ${text} contains ${s}`);
      });
      expect(leaks).toEqual([]);
    }
  });
});
