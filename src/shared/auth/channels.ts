import { z } from 'zod';
import { channel, type ParsedInputOf } from '../contract/channel';
import { empty, password, requiredText, username } from '../contract/fields';
import { LIMITS } from '../contract/limits';
import type { SessionUser, SetupStatus } from './types';

export const authChannels = {
  'auth.setupStatus': channel<SetupStatus>()({ input: empty(), access: 'public', kind: 'query' }),
  'auth.setup': channel<SessionUser>()({
    input: z.strictObject({
      departmentName: requiredText(LIMITS.name),
      managerName: requiredText(LIMITS.name),
      employeeNo: requiredText(LIMITS.code).regex(/^[A-Za-z0-9_-]+$/, { message: 'employeeNo' }),
      username: username(),
      password: password(),
    }),
    access: 'public',
    kind: 'mutation',
    changes: ['session', 'account', 'staff', 'group', 'settings', 'appraisalTemplate'],
  }),
  'auth.login': channel<SessionUser>()({
    input: z.strictObject({
      username: z.string().trim().min(1).max(LIMITS.username),
      password: z.string().min(1).max(LIMITS.passwordMax),
    }),
    access: 'public',
    kind: 'mutation',
    changes: ['session', 'account'],
  }),
  'auth.logout': channel<null>()({
    input: empty(),
    access: 'authenticated',
    kind: 'mutation',
    changes: ['session'],
  }),
  'auth.me': channel<SessionUser | null>()({ input: empty(), access: 'public', kind: 'query' }),
  'auth.changePassword': channel<null>()({
    input: z.strictObject({
      currentPassword: z.string().min(1).max(LIMITS.passwordMax),
      newPassword: password(),
    }),
    access: 'authenticated',
    kind: 'mutation',
    changes: ['account'],
  }),
};

/** First run: the department's name and its manager's person and account. */
export type SetupInput = ParsedInputOf<(typeof authChannels)['auth.setup']>;
