import type { CommunicationInput } from '../../../shared/clients/channels';
import type { Communication } from '../../../shared/clients/types';
import { AppError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { childForWrite, liveClient, touched } from './access';
import * as communications from './repository/communications';
import { getContact } from './repository/contacts';
import { withoutDeleted } from './repository/rows';

/*
 * Communication records kept inside a client file, and the next actions they plan (the follow-ups,
 * followups.ts). Who talked to the client is the person recording it.
 */

const auditView = ({ id: _i, version: _v, contactName: _c, staffName: _s, ...rest }: Communication) => rest;

const readLive = (m: Mutation, id: string): Communication =>
  withoutDeleted(communications.getCommunication(m.db, id)!);

function checked(m: Mutation, clientId: string, input: CommunicationInput): CommunicationInput {
  if (input.contactId) {
    const contact = getContact(m.db, input.contactId);
    if (!contact || contact.clientId !== clientId || contact.deletedAt)
      throw fieldRefusal('VALIDATION', 'contactId', 'validation.notFound');
  }
  // A date with nothing to do would put an empty line in someone's follow-ups.
  if (input.nextActionDate && !input.nextAction)
    throw fieldRefusal('VALIDATION', 'nextAction', 'validation.required');
  return input;
}

export function listCommunications(
  ctx: UserCtx,
  clientId: string,
  page: number,
  pageSize: number,
): { rows: Communication[]; total: number } {
  liveClient(ctx, clientId);
  return {
    rows: communications.listCommunications(ctx.db, clientId, pageSize, (page - 1) * pageSize),
    total: communications.countCommunications(ctx.db, clientId),
  };
}

export function createCommunication(
  ctx: UserCtx,
  clientId: string,
  input: CommunicationInput,
): Communication {
  return mutate(ctx, (m) => {
    liveClient(m, clientId);
    const id = newId();
    const record = checked(m, clientId, input);
    communications.insertCommunication(m.db, id, clientId, m.user.staffId, record, m.stamp);
    touched(m, clientId);
    const created = readLive(m, id);
    m.audit({
      entity: 'communication',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, auditView(created)),
    });
    return created;
  });
}

export function updateCommunication(
  ctx: UserCtx,
  id: string,
  version: number,
  input: CommunicationInput,
): Communication {
  return mutate(ctx, (m) => {
    const before = childForWrite(m, 'communication', communications.getCommunication(m.db, id), version);
    const record = checked(m, before.clientId, input);
    m.versioned('communication', communications.updateCommunication(m.db, id, version, record, m.stamp));
    touched(m, before.clientId);
    const after = readLive(m, id);
    m.audit({
      entity: 'communication',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(withoutDeleted(before)), auditView(after)),
    });
    return after;
  });
}

/** Marks the record's next action done (it leaves the follow-ups). */
export function completeCommunication(ctx: UserCtx, id: string, version: number): Communication {
  return mutate(ctx, (m) => {
    const before = childForWrite(m, 'communication', communications.getCommunication(m.db, id), version);
    if (!before.nextAction || before.nextActionDone)
      throw new AppError('INVALID_STATE', 'no open next action on this record');
    m.versioned('communication', communications.completeCommunication(m.db, id, version, m.stamp));
    touched(m, before.clientId);
    m.audit({
      entity: 'communication',
      entityId: id,
      action: 'complete',
      changes: [{ field: 'nextActionDone', before: false, after: true }],
    });
    return readLive(m, id);
  });
}

export function deleteCommunication(ctx: UserCtx, id: string, version: number): null {
  return mutate(ctx, (m) => {
    const before = childForWrite(m, 'communication', communications.getCommunication(m.db, id), version);
    m.versioned('communication', communications.softDeleteCommunication(m.db, id, version, m.stamp));
    touched(m, before.clientId);
    m.audit({
      entity: 'communication',
      entityId: id,
      action: 'delete',
      changes: [{ field: 'deletedAt', before: null, after: m.stamp.at }],
    });
    return null;
  });
}
