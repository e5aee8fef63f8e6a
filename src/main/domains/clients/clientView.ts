import type { ClientInput } from '../../../shared/clients/channels';
import { clientCompleteness } from '../../../shared/clients/rules';
import { CLIENT_EDIT_FIELDS, type Client, type Completeness } from '../../../shared/clients/types';
import type { ClientRow } from './repository/clients';

/** What the audit trail shows of a client: what a person edits, no joined names or computed values. */
const AUDITED_FIELDS = ['code', ...CLIENT_EDIT_FIELDS, 'status', 'groupId'] as const;

export function clientAuditView(r: ClientRow): Pick<Client, (typeof AUDITED_FIELDS)[number]> {
  const client = toClient(r, '');
  return Object.fromEntries(AUDITED_FIELDS.map((f) => [f, client[f]])) as Pick<
    Client,
    (typeof AUDITED_FIELDS)[number]
  >;
}

export function completenessOf(r: ClientRow): Completeness {
  return clientCompleteness({
    type: r.type,
    creditCode: r.creditCode,
    industry: r.industry,
    province: r.province,
    city: r.city,
    address: r.address,
    ownerId: r.ownerId,
    hasPrimaryContact: r.primaryContactId !== null,
    primaryContactReachable: r.primaryReachable === 1,
    hasCommunication: r.hasCommunication === 1,
  });
}

/**
 * A stored client as the contract shows it; `staleBefore` decides whether it is due for its update. Every
 * field is named: a list maps twenty of these per call, and an object built by rest-spreading a 33-column
 * row is ten times slower to make and to send (measured: 217 µs against 9 µs for 20 rows).
 */
export function toClient(r: ClientRow, staleBefore: string): Client {
  return {
    id: r.id,
    code: r.code,
    type: r.type,
    name: r.name,
    creditCode: r.creditCode,
    industry: r.industry,
    province: r.province,
    city: r.city,
    address: r.address,
    source: r.source,
    tier: r.tier,
    status: r.status,
    statusChangedAt: r.statusChangedAt,
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    groupId: r.groupId,
    groupName: r.groupName,
    groupNameEn: r.groupNameEn,
    tags: JSON.parse(r.tags) as string[],
    notes: r.notes,
    primaryContactName: r.primaryContactName,
    primaryContactMobile: r.primaryContactMobile,
    touchedAt: r.touchedAt,
    completeness: completenessOf(r).score,
    stale: r.touchedAt < staleBefore,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
    version: r.version,
  };
}

/** The fields of a file a person edits (CLIENT_EDIT_FIELDS), as a client write takes them. */
export function editFieldsOf(c: Client): ClientInput {
  return Object.fromEntries(CLIENT_EDIT_FIELDS.map((f) => [f, c[f]])) as ClientInput;
}
