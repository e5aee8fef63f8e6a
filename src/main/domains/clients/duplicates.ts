import {
  normaliseClientName,
  normaliseCreditCode,
  normalisePhoneDigits,
} from '../../../shared/clients/rules';
import type { DuplicateMatch, DuplicateReason } from '../../../shared/clients/types';
import { stmt, type Db } from '../../db/connection';
import { canSee, type Viewer } from './visibility';

export interface DuplicateQuery {
  exceptId: string | null;
  name: string | null;
  creditCode: string | null;
  phones: readonly string[];
}

/** Fewer digits than this say nothing about who a number belongs to (extensions, typing in progress). */
const MIN_PHONE_DIGITS = 6;
const MAX_MATCHES = 20;

interface MatchRow {
  id: string;
  code: string;
  name: string;
  ownerId: string | null;
  ownerName: string | null;
  groupId: string | null;
  reason: DuplicateReason;
}

const MATCH_SELECT = `SELECT c.id, c.code, c.name, c.owner_id AS ownerId, o.name AS ownerName, c.group_id AS groupId`;
const MATCH_FROM = `FROM clients c LEFT JOIN staff o ON o.id = c.owner_id`;

/**
 * Live files that look like the same client: the same credit code, the same normalised name
 * (full-/half-width, spaces, 有限责任公司 ≈ 有限公司) or a contact with the same phone digits. Files outside the
 * caller's scope are reported too — a duplicate is a duplicate whoever owns it — but marked not visible.
 */
export function findDuplicates(db: Db, viewer: Viewer, q: DuplicateQuery): DuplicateMatch[] {
  const rows: MatchRow[] = [];
  const creditCode = q.creditCode ? normaliseCreditCode(q.creditCode) : '';
  if (creditCode)
    rows.push(
      ...(stmt(
        db,
        `${MATCH_SELECT}, 'creditCode' AS reason ${MATCH_FROM}
         WHERE c.credit_code = ? AND c.deleted_at IS NULL AND c.id IS NOT ? LIMIT ${MAX_MATCHES}`,
      ).all(creditCode, q.exceptId) as MatchRow[]),
    );
  const nameNorm = q.name ? normaliseClientName(q.name) : '';
  if (nameNorm)
    rows.push(
      ...(stmt(
        db,
        `${MATCH_SELECT}, 'name' AS reason ${MATCH_FROM}
         WHERE c.name_norm = ? AND c.deleted_at IS NULL AND c.id IS NOT ? LIMIT ${MAX_MATCHES}`,
      ).all(nameNorm, q.exceptId) as MatchRow[]),
    );
  const phones = [...new Set(q.phones.map(normalisePhoneDigits))].filter((p) => p.length >= MIN_PHONE_DIGITS);
  if (phones.length)
    rows.push(
      ...(stmt(
        db,
        `${MATCH_SELECT}, 'phone' AS reason ${MATCH_FROM}
         WHERE c.id IN (SELECT k.client_id FROM client_contacts k
                        WHERE k.mobile_norm IN (SELECT value FROM json_each(?)) AND k.deleted_at IS NULL)
           AND c.deleted_at IS NULL AND c.id IS NOT ? LIMIT ${MAX_MATCHES}`,
      ).all(JSON.stringify(phones), q.exceptId) as MatchRow[]),
    );

  const byId = new Map<string, DuplicateMatch>();
  for (const r of rows) {
    const match = byId.get(r.id);
    if (match) {
      if (!match.reasons.includes(r.reason)) match.reasons.push(r.reason);
      continue;
    }
    byId.set(r.id, {
      clientId: r.id,
      code: r.code,
      name: r.name,
      ownerName: r.ownerName,
      reasons: [r.reason],
      visible: canSee(viewer, r),
    });
  }
  return [...byId.values()].sort(
    (a, b) => b.reasons.length - a.reasons.length || a.code.localeCompare(b.code),
  );
}
