import { AppError } from '../../../shared/contract/errors';
import type { KriReadingInput } from '../../../shared/kri/channels';
import type { KriReading } from '../../../shared/kri/types';
import { chinaDate } from '../../../shared/service/statsPeriod';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import type { KriRow } from './repository/kris';
import * as readings from './repository/readings';
import type { ReadingRow } from './repository/readings';
import { typedReading } from './series';
import { visibleKri } from './service';

/*
 * Readings typed in (manual indicators): whoever sees the indicator records them — its owner, the owner of
 * its risk, those who oversee its group. One reading per date; never one dated after today.
 */

/** A reading as the audit trail shows it: which indicator (by the record), the date, the figure, the note. */
const auditView = (r: ReadingRow) => ({ kriId: r.kriId, periodOn: r.periodOn, value: r.value, note: r.note });

/** An indicator whose readings are typed in: a computed one takes none. */
function manualKri(m: Mutation<UserCtx>, kriId: string): KriRow {
  const kri = visibleKri(m, kriId);
  if (kri.source !== 'manual') throw new AppError('INVALID_STATE', 'a computed indicator takes no readings');
  return kri;
}

function checkReading(
  m: Mutation<UserCtx>,
  kriId: string,
  input: KriReadingInput,
  selfId: string | null,
): void {
  if (input.periodOn > chinaDate(m.clock.now()))
    throw fieldRefusal('VALIDATION', 'periodOn', 'validation.dateFuture');
  if (readings.dateTaken(m.db, kriId, input.periodOn, selfId))
    throw fieldRefusal('DUPLICATE', 'periodOn', 'validation.readingDateTaken');
}

/** A reading at the version the user read (stale: CONFLICT, even when deleted meanwhile) of an indicator they see. */
function readingForWrite(
  m: Mutation<UserCtx>,
  id: string,
  version: number,
): { row: ReadingRow; kri: KriRow } {
  const found = readings.getReadingWithDeleted(m.db, id);
  if (!found) throw notFound('kriReading');
  const kri = manualKri(m, found.kriId);
  if (found.version !== version) throw conflict('kriReading');
  if (found.deletedAt) throw notFound('kriReading');
  const { deletedAt: _deleted, ...row } = found;
  return { row, kri };
}

export function addReading(ctx: UserCtx, kriId: string, input: KriReadingInput): KriReading {
  return mutate(ctx, (m) => {
    const kri = manualKri(m, kriId);
    checkReading(m, kriId, input, null);
    const id = newId();
    readings.insertReading(m.db, id, kriId, input, m.stamp);
    const created = readings.getReading(m.db, id)!;
    m.audit({
      entity: 'kriReading',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, auditView(created)),
    });
    return typedReading(kri, created);
  });
}

export function updateReading(ctx: UserCtx, id: string, version: number, input: KriReadingInput): KriReading {
  return mutate(ctx, (m) => {
    const { row: before, kri } = readingForWrite(m, id, version);
    checkReading(m, before.kriId, input, id);
    m.versioned('kriReading', readings.updateReading(m.db, id, version, input, m.stamp));
    const after = readings.getReading(m.db, id)!;
    m.audit({
      entity: 'kriReading',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return typedReading(kri, after);
  });
}

export function deleteReading(ctx: UserCtx, id: string, version: number): { id: string } {
  return mutate(ctx, (m) => {
    const { row } = readingForWrite(m, id, version);
    m.versioned('kriReading', readings.deleteReading(m.db, id, version, m.stamp));
    m.audit({
      entity: 'kriReading',
      entityId: id,
      action: 'delete',
      changes: diffRecords(auditView(row), null),
    });
    return { id };
  });
}
