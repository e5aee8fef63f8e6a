import type { TransactionInput } from '../../../shared/clients/channels';
import type { Transaction } from '../../../shared/clients/types';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx, UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { notFound } from '../../core/refusals';
import { childForWrite, liveClient, touched } from './access';
import { getClientRow } from './repository/clients';
import { withoutDeleted } from './repository/rows';
import * as transactions from './repository/transactions';

// Transaction records (成交记录) kept inside a client file: what was sold, when, for how much (fen).

const auditView = ({ id: _i, version: _v, ...rest }: Transaction) => rest;

const readLive = (m: Mutation, id: string): Transaction =>
  withoutDeleted(transactions.getTransaction(m.db, id)!);

export function createTransaction(ctx: UserCtx, clientId: string, input: TransactionInput): Transaction {
  return mutate(ctx, (m) => {
    liveClient(m, clientId);
    const id = newId();
    transactions.insertTransaction(m.db, id, clientId, input, m.stamp);
    touched(m, clientId);
    const created = readLive(m, id);
    m.audit({
      entity: 'transaction',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, auditView(created)),
    });
    return created;
  });
}

/**
 * A signed contract's transactions, written inside the contract's own mutation (`m`): each keeps the
 * contract's id and its code as the reference. The contract domain has checked who may sign; the file only
 * has to be live — its owner may have changed since the contract was drawn up.
 */
export function recordContractTransactions(
  m: Mutation<UserCtx>,
  clientId: string,
  contractId: string,
  rows: readonly TransactionInput[],
): Transaction[] {
  const client = getClientRow(m.db, clientId);
  if (!client || client.deletedAt) throw notFound('client');
  const written = rows.map((input) => {
    const id = newId();
    transactions.insertTransaction(m.db, id, clientId, input, m.stamp, contractId);
    const created = readLive(m, id);
    m.audit({
      entity: 'transaction',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, auditView(created)),
    });
    return created;
  });
  touched(m, clientId);
  return written;
}

export function updateTransaction(
  ctx: UserCtx,
  id: string,
  version: number,
  input: TransactionInput,
): Transaction {
  return mutate(ctx, (m) => {
    const before = childForWrite(m, 'transaction', transactions.getTransaction(m.db, id), version);
    m.versioned('transaction', transactions.updateTransaction(m.db, id, version, input, m.stamp));
    touched(m, before.clientId);
    const after = readLive(m, id);
    m.audit({
      entity: 'transaction',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(withoutDeleted(before)), auditView(after)),
    });
    return after;
  });
}

export function deleteTransaction(ctx: UserCtx, id: string, version: number): null {
  return mutate(ctx, (m) => {
    const before = childForWrite(m, 'transaction', transactions.getTransaction(m.db, id), version);
    m.versioned('transaction', transactions.softDeleteTransaction(m.db, id, version, m.stamp));
    touched(m, before.clientId);
    m.audit({
      entity: 'transaction',
      entityId: id,
      action: 'delete',
      changes: [{ field: 'deletedAt', before: null, after: m.stamp.at }],
    });
    return null;
  });
}

/**
 * The days the department did business with each client in [from, to) (calendar dates), from their
 * transactions, as [date, client id] by date: a department-wide figure (the improvement effect check's
 * clients served), so every file counts whoever may open it, and only ids leave the domain.
 */
export function transactionDays(ctx: Ctx, from: string, to: string): [date: string, clientId: string][] {
  return transactions.transactionDays(ctx.db, from, to);
}
