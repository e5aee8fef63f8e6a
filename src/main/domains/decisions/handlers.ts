import type { approvalChannels } from '../../../shared/approvals/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { listApprovals } from '../approvals/service';
import { decideApproval } from './service';

export const approvalHandlers: DomainHandlers<keyof typeof approvalChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'approvals.list': (input, req) => listApprovals(ctx(req), input),
    'approvals.decide': (input, req) => decideApproval(ctx(req), input),
  };
};
