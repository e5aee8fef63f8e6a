import { chinaDate } from '../../../shared/service/statsPeriod';
import type { ChecklistEntry, Contract, ContractLine, ReviewOpinion } from '../../../shared/contracts/types';
import { lineAmountFen } from '../../../shared/contracts/rules';
import type { ContractRow } from './repository/contracts';

const num = (v: unknown, fallback = 0): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * A line as stored, whether typed into the contract or copied from a quote (the price system names the
 * discount `discountPct`): read field by field, so a quote line's extra fields (floor, below floor) stay out.
 */
export function toLine(raw: unknown): ContractLine {
  const l = (raw ?? {}) as Record<string, unknown>;
  const line = {
    productId: str(l.productId),
    description: str(l.description) ?? '',
    unit: str(l.unit),
    quantity: num(l.quantity),
    unitPriceFen: num(l.unitPriceFen),
    discount: num(l.discountPct, num(l.discount)),
  };
  return { ...line, amountFen: typeof l.amountFen === 'number' ? l.amountFen : lineAmountFen(line) };
}

const parse = <T>(json: string): T[] => JSON.parse(json) as T[];

export function toContract(r: ContractRow): Contract {
  const { lines, checklist, reviews, createdAt, updatedAt: _u, ...rest } = r;
  return {
    ...rest,
    lines: parse<unknown>(lines).map(toLine),
    checklist: parse<ChecklistEntry>(checklist),
    reviews: parse<ReviewOpinion>(reviews),
    draftedOn: chinaDate(createdAt),
  };
}

/** The contract's date for its milestones: the signing date once signed, else the day it was drawn up. */
export const contractDate = (c: Pick<Contract, 'signedOn' | 'draftedOn'>): string =>
  c.signedOn ?? c.draftedOn;

/** The trail's view of a contract: its particulars and terms, lines by what they say. */
export function contractAuditView(c: Contract) {
  return {
    code: c.code,
    title: c.title,
    clientId: c.clientId,
    opportunity: c.opportunityCode,
    quote: c.quoteCode,
    ownerId: c.ownerId,
    amountFen: c.amountFen,
    costFen: c.costFen,
    lines: c.lines.map((l) => `${l.description} × ${l.quantity}`),
    subject: c.subject,
    deliveryTerms: c.deliveryTerms,
    paymentTerms: c.paymentTerms,
    liabilityTerms: c.liabilityTerms,
    disputeTerms: c.disputeTerms,
  };
}
