import { z } from 'zod';
import { channel, type ParsedInputOf } from '../contract/channel';
import {
  empty,
  type FieldsOutput,
  id,
  optionalDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  password,
  requiredText,
  username,
  version,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import { ROLES } from '../contract/roles';
import type { Account, Group, OrgOverview, Staff } from './types';
import { STAFF_STATUSES } from './types';

const staffFields = {
  employeeNo: requiredText(LIMITS.code).regex(/^[A-Za-z0-9_-]+$/, { message: 'employeeNo' }),
  name: requiredText(LIMITS.name),
  position: optionalText(LIMITS.name),
  groupId: id().nullable().default(null),
  supervisorId: id().nullable().default(null),
  hireDate: optionalDate(),
  status: z.enum(STAFF_STATUSES).default('active'),
  phone: optionalPhone(),
  email: optionalEmail(),
  chargeGroupIds: z.array(id()).max(50).default([]),
};

/** A person as the staff form writes them, with the groups a deputy is in charge of. */
export type StaffInput = FieldsOutput<typeof staffFields>;

const groupFields = {
  name: requiredText(LIMITS.name),
  nameEn: optionalText(LIMITS.name),
  leadStaffId: id().nullable().default(null),
  sortOrder: z.number().int().min(0).max(9999).default(100),
};

/** A group as the group form writes it (a new group is active). */
export type GroupInput = FieldsOutput<typeof groupFields>;

export const orgChannels = {
  'org.overview': channel<OrgOverview>()({ input: empty(), access: 'org.read', kind: 'query' }),
  'org.groups.list': channel<Group[]>()({
    input: z.strictObject({ includeInactive: z.boolean().default(false) }),
    access: 'org.read',
    kind: 'query',
  }),
  'org.groups.create': channel<Group>()({
    input: z.strictObject(groupFields),
    access: 'org.manage',
    kind: 'mutation',
    changes: ['group'],
  }),
  'org.groups.update': channel<Group>()({
    input: z.strictObject({
      id: id(),
      version: version(),
      ...groupFields,
      active: z.boolean().default(true),
    }),
    access: 'org.manage',
    kind: 'mutation',
    changes: ['group'],
  }),
  'org.staff.list': channel<Staff[]>()({
    input: z.strictObject({
      search: optionalText(LIMITS.search),
      groupId: id().nullable().default(null),
      status: z.enum(STAFF_STATUSES).nullable().default(null),
    }),
    access: 'org.read',
    kind: 'query',
  }),
  'org.staff.get': channel<Staff>()({
    input: z.strictObject({ id: id() }),
    access: 'org.read',
    kind: 'query',
  }),
  'org.staff.create': channel<Staff>()({
    input: z.strictObject(staffFields),
    access: 'org.manage',
    kind: 'mutation',
    changes: ['staff', 'group'],
  }),
  'org.staff.update': channel<Staff>()({
    input: z.strictObject({ id: id(), version: version(), ...staffFields }),
    access: 'org.manage',
    kind: 'mutation',
    changes: ['staff', 'group'],
  }),
  'accounts.list': channel<Account[]>()({ input: empty(), access: 'accounts.manage', kind: 'query' }),
  'accounts.create': channel<Account>()({
    input: z.strictObject({ staffId: id(), username: username(), password: password(), role: z.enum(ROLES) }),
    access: 'accounts.manage',
    kind: 'mutation',
    changes: ['account', 'staff'],
  }),
  'accounts.update': channel<Account>()({
    input: z.strictObject({ id: id(), version: version(), role: z.enum(ROLES), active: z.boolean() }),
    access: 'accounts.manage',
    kind: 'mutation',
    changes: ['account', 'staff'],
  }),
  'accounts.resetPassword': channel<Account>()({
    input: z.strictObject({ id: id(), version: version(), newPassword: password() }),
    access: 'accounts.manage',
    kind: 'mutation',
    changes: ['account'],
  }),
  'accounts.unlock': channel<Account>()({
    input: z.strictObject({ id: id(), version: version() }),
    access: 'accounts.manage',
    kind: 'mutation',
    changes: ['account'],
  }),
};

type Parsed<C extends keyof typeof orgChannels> = ParsedInputOf<(typeof orgChannels)[C]>;

/** A group as an update writes it: the form's fields and whether the group is active. */
export type GroupUpdate = Omit<Parsed<'org.groups.update'>, 'id' | 'version'>;
export type StaffFilter = Parsed<'org.staff.list'>;
export type AccountInput = Parsed<'accounts.create'>;
