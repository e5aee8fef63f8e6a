import type { KriFilter, KriInput, KriSort } from '../../../shared/kri/channels';
import { STATE_RANK, thresholdsInOrder } from '../../../shared/kri/rules';
import type { Kri, KriDetail, KriPage } from '../../../shared/kri/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { findStaff } from '../org/staff';
import { nextKriCode } from './codes';
import { linkableRisk, linkedRiskOf } from './linkedRisk';
import * as kris from './repository/kris';
import type { KriRow, KriWrite } from './repository/kris';
import { deleteReadingsOf } from './repository/readings';
import { seriesReader } from './series';
import { mayAssignOwner, mayManageKri, maySeeKri, scopeClause } from './visibility';

/** An indicator as the audit trail shows it: its risk by code, no joined names, no readings. */
function auditView(k: KriRow) {
  return {
    code: k.code,
    name: k.name,
    description: k.description,
    unit: k.unit,
    direction: k.direction,
    warningThreshold: k.warningThreshold,
    alarmThreshold: k.alarmThreshold,
    risk: k.riskCode,
    ownerId: k.ownerId,
    groupId: k.groupId,
    frequency: k.frequency,
    source: k.source,
    active: k.active,
  };
}

/** A live indicator the user may see; anything else is NOT_FOUND. */
export function visibleKri(ctx: UserCtx, id: string): KriRow {
  const row = kris.getKri(ctx.db, id);
  if (!row || !maySeeKri(ctx.user, row)) throw notFound('kri');
  return row;
}

/**
 * An indicator the user keeps, at the version they read: a stale version is a CONFLICT even when someone
 * else deleted it meanwhile; one not theirs to keep is NOT_FOUND.
 */
function kriForWrite(ctx: UserCtx, id: string, version: number): KriRow {
  const row = kris.getKriWithDeleted(ctx.db, id);
  if (!row || !mayManageKri(ctx.user, row)) throw notFound('kri');
  if (row.version !== version) throw conflict('kri');
  if (row.deletedAt) throw notFound('kri');
  const { deletedAt: _deleted, ...live } = row;
  return live;
}

/** The words the list's search looks in, lower-cased once here. */
const searchTextOf = (code: string, w: Pick<KriWrite, 'name' | 'description' | 'unit'>): string =>
  [code, w.name, w.description, w.unit].filter(Boolean).join(' ').toLowerCase();

/**
 * The stored form of a create or update, every rule checked. A value the write does not change is kept as
 * it is (an owner since on leave, a risk since closed): the rules are for what the person chooses now.
 */
function kriWrite(ctx: UserCtx, code: string, input: KriInput, current: KriRow | null): KriWrite {
  if (!thresholdsInOrder(input.direction, input.warningThreshold, input.alarmThreshold))
    throw fieldRefusal('VALIDATION', 'alarmThreshold', 'validation.thresholdOrder');

  const owner = findStaff(ctx, input.ownerId);
  if (!owner) throw fieldRefusal('VALIDATION', 'ownerId', 'validation.notFound');
  if (!current || input.ownerId !== current.ownerId) {
    if (owner.status === 'left') throw fieldRefusal('VALIDATION', 'ownerId', 'validation.staffLeft');
    if (owner.status === 'on_leave') throw fieldRefusal('VALIDATION', 'ownerId', 'validation.staffOnLeave');
    // A lead keeps indicators for their own group: one handed outside it would vanish from their sight.
    if (!mayAssignOwner(ctx.user, owner.id, owner.groupId))
      throw fieldRefusal('VALIDATION', 'ownerId', 'validation.ownerOutsideTeam');
  }
  if (input.riskId !== null && input.riskId !== current?.riskId && !linkableRisk(ctx, input.riskId))
    throw fieldRefusal('VALIDATION', 'riskId', 'validation.notFound');

  const w = {
    name: input.name,
    description: input.description,
    unit: input.unit,
    direction: input.direction,
    warningThreshold: input.warningThreshold,
    alarmThreshold: input.alarmThreshold,
    riskId: input.riskId,
    ownerId: owner.id,
    // The owner's group: a group lead sees the indicators of their group's people.
    groupId: owner.groupId,
    frequency: input.frequency,
    source: input.source,
    active: input.active,
  };
  return { ...w, searchText: searchTextOf(code, w) };
}

function sorted(items: Kri[], sort: KriSort): Kri[] {
  const byCode = (a: Kri, b: Kri) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const compare: Record<KriSort['sortBy'], (a: Kri, b: Kri) => number> = {
    code: byCode,
    name: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    state: (a, b) => STATE_RANK[a.state] - STATE_RANK[b.state],
    latestOn: (a, b) => (a.latest?.periodOn ?? '').localeCompare(b.latest?.periodOn ?? ''),
    updatedAt: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
  };
  const sign = sort.sortDir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * compare[sort.sortBy](a, b) || byCode(a, b));
}

/**
 * The indicators the user sees, filtered and ordered. The state filter and the order by state work on the
 * newest reading, which for computed indicators exists only when read: the visible indicators are read
 * whole (a department keeps tens of them), judged, then paged.
 */
export function krisMatching(ctx: UserCtx, input: KriFilter & KriSort): Kri[] {
  const { states, ...filter } = input;
  const reader = seriesReader(ctx);
  const all = kris.listKris(ctx.db, filter, scopeClause(ctx.user)).map((k) => reader.toKri(k));
  const kept = states.length ? all.filter((k) => states.includes(k.state)) : all;
  return sorted(kept, input);
}

export function listKris(
  ctx: UserCtx,
  input: KriFilter & KriSort & { page: number; pageSize: number },
): KriPage {
  const items = krisMatching(ctx, input);
  const start = (input.page - 1) * input.pageSize;
  return {
    items: items.slice(start, start + input.pageSize),
    total: items.length,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export function getKriDetail(ctx: UserCtx, id: string): KriDetail {
  const row = visibleKri(ctx, id);
  const reader = seriesReader(ctx);
  const manage = mayManageKri(ctx.user, row);
  return {
    kri: reader.toKri(row),
    readings: reader.all(row),
    linkedRisk: linkedRiskOf(ctx, row.riskId),
    allowed: { edit: manage, delete: manage, record: row.source === 'manual' },
  };
}

export function createKri(ctx: UserCtx, input: KriInput): Kri {
  return mutate(ctx, (m) => {
    const code = nextKriCode(m.db);
    const w = kriWrite(m, code, input, null);
    const id = newId();
    kris.insertKri(m.db, id, code, w, m.stamp);
    const created = kris.getKri(m.db, id)!;
    m.audit({
      entity: 'kri',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, auditView(created)),
    });
    return seriesReader(m).toKri(created);
  });
}

export function updateKri(ctx: UserCtx, id: string, version: number, input: KriInput): Kri {
  return mutate(ctx, (m) => {
    const before = kriForWrite(m, id, version);
    const w = kriWrite(m, before.code, input, before);
    m.versioned('kri', kris.updateKri(m.db, id, version, w, m.stamp));
    const after = kris.getKri(m.db, id)!;
    m.audit({
      entity: 'kri',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return seriesReader(m).toKri(after);
  });
}

/** Removes the indicator and its readings together (kept in the database for the audit trail). */
export function deleteKri(ctx: UserCtx, id: string, version: number): { id: string } {
  return mutate(ctx, (m) => {
    kriForWrite(m, id, version);
    m.versioned('kri', kris.deleteKri(m.db, id, version, m.stamp));
    deleteReadingsOf(m.db, id, m.stamp);
    m.audit({
      entity: 'kri',
      entityId: id,
      action: 'delete',
      changes: [{ field: 'deletedAt', before: null, after: m.stamp.at }],
    });
    return { id };
  });
}
