import type {
  ContractCreateInput,
  ContractFilter,
  ContractInput,
  ContractListInput,
  ContractOrder,
} from '../../../shared/contracts/channels';
import { lineAmountFen } from '../../../shared/contracts/rules';
import type { Contract, ContractDetail, ContractPage, ContractSource } from '../../../shared/contracts/types';
import { AppError } from '../../../shared/contract/errors';
import { chinaDate } from '../../../shared/service/statsPeriod';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { assertVisible } from '../clients/service';
import { findStaff } from '../org/staff';
import { contractForWrite, invalidMove, visibleContract } from './access';
import { nextContractCode } from './codes';
import { contractAuditView, toContract, toLine } from './contractView';
import { contractListWhere, likePattern } from './listQuery';
import { listAttachments } from './repository/attachments';
import * as contracts from './repository/contracts';
import { listHandoffs } from './repository/handoffs';
import { listMilestones } from './repository/milestones';
import * as sources from './repository/sources';
import { scopeClause, inScope } from './visibility';

/** How many sources the create form offers at once (a search narrows them). */
const SOURCES_SHOWN = 50;

export function detailOf(ctx: UserCtx, contract: Contract): ContractDetail {
  return {
    contract,
    milestones: listMilestones(ctx.db, contract.id),
    handoffs: listHandoffs(ctx.db, contract.id),
    attachments: listAttachments(ctx.db, contract.id),
  };
}

/** The contract as it is now in this mutation, with its parts. */
export const readDetail = (m: Mutation<UserCtx>, id: string): ContractDetail =>
  detailOf(m, toContract(contracts.getContract(m.db, id)!));

export function getContract(ctx: UserCtx, id: string): ContractDetail {
  return detailOf(ctx, visibleContract(ctx, id).contract);
}

export function listContracts(ctx: UserCtx, input: ContractListInput): ContractPage {
  const page = contracts.contractPage(
    ctx.db,
    contractListWhere(ctx.user, input),
    input,
    input.pageSize,
    (input.page - 1) * input.pageSize,
  );
  return { rows: page.rows.map(toContract), total: page.total, page: input.page, pageSize: input.pageSize };
}

/** Every row of the list as the reader sees it with these filters and this order, up to `max`. */
export function contractRows(ctx: UserCtx, input: ContractFilter & ContractOrder, max: number): Contract[] {
  return contracts
    .contractPage(ctx.db, contractListWhere(ctx.user, input), input, max, 0)
    .rows.map(toContract);
}

export function contractSources(ctx: UserCtx, search: string | null): ContractSource[] {
  return sources.listSources(
    ctx.db,
    scopeClause(ctx.user, 'x'),
    search ? likePattern(search) : null,
    SOURCES_SHOWN,
  );
}

/** The stored particulars: with lines, the amount is theirs (each line's amount computed the same way). */
function contractWrite(input: ContractInput): contracts.ContractWrite {
  const lines = input.lines.map((l) => toLine(l));
  const amountFen = lines.length ? lines.reduce((sum, l) => sum + lineAmountFen(l), 0) : input.amountFen;
  if (amountFen <= 0) throw fieldRefusal('VALIDATION', 'amountFen', 'validation.contractAmountZero');
  return { ...input, lines, amountFen };
}

interface Origin {
  clientId: string;
  opportunityId: string | null;
  quoteId: string | null;
  /** Whose deal it is: the opportunity's or quote's owner; the creator for a blank contract. */
  ownerId: string;
  groupId: string | null;
  /** What the source brings when the form sent none. */
  lines: ContractInput['lines'];
  amountFen: number;
  paymentTerms: string | null;
}

/** Where a new contract comes from: exactly one of a client file, an opportunity, a quote, in the caller's scope. */
function originOf(ctx: UserCtx, input: ContractCreateInput): Origin {
  const given = [input.clientId, input.opportunityId, input.quoteId].filter(Boolean).length;
  if (given !== 1) throw fieldRefusal('VALIDATION', 'clientId', 'validation.contractOrigin');
  if (input.quoteId) {
    const q = sources.getQuote(ctx.db, input.quoteId);
    if (!q || !inScope(ctx.user, q)) throw fieldRefusal('VALIDATION', 'quoteId', 'validation.notFound');
    if (q.status !== 'accepted') throw fieldRefusal('VALIDATION', 'quoteId', 'validation.quoteNotAccepted');
    if (contracts.contractFromSource(ctx.db, 'quote', q.id))
      throw fieldRefusal('DUPLICATE', 'quoteId', 'validation.sourceHasContract');
    const lines = (JSON.parse(q.lines) as unknown[]).map(toLine).map((l) => ({
      productId: l.productId,
      description: l.description,
      unit: l.unit,
      quantity: l.quantity,
      unitPriceFen: l.unitPriceFen,
      discount: l.discount,
    }));
    return {
      clientId: q.clientId,
      opportunityId: q.opportunityId,
      quoteId: q.id,
      ownerId: q.ownerId,
      groupId: q.groupId,
      lines,
      amountFen: q.totalFen,
      paymentTerms: q.terms,
    };
  }
  if (input.opportunityId) {
    const o = sources.getOpportunity(ctx.db, input.opportunityId);
    if (!o || !inScope(ctx.user, o)) throw fieldRefusal('VALIDATION', 'opportunityId', 'validation.notFound');
    if (o.stage === 'lost') throw fieldRefusal('VALIDATION', 'opportunityId', 'validation.opportunityLost');
    if (contracts.contractFromSource(ctx.db, 'opportunity', o.id))
      throw fieldRefusal('DUPLICATE', 'opportunityId', 'validation.sourceHasContract');
    return {
      clientId: o.clientId,
      opportunityId: o.id,
      quoteId: null,
      ownerId: o.ownerId,
      groupId: o.groupId,
      lines: [],
      amountFen: o.expectedAmountFen ?? 0,
      paymentTerms: null,
    };
  }
  try {
    assertVisible(ctx, input.clientId!);
  } catch {
    throw fieldRefusal('VALIDATION', 'clientId', 'validation.notFound');
  }
  const me = findStaff(ctx, ctx.user.staffId);
  return {
    clientId: input.clientId!,
    opportunityId: null,
    quoteId: null,
    ownerId: ctx.user.staffId,
    groupId: me?.groupId ?? ctx.user.groupId,
    lines: [],
    amountFen: 0,
    paymentTerms: null,
  };
}

export function createContract(ctx: UserCtx, input: ContractCreateInput): ContractDetail {
  return mutate(ctx, (m) => {
    const origin = originOf(m, input);
    const { clientId: _c, opportunityId: _o, quoteId: _q, ...fields } = input;
    const w = contractWrite({
      ...fields,
      lines: fields.lines.length ? fields.lines : origin.lines,
      amountFen: fields.amountFen || origin.amountFen,
      paymentTerms: fields.paymentTerms ?? origin.paymentTerms,
    });
    const id = newId();
    const code = nextContractCode(m.db, chinaDate(m.stamp.at));
    contracts.insertContract(m.db, { id, code, ...origin }, w, m.stamp);
    const detail = readDetail(m, id);
    m.audit({
      entity: 'contract',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, { ...contractAuditView(detail.contract), status: 'draft' }),
    });
    return detail;
  });
}

/** Only a draft's particulars and terms change; a contract under review goes back to draft first. */
export function updateContract(
  ctx: UserCtx,
  id: string,
  version: number,
  input: ContractInput,
): ContractDetail {
  return mutate(ctx, (m) => {
    const before = contractForWrite(m, id, version);
    if (before.status !== 'draft') throw invalidMove(before.status, 'edited');
    m.versioned('contract', contracts.updateContract(m.db, id, version, contractWrite(input), m.stamp));
    const after = readDetail(m, id);
    m.audit({
      entity: 'contract',
      entityId: id,
      action: 'update',
      changes: diffRecords(contractAuditView(before), contractAuditView(after.contract)),
    });
    return after;
  });
}

/** Refuses a workflow move with the reason, on the field the screen shows it under. */
export const stateRefusal = (field: string, key: string, params?: Record<string, string | number>) =>
  new AppError('INVALID_STATE', `${field}: ${key}`, {
    fields: { [field]: params ? { key, params } : { key } },
  });
