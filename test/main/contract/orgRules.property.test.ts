import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { ChannelInput, ChannelName } from '../../../src/shared/contract/channels';
import { MANAGER, SESSION_PASSWORD, sessionFor, unwrap } from '../../support/core';
import { staffUpdateInput } from '../../support/orgInputs';
import {
  RUNS,
  expectRefused as refused,
  optional,
  ruleDepartment,
  staffOf,
  text,
  type Refusal,
  type RuleDepartment,
} from './ruleSupport';

/** Organisation and account rules, tried with inputs the schema accepts (see ruleSupport.ts). */

let dept: RuleDepartment;
let core: Core;
let manager: Session;

const expectRefused = <C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  session: Session,
  refusal: Refusal,
) => refused(core, channel, input, session, refusal);

const currentStaff = async (id: string) => unwrap(await core.call('org.staff.get', { id }, manager));

const employeeNoChars = fc
  .array(fc.constantFrom(...'ABCDEFGHJK0123456789-_'), { minLength: 1, maxLength: 12 })
  .map((cs) => cs.join(''));

beforeAll(async () => {
  dept = await ruleDepartment();
  ({ core, manager } = dept);
});

afterAll(async () => {
  await core.close();
});

describe('the organisation', () => {
  it('an employee number is one person’s', async () => {
    const taken = ['M001', 'MK01', 'LF01', 'CH00', 'CH05'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...taken), text(20), async (employeeNo, name) => {
        await expectRefused('org.staff.create', { employeeNo, name, groupId: dept.groups.market! }, manager, {
          code: 'DUPLICATE',
          field: ['employeeNo', 'validation.duplicate'],
        });
      }),
      RUNS,
    );
  });

  it('a supervisor is never oneself nor someone who reports, directly or not, to the person', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 5 }).chain((i) => fc.tuple(fc.constant(i), fc.integer({ min: i, max: 5 }))),
        async ([i, j]) => {
          const person = await currentStaff(dept.chain[i]!);
          await expectRefused(
            'org.staff.update',
            { ...staffUpdateInput(person), supervisorId: dept.chain[j]! },
            manager,
            {
              code: 'VALIDATION',
              field: ['supervisorId', i === j ? 'validation.selfSupervisor' : 'validation.supervisorCycle'],
            },
          );
        },
      ),
      RUNS,
    );
  });

  it('a group with active people in it stays active; group names are unique', async () => {
    const [sales] = unwrap(await core.call('org.groups.list', {}, manager)).filter(
      (g) => g.id === dept.groups.sales,
    );
    await fc.assert(
      fc.asyncProperty(
        optional(text(30)),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('市场拓展组', '销售组', '客户服务组'),
        async (nameEn, sortOrder, takenName) => {
          await expectRefused(
            'org.groups.update',
            {
              id: sales!.id,
              version: sales!.version,
              name: sales!.name,
              nameEn,
              leadStaffId: null,
              sortOrder,
              active: false,
            },
            manager,
            { code: 'VALIDATION', field: ['active', 'validation.groupHasStaff'] },
          );
          await expectRefused('org.groups.create', { name: takenName, nameEn, sortOrder }, manager, {
            code: 'DUPLICATE',
            field: ['name', 'validation.duplicate'],
          });
        },
      ),
      RUNS,
    );
  });

  it('accounts: none for someone who has left, one per person, one per username', async () => {
    const role = fc.constantFrom(
      'manager' as const,
      'deputy' as const,
      'group_lead' as const,
      'staff' as const,
    );
    const password = fc.constantFrom('Valid#Pass123', 'Another$Pass456');
    const freshUsername = employeeNoChars.map((s) => `new.${s.toLowerCase()}`);
    await fc.assert(
      fc.asyncProperty(role, password, freshUsername, async (r, pw, username) => {
        await expectRefused(
          'accounts.create',
          { staffId: dept.leftStaffId, username, password: pw, role: r },
          manager,
          {
            code: 'VALIDATION',
            field: ['staffId', 'validation.staffLeft'],
          },
        );
        await expectRefused(
          'accounts.create',
          { staffId: staffOf(dept.salesStaff), username, password: pw, role: r },
          manager,
          {
            code: 'DUPLICATE',
            field: ['staffId', 'validation.duplicate'],
          },
        );
        await expectRefused(
          'accounts.create',
          { staffId: dept.marketStaffId, username: MANAGER.username, password: pw, role: r },
          manager,
          { code: 'DUPLICATE', field: ['username', 'validation.duplicate'] },
        );
      }),
      RUNS,
    );
  });

  it('after one of two managers is removed, the last one cannot be removed, demoted or marked as left', async () => {
    const second = await sessionFor(core, manager, 'manager');
    const accountOf = async (userId: string) =>
      unwrap(await core.call('accounts.list', {}, manager)).find((a) => a.id === userId)!;
    const secondAccount = await accountOf(second.user!.userId);
    unwrap(
      await core.call(
        'accounts.update',
        { id: secondAccount.id, version: secondAccount.version, role: 'manager', active: false },
        manager,
      ),
    );

    const removal = fc.oneof(
      fc.record({
        how: fc.constant('demote' as const),
        role: fc.constantFrom('deputy' as const, 'group_lead' as const, 'staff' as const),
        active: fc.boolean(),
      }),
      fc.record({
        how: fc.constant('deactivate' as const),
        role: fc.constant('manager' as const),
        active: fc.constant(false),
      }),
      fc.record({
        how: fc.constant('left' as const),
        role: fc.constant('manager' as const),
        active: fc.constant(true),
      }),
    );
    await fc.assert(
      fc.asyncProperty(removal, async ({ how, role, active }) => {
        const account = await accountOf(manager.user!.userId);
        if (how === 'left') {
          const me = await currentStaff(manager.user!.staffId);
          await expectRefused('org.staff.update', { ...staffUpdateInput(me), status: 'left' }, manager, {
            code: 'VALIDATION',
            field: ['status', 'validation.lastManager'],
          });
          return;
        }
        await expectRefused(
          'accounts.update',
          { id: account.id, version: account.version, role, active },
          manager,
          {
            code: 'VALIDATION',
            field: [how === 'demote' ? 'role' : 'active', 'validation.lastManager'],
          },
        );
      }),
      RUNS,
    );
  });

  it('a password change needs the current password and a new one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('Wrong#Pass123', `${SESSION_PASSWORD}x`, 'temp#pass123'),
        async (guess) => {
          await expectRefused(
            'auth.changePassword',
            { currentPassword: guess, newPassword: 'Brand#New2026' },
            dept.salesStaff,
            { code: 'VALIDATION', field: ['currentPassword', 'validation.wrongPassword'] },
          );
        },
      ),
      { numRuns: 3 },
    );
    await expectRefused(
      'auth.changePassword',
      { currentPassword: SESSION_PASSWORD, newPassword: SESSION_PASSWORD },
      dept.salesStaff,
      { code: 'VALIDATION', field: ['newPassword', 'validation.samePassword'] },
    );
  });
});
