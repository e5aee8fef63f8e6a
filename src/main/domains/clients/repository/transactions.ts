import type { TransactionInput } from '../../../../shared/clients/channels';
import type { Transaction } from '../../../../shared/clients/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';
import { withoutDeleted } from './rows';

export type TransactionRow = Transaction & { deletedAt: string | null };

const TRANSACTION_SELECT = `
  SELECT id, client_id AS clientId, date, item, quantity, amount_fen AS amountFen, contract_ref AS contractRef, notes,
         version, deleted_at AS deletedAt
  FROM client_transactions`;

/** Newest first. */
export function listTransactions(db: Db, clientId: string): Transaction[] {
  return (
    stmt(
      db,
      `${TRANSACTION_SELECT} WHERE client_id = ? AND deleted_at IS NULL ORDER BY date DESC, created_at DESC, id DESC`,
    ).all(clientId) as TransactionRow[]
  ).map(withoutDeleted);
}

export function getTransaction(db: Db, id: string): TransactionRow | null {
  return (stmt(db, `${TRANSACTION_SELECT} WHERE id = ?`).get(id) as TransactionRow | undefined) ?? null;
}

/** `contractId`: the signed contract the transaction comes from (its revenue, never counted twice). */
export function insertTransaction(
  db: Db,
  id: string,
  clientId: string,
  w: TransactionInput,
  s: Stamp,
  contractId: string | null = null,
): void {
  stmt(
    db,
    `INSERT INTO client_transactions (id, client_id, date, item, quantity, amount_fen, contract_ref, notes, created_at,
       updated_at, created_by, updated_by, contract_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    clientId,
    w.date,
    w.item,
    w.quantity,
    w.amountFen,
    w.contractRef,
    w.notes,
    s.at,
    s.at,
    s.by,
    s.by,
    contractId,
  );
}

export function updateTransaction(
  db: Db,
  id: string,
  version: number,
  w: TransactionInput,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE client_transactions SET date = ?, item = ?, quantity = ?, amount_fen = ?, contract_ref = ?, notes = ?,
         updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(w.date, w.item, w.quantity, w.amountFen, w.contractRef, w.notes, s.at, s.by, id, version)
      .changes === 1
  );
}

export function softDeleteTransaction(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE client_transactions SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?, version = version + 1
       WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(s.at, s.by, s.at, s.by, id, version).changes === 1
  );
}

/** Live transactions dated in [from, to) (calendar dates) as [date, client id], by date: clients served. */
export function transactionDays(db: Db, from: string, to: string): [date: string, clientId: string][] {
  return stmt(
    db,
    `SELECT date, client_id FROM client_transactions
     WHERE date >= @from AND date < @to AND deleted_at IS NULL ORDER BY date`,
  )
    .raw(true)
    .all({ from, to }) as [string, string][];
}
