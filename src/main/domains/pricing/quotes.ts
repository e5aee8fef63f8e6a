import { AppError, type FieldError } from '../../../shared/contract/errors';
import { formatMoneyFen } from '../../../shared/i18n/format';
import type { QuoteFilter, QuoteInput } from '../../../shared/pricing/channels';
import { isBelowFloor, lineAmountFen, maySend, quoteProblems } from '../../../shared/pricing/rules';
import {
  EDITABLE_QUOTE_STATUSES,
  type Quote,
  type QuoteLine,
  type QuoteOpportunityOption,
  type QuotePage,
  type QuoteStatus,
} from '../../../shared/pricing/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { translator } from '../../i18n/translate';
import { requestApproval, withdrawApproval } from '../approvals/service';
import { assertVisible } from '../clients/service';
import { nextQuoteCode } from './codes';
import { quoteListWhere } from './listQuery';
import { productForQuote } from './products';
import { getOpportunityRow, opportunitiesOfClient } from './repository/opportunities';
import {
  getQuoteRow,
  insertQuote,
  quotePage,
  setQuoteStatus,
  updateQuote,
  type QuoteRow,
  type QuoteWrite,
} from './repository/quotes';
import { quoteAuditView, toQuote } from './views';
import { floorVisible, maySeeOwned } from './visibility';

/*
 * Quotes 报价单 (三(二)3): a salesperson quotes a client (and optionally one of its opportunities) with lines
 * from the price system or typed in. A line whose net unit price is below its product's floor needs the
 * manager's yes (the approvals seam, kind priceFloor): the quote is submitted with the reason and waits; the
 * manager's decision approves or refuses it (floorDecision.ts). Only a quote with no line below floor, or an
 * approved one, may be marked sent; changing the lines of a pending or approved quote takes it back to draft
 * and withdraws the request.
 */

export type QuoteListInput = QuoteFilter & { page: number; pageSize: number };

/** A quote the reader may see; missing and out of sight answer the same NOT_FOUND. */
function visibleQuote(ctx: UserCtx, id: string): QuoteRow {
  const row = getQuoteRow(ctx.db, id);
  if (!row || !maySeeOwned(ctx.user, row)) throw notFound('quote');
  return row;
}

export function getQuote(ctx: UserCtx, id: string): Quote {
  return toQuote(visibleQuote(ctx, id), floorVisible(ctx));
}

export function listQuotes(ctx: UserCtx, input: QuoteListInput): QuotePage {
  const { page, pageSize, ...filter } = input;
  const visible = floorVisible(ctx);
  const found = quotePage(ctx.db, quoteListWhere(ctx.user, filter), filter, pageSize, (page - 1) * pageSize);
  return { items: found.rows.map((r) => toQuote(r, visible)), total: found.total, page, pageSize };
}

/** The client's opportunities the reader may see (the quote form's choice). */
export function quoteOpportunities(ctx: UserCtx, clientId: string): QuoteOpportunityOption[] {
  assertVisible(ctx, clientId);
  return opportunitiesOfClient(ctx.db, clientId)
    .filter((o) => maySeeOwned(ctx.user, o))
    .map(({ id, code, title, stage }) => ({ id, code, title, stage }));
}

function throwFields(fields: Record<string, FieldError>): void {
  if (Object.keys(fields).length)
    throw new AppError('VALIDATION', `${Object.keys(fields).join(', ')}: invalid`, { fields });
}

/**
 * The lines as they will be stored: each product's code and floor as of now (a product must be on offer on the
 * quote's date), the amount computed, below floor marked — and every wrong cell named at once.
 */
function pricedLines(ctx: UserCtx, input: QuoteInput): QuoteLine[] {
  const fields = quoteProblems(input);
  const lines = input.lines.map((l, i): QuoteLine => {
    const product = l.productId ? productForQuote(ctx, l.productId) : null;
    if (l.productId && !product) fields[`lines.${i}.productId`] = { key: 'validation.notFound' };
    else if (
      product &&
      (!product.active ||
        product.validFrom > input.quotedOn ||
        (product.validTo !== null && product.validTo < input.quotedOn))
    )
      fields[`lines.${i}.productId`] = { key: 'validation.productNotOffered' };
    const floor = product ? product.floorPriceFen : null;
    return {
      productId: product?.id ?? null,
      productCode: product?.code ?? null,
      description: l.description,
      unit: l.unit,
      quantity: l.quantity,
      unitPriceFen: l.unitPriceFen,
      discountPct: l.discountPct,
      amountFen: 0,
      floorPriceFen: floor,
      belowFloor: false,
    };
  });
  throwFields(fields);
  return lines.map((l) => ({
    ...l,
    amountFen: lineAmountFen(l.quantity, l.unitPriceFen, l.discountPct),
    belowFloor: isBelowFloor(l.unitPriceFen, l.discountPct, l.floorPriceFen),
  }));
}

/** The client the reader may see, and the opportunity (of that client, one the reader may see). */
function checkSubjects(ctx: UserCtx, input: QuoteInput): void {
  try {
    assertVisible(ctx, input.clientId);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND')
      throw fieldRefusal('VALIDATION', 'clientId', 'validation.notFound');
    throw e;
  }
  if (input.opportunityId === null) return;
  const o = getOpportunityRow(ctx.db, input.opportunityId);
  if (!o || !maySeeOwned(ctx.user, o))
    throw fieldRefusal('VALIDATION', 'opportunityId', 'validation.notFound');
  if (o.clientId !== input.clientId)
    throw fieldRefusal('VALIDATION', 'opportunityId', 'validation.opportunityOtherClient');
}

function writeOf(ctx: UserCtx, input: QuoteInput): QuoteWrite {
  checkSubjects(ctx, input);
  const lines = pricedLines(ctx, input);
  return {
    clientId: input.clientId,
    opportunityId: input.opportunityId,
    quotedOn: input.quotedOn,
    validUntil: input.validUntil,
    lines,
    totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0),
    terms: input.terms,
  };
}

function audited(m: Mutation<UserCtx>, before: QuoteRow | null, id: string, action: string): Quote {
  const after = getQuoteRow(m.db, id)!;
  m.audit({
    entity: 'quote',
    entityId: id,
    action,
    changes: diffRecords(before && quoteAuditView(before), quoteAuditView(after)),
  });
  return toQuote(after, floorVisible(m));
}

export function createQuote(ctx: UserCtx, input: QuoteInput): Quote {
  const w = writeOf(ctx, input);
  return mutate(ctx, (m) => {
    const id = newId();
    insertQuote(
      m.db,
      id,
      nextQuoteCode(m.db, input.quotedOn),
      { ownerId: m.user.staffId, groupId: m.user.groupId },
      w,
      m.stamp,
    );
    return audited(m, null, id, 'create');
  });
}

/** A quote the reader may change now: visible, at the version read. */
function forWrite(m: Mutation<UserCtx>, id: string, version: number): QuoteRow {
  const row = visibleQuote(m, id);
  if (row.version !== version) throw conflict('quote');
  return row;
}

const sameLines = (a: readonly QuoteLine[], b: readonly QuoteLine[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves the quote. Changing the lines of a quote that waits for or has the manager's approval takes it back to
 * draft and withdraws the request: what was approved is no longer what would be sent. A refused quote edited
 * is a draft again.
 */
export function updateQuoteOf(ctx: UserCtx, id: string, version: number, input: QuoteInput): Quote {
  return mutate(ctx, (m) => {
    const before = forWrite(m, id, version);
    if (!EDITABLE_QUOTE_STATUSES.includes(before.status))
      throw new AppError('INVALID_STATE', `quote is ${before.status}`);
    const w = writeOf(m, input);
    const linesChanged = !sameLines(before.lines, w.lines);
    const backToDraft = before.status === 'refused' || (linesChanged && before.status !== 'draft');
    if (backToDraft && before.approvalId) withdrawApproval(m, before.approvalId);
    m.versioned(
      'quote',
      updateQuote(
        m.db,
        id,
        version,
        {
          ...w,
          status: backToDraft ? 'draft' : before.status,
          approvalId: backToDraft ? null : before.approvalId,
          floorReason: backToDraft ? null : before.floorReason,
        },
        m.stamp,
      ),
    );
    return audited(m, before, id, 'update');
  });
}

/** "客户名 · ¥12,000.00 · 2 行低于底价 / 2 lines below floor": what is asked, in both languages, no floor figures. */
function approvalSummary(row: QuoteRow): string {
  const count = row.lines.filter((l) => l.belowFloor).length;
  return [
    row.clientName,
    formatMoneyFen(row.totalFen, 'zh-CN'),
    `${translator('zh-CN')('pricing:approval.summary', { count })} / ${translator('en-US')('pricing:approval.summary', { count })}`,
  ].join(' · ');
}

/**
 * Asks the manager to approve the lines below floor, with the reason; the manager's own request is approved
 * as it is made. A quote with no line below floor needs no approval (it may be sent as it is).
 */
export function submitQuote(ctx: UserCtx, id: string, version: number, reason: string): Quote {
  return mutate(ctx, (m) => {
    const before = forWrite(m, id, version);
    if (before.status !== 'draft' && before.status !== 'refused')
      throw new AppError('INVALID_STATE', `quote is ${before.status}`);
    if (!before.lines.some((l) => l.belowFloor))
      throw new AppError('INVALID_STATE', 'no line is below its floor price');
    const approval = requestApproval(m, {
      kind: 'priceFloor',
      subjectId: id,
      subjectCode: before.code,
      subjectTitle: before.clientName,
      subjectLink: `/quotes/${id}`,
      summary: approvalSummary(before),
      reason,
      groupId: before.groupId,
    });
    m.versioned(
      'quote',
      setQuoteStatus(
        m.db,
        id,
        version,
        {
          status: approval.status === 'approved' ? 'approved' : 'pendingApproval',
          approvalId: approval.id,
          floorReason: reason,
        },
        m.stamp,
      ),
    );
    return audited(m, before, id, 'submit_for_approval');
  });
}

const MARKS = {
  sent: {
    from: (r: QuoteRow) =>
      maySend(
        r.status,
        r.lines.some((l) => l.belowFloor),
      ),
    action: 'mark_sent',
  },
  accepted: { from: (r: QuoteRow) => r.status === 'sent', action: 'mark_accepted' },
  declined: { from: (r: QuoteRow) => r.status === 'sent', action: 'mark_declined' },
} satisfies Record<string, { from: (r: QuoteRow) => boolean; action: string }>;

/**
 * Marks the quote sent (only with no line below floor, or approved), then accepted or declined by the client.
 * A pending or refused quote is never sent.
 */
export function markQuote(
  ctx: UserCtx,
  id: string,
  version: number,
  to: keyof typeof MARKS & QuoteStatus,
): Quote {
  return mutate(ctx, (m) => {
    const before = forWrite(m, id, version);
    if (!MARKS[to].from(before)) throw new AppError('INVALID_STATE', `quote is ${before.status}`);
    m.versioned(
      'quote',
      setQuoteStatus(
        m.db,
        id,
        version,
        { status: to, approvalId: before.approvalId, floorReason: before.floorReason },
        m.stamp,
      ),
    );
    return audited(m, before, id, MARKS[to].action);
  });
}
