import type { DuplicateQuery } from '../../../shared/clients/channels';
import {
  normaliseClientName,
  normaliseCreditCode,
  normalisePhoneDigits,
} from '../../../shared/clients/rules';
import type { DuplicateMatch } from '../../../shared/clients/types';
import type { UserCtx } from '../../core/context';
import {
  duplicatesByCreditCode,
  duplicatesByNameNorm,
  duplicatesByPhones,
  type DuplicateRow,
} from './repository/matches';
import { canSee } from './visibility';

/** Fewer digits than this say nothing about who a number belongs to (extensions, typing in progress). */
const MIN_PHONE_DIGITS = 6;

/**
 * Live files that look like the same client: the same credit code, the same normalised name
 * (full-/half-width, spaces, 有限责任公司 ≈ 有限公司) or a contact with the same phone digits. Files outside the
 * caller's scope are reported too — a duplicate is a duplicate whoever owns it — but marked not visible.
 */
export function checkDuplicates(ctx: UserCtx, q: DuplicateQuery): DuplicateMatch[] {
  const rows: DuplicateRow[] = [];
  const creditCode = q.creditCode ? normaliseCreditCode(q.creditCode) : '';
  if (creditCode) rows.push(...duplicatesByCreditCode(ctx.db, creditCode, q.exceptId));
  const nameNorm = q.name ? normaliseClientName(q.name) : '';
  if (nameNorm) rows.push(...duplicatesByNameNorm(ctx.db, nameNorm, q.exceptId));
  const phones = [...new Set(q.phones.map(normalisePhoneDigits))].filter((p) => p.length >= MIN_PHONE_DIGITS);
  if (phones.length) rows.push(...duplicatesByPhones(ctx.db, phones, q.exceptId));

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
      visible: canSee(ctx.user, r),
    });
  }
  return [...byId.values()].sort(
    (a, b) => b.reasons.length - a.reasons.length || a.code.localeCompare(b.code),
  );
}
