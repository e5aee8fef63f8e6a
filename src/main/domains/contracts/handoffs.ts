import type { ContractDetail } from '../../../shared/contracts/types';
import { AppError } from '../../../shared/contract/errors';
import type { UserCtx } from '../../core/context';
import { mutate } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { visibleContract } from './access';
import * as contracts from './repository/contracts';
import * as handoffs from './repository/handoffs';
import { readDetail } from './service';

/**
 * The department took the contract over 交接确认. Its assignee acknowledges it themselves; without one, those
 * running the contract record who in the department acknowledged it. Once, with who and when.
 */
export function acknowledgeHandoff(
  ctx: UserCtx,
  id: string,
  version: number,
  acknowledgedBy: string | null,
): ContractDetail {
  return mutate(ctx, (m) => {
    const h = handoffs.getHandoff(m.db, id);
    if (!h) throw notFound('contractHandoff');
    const { contract, scoped } = visibleContract(m, h.contractId);
    const isAssignee = h.assigneeId === m.user.staffId;
    if (!scoped && !isAssignee)
      throw new AppError('FORBIDDEN', 'only the assignee or those running the contract acknowledge');
    if (h.version !== version) throw conflict('contractHandoff');
    if (h.acknowledgedAt) throw new AppError('INVALID_STATE', 'hand-off already acknowledged');
    if (contract.status === 'terminated') throw new AppError('INVALID_STATE', 'contract terminated');
    const who = isAssignee ? (acknowledgedBy ?? m.user.displayName) : acknowledgedBy;
    if (!who) throw fieldRefusal('VALIDATION', 'acknowledgedBy', 'validation.acknowledgedByRequired');
    m.versioned('contractHandoff', handoffs.acknowledge(m.db, id, version, who, m.stamp));
    contracts.touchContract(m.db, h.contractId, m.stamp);
    m.audit({
      entity: 'contractHandoff',
      entityId: id,
      action: 'acknowledge',
      changes: [
        { field: 'acknowledgedBy', before: null, after: who },
        { field: 'acknowledgedAt', before: null, after: m.stamp.at },
      ],
    });
    return readDetail(m, h.contractId);
  });
}
