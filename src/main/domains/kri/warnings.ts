import { STATE_RANK, thresholdOf } from '../../../shared/kri/rules';
import type { Kri, KriWarning } from '../../../shared/kri/types';
import type { UserCtx } from '../../core/context';
import { listKris } from './repository/kris';
import { seriesReader } from './series';
import { scopeClause } from './visibility';

/** The warning of an indicator whose newest reading is past a threshold; null while it is normal. */
export function warningOf(k: Kri): KriWarning | null {
  const latest = k.latest;
  if (!latest || latest.state === 'normal') return null;
  return {
    id: k.id,
    code: k.code,
    name: k.name,
    unit: k.unit,
    direction: k.direction,
    state: latest.state,
    value: latest.value,
    periodOn: latest.periodOn,
    period: latest.period,
    threshold: thresholdOf(latest.state, { warning: k.warningThreshold, alarm: k.alarmThreshold }),
    riskId: k.riskId,
    riskCode: k.riskCode,
    riskTitle: k.riskTitle,
    ownerName: k.ownerName,
  };
}

/**
 * The active indicators the user sees whose newest reading is past a threshold, alarms first, then by code:
 * Home's "Risk warnings" and the register report.
 */
export function kriWarnings(ctx: UserCtx): KriWarning[] {
  const reader = seriesReader(ctx);
  const filter = { search: null, sources: [], ownerId: null, riskId: null, includeInactive: false };
  return listKris(ctx.db, filter, scopeClause(ctx.user))
    .map((row) => warningOf(reader.toKri(row)))
    .filter((w): w is KriWarning => w !== null)
    .sort((a, b) => STATE_RANK[a.state] - STATE_RANK[b.state] || (a.code < b.code ? -1 : 1));
}
