import { z } from 'zod';
import { channel } from '../contract/channel';
import type { FilePayload } from '../contract/fields';
import {
  id,
  locale,
  optionalDate,
  optionalText,
  page,
  pageSize,
  type FieldsOutput,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import type { AuditPage } from './types';

export const auditFilter = {
  actorUserId: id().nullable().default(null),
  entity: optionalText(LIMITS.code),
  entityId: optionalText(LIMITS.code + 16),
  from: optionalDate(),
  to: optionalDate(),
};

export type AuditFilter = FieldsOutput<typeof auditFilter>;

export const auditChannels = {
  'audit.list': channel<AuditPage>()({
    input: z.strictObject({ ...auditFilter, page: page(), pageSize: pageSize() }),
    access: 'audit.read',
    kind: 'query',
  }),
  'audit.entities': channel<string[]>()({ input: z.strictObject({}), access: 'audit.read', kind: 'query' }),
  'audit.export': channel<FilePayload>()({
    input: z.strictObject({ ...auditFilter, locale: locale() }),
    access: 'audit.read',
    kind: 'query',
  }),
};
