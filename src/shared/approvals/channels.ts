import { z } from 'zod';
import { channel } from '../contract/channel';
import { id, optionalText, page, pageSize, version } from '../contract/fields';
import { LIMITS } from '../contract/limits';
import type { Approval, ApprovalPage } from './types';
import { APPROVAL_DECISIONS, APPROVAL_KINDS, APPROVAL_STATUSES } from './types';

export const approvalChannels = {
  /** The manager sees every request; anyone else the requests they made. Pending first, then newest. */
  'approvals.list': channel<ApprovalPage>()({
    input: z.strictObject({
      statuses: z.array(z.enum(APPROVAL_STATUSES)).max(4).default([]),
      kinds: z.array(z.enum(APPROVAL_KINDS)).max(APPROVAL_KINDS.length).default([]),
      page: page(),
      pageSize: pageSize(),
    }),
    access: 'approvals.read',
    kind: 'query',
  }),
  /** Approve or refuse a pending request; refusing needs a comment. The subject's domain applies it. */
  'approvals.decide': channel<Approval>()({
    input: z.strictObject({
      id: id(),
      version: version(),
      decision: z.enum(APPROVAL_DECISIONS),
      comment: optionalText(LIMITS.text),
    }),
    access: 'approvals.decide',
    kind: 'mutation',
    changes: ['approval', 'risk'],
  }),
};
