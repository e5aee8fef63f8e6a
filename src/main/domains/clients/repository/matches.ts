import type { DuplicateReason } from '../../../../shared/clients/types';
import { stmt, type Db } from '../../../db/connection';

/** A live file that looks like the one being written: who owns it decides whether the writer may see it. */
export interface DuplicateRow {
  id: string;
  code: string;
  name: string;
  ownerId: string | null;
  ownerName: string | null;
  groupId: string | null;
  reason: DuplicateReason;
}

const MAX_MATCHES = 20;

const MATCH_SELECT = `SELECT c.id, c.code, c.name, c.owner_id AS ownerId, o.name AS ownerName, c.group_id AS groupId`;
const MATCH_FROM = `FROM clients c LEFT JOIN staff o ON o.id = c.owner_id`;

/** Live files with this credit code (normalised), other than `exceptId`; at most 20. */
export function duplicatesByCreditCode(db: Db, creditCode: string, exceptId: string | null): DuplicateRow[] {
  return stmt(
    db,
    `${MATCH_SELECT}, 'creditCode' AS reason ${MATCH_FROM}
     WHERE c.credit_code = ? AND c.deleted_at IS NULL AND c.id IS NOT ? LIMIT ${MAX_MATCHES}`,
  ).all(creditCode, exceptId) as DuplicateRow[];
}

/** Live files with this normalised name, other than `exceptId`; at most 20. */
export function duplicatesByNameNorm(db: Db, nameNorm: string, exceptId: string | null): DuplicateRow[] {
  return stmt(
    db,
    `${MATCH_SELECT}, 'name' AS reason ${MATCH_FROM}
     WHERE c.name_norm = ? AND c.deleted_at IS NULL AND c.id IS NOT ? LIMIT ${MAX_MATCHES}`,
  ).all(nameNorm, exceptId) as DuplicateRow[];
}

/** Live files with a live contact whose mobile has any of these digits, other than `exceptId`; at most 20. */
export function duplicatesByPhones(
  db: Db,
  phones: readonly string[],
  exceptId: string | null,
): DuplicateRow[] {
  return stmt(
    db,
    `${MATCH_SELECT}, 'phone' AS reason ${MATCH_FROM}
     WHERE c.id IN (SELECT k.client_id FROM client_contacts k
                    WHERE k.mobile_norm IN (SELECT value FROM json_each(?)) AND k.deleted_at IS NULL)
       AND c.deleted_at IS NULL AND c.id IS NOT ? LIMIT ${MAX_MATCHES}`,
  ).all(JSON.stringify(phones), exceptId) as DuplicateRow[];
}

/** A live file an import row matches, with the version an update of it will name. */
export interface ImportMatchRow {
  clientId: string;
  code: string;
  name: string;
  ownerName: string | null;
  version: number;
  ownerId: string | null;
  groupId: string | null;
  province: string | null;
  city: string | null;
}

const IMPORT_MATCH_SELECT = `SELECT c.id AS clientId, c.code, c.name, o.name AS ownerName, c.version,
  c.owner_id AS ownerId, c.group_id AS groupId, c.province, c.city
  FROM clients c LEFT JOIN staff o ON o.id = c.owner_id`;

export function importMatchesByCreditCode(db: Db, creditCode: string): ImportMatchRow[] {
  return stmt(db, `${IMPORT_MATCH_SELECT} WHERE c.credit_code = ? AND c.deleted_at IS NULL`).all(
    creditCode,
  ) as ImportMatchRow[];
}

export function importMatchesByNameNorm(db: Db, nameNorm: string): ImportMatchRow[] {
  return stmt(db, `${IMPORT_MATCH_SELECT} WHERE c.name_norm = ? AND c.deleted_at IS NULL`).all(
    nameNorm,
  ) as ImportMatchRow[];
}

export function importMatchesByPhone(db: Db, phoneDigits: string): ImportMatchRow[] {
  return stmt(
    db,
    `${IMPORT_MATCH_SELECT} WHERE c.deleted_at IS NULL AND c.id IN
      (SELECT client_id FROM client_contacts WHERE mobile_norm = ? AND deleted_at IS NULL)`,
  ).all(phoneDigits) as ImportMatchRow[];
}
