import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { CLIENT_SOURCES, COMMUNICATION_CHANNELS, VALUE_TIERS } from '../../../src/shared/clients/types';
import type { Client } from '../../../src/shared/clients/types';
import { channels, type ChannelInput, type ChannelName } from '../../../src/shared/contract/channels';
import type { ErrorCode } from '../../../src/shared/contract/errors';
import { clientUpdateInput } from '../../support/clientInputs';
import { staffUpdateInput } from '../../support/orgInputs';
import { MANAGER, makeCore, SESSION_PASSWORD, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { creditCode } from '../clients/support';
import { fakePdfPrinter, tableChecksum } from './support';

/**
 * Inputs that the schema accepts but the department's rules refuse (read from the services): each generated
 * call must answer the rule's error code and field error, and change nothing — audit trail included. Unlike
 * the schema-level property test, these reach the handlers, so a dropped rule lets a call through and fails.
 */

const RUNS = { numRuns: 15 };

interface Refusal {
  code: ErrorCode;
  /** The field the error names, with its message key; no field for a refusal of the whole call. */
  field?: [string, string];
}

let core: Core;
let manager: Session;
let groups: Record<string, string>;
let salesStaff: Session;
let salesLead: Session;
let marketDeputy: Session;
let marketStaffId: string;
let leftStaffId: string;
/** A supervisor chain: chain[i] reports to chain[i - 1]. */
let chain: string[];
let liveCode: string;
let liveFile: Client;
let otherFile: Client;
let marketFile: Client;
let reusedCodeFile: Client;
let restMergedCode: string;

const staffOf = (s: Session) => s.user!.staffId;

async function newStaff(
  input: Partial<ChannelInput<'org.staff.create'>> & { employeeNo: string; name: string },
) {
  return unwrap(await core.call('org.staff.create', input, manager));
}

async function newClient(name: string, ownerId: string, code: string | null = null): Promise<Client> {
  return unwrap(await core.call('clients.create', { name, ownerId, creditCode: code }, manager));
}

const currentStaff = async (id: string) => unwrap(await core.call('org.staff.get', { id }, manager));

const currentClient = async (id: string) => unwrap(await core.call('clients.get', { id }, manager)).client;

beforeAll(async () => {
  core = await makeCore({ printer: fakePdfPrinter });
  ({ manager, groups } = await setUpDepartment(core));
  salesStaff = await sessionFor(core, manager, 'staff', groups.sales!);
  salesLead = await sessionFor(core, manager, 'group_lead', groups.sales!);
  marketDeputy = await sessionFor(core, manager, 'deputy', groups.market!);
  marketStaffId = (await newStaff({ employeeNo: 'MK01', name: '市场员工', groupId: groups.market! })).id;
  const leaving = await newStaff({ employeeNo: 'LF01', name: '已离职员工', groupId: groups.sales! });
  unwrap(await core.call('org.staff.update', { ...staffUpdateInput(leaving), status: 'left' }, manager));
  leftStaffId = leaving.id;
  chain = [];
  for (let i = 0; i < 6; i++)
    chain.push(
      (
        await newStaff({
          employeeNo: `CH0${i}`,
          name: `链上员工${i}`,
          groupId: groups.service!,
          supervisorId: chain[i - 1] ?? null,
        })
      ).id,
    );

  liveCode = creditCode(101);
  liveFile = await newClient('已有信用代码客户', staffOf(salesStaff), liveCode);
  otherFile = await newClient('另一家客户', staffOf(salesStaff));
  marketFile = await newClient('市场组的客户', marketStaffId);
  // A deleted file whose credit code a live file took in the meantime: restoring it would make two.
  restMergedCode = creditCode(202);
  reusedCodeFile = await newClient('已删除客户', staffOf(salesStaff), restMergedCode);
  unwrap(
    await core.call('clients.delete', { id: reusedCodeFile.id, version: reusedCodeFile.version }, manager),
  );
  await newClient('后来的同代码客户', staffOf(salesStaff), restMergedCode);
});

afterAll(async () => {
  await core.close();
});

/** The call passes the schema, is refused with the rule's code and field, and leaves the database as it was. */
async function expectRefused<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  session: Session,
  refusal: Refusal,
): Promise<void> {
  const parsed = channels[channel].input.safeParse(input);
  expect(parsed.success, `${channel} input passes the schema: ${JSON.stringify(parsed.error?.issues)}`).toBe(
    true,
  );
  const before = tableChecksum(core);
  const r = await core.dispatch(channel, input, session);
  expect(r.ok ? 'ok' : r.error.code, `${channel} ${JSON.stringify(input)}`).toBe(refusal.code);
  if (r.ok) return;
  if (refusal.field) {
    const [field, key] = refusal.field;
    expect(r.error.fields?.[field], JSON.stringify(r.error.fields)).toMatchObject({ key });
  } else {
    expect(r.error.fields).toBeUndefined();
  }
  expect(tableChecksum(core), `${channel} changed nothing`).toBe(before);
}

// Arbitraries of valid field values.
const CHARS = [...'华东贸易科技有限公司客户联系张王李 abcXYZ0189-'];
const text = (maxLength: number) =>
  fc
    .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength })
    .map((cs) => cs.join(''))
    .filter((s) => s.trim().length > 0);
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const clientBody = fc.record({
  type: fc.constantFrom('enterprise' as const, 'individual' as const),
  name: text(40),
  industry: optional(text(20)),
  province: optional(fc.constantFrom('江苏', '浙江', '上海')),
  city: optional(text(10)),
  address: optional(text(40)),
  source: fc.constantFrom(...CLIENT_SOURCES),
  tier: fc.constantFrom(...VALUE_TIERS),
  tags: fc.uniqueArray(text(10), { maxLength: 3 }),
  notes: optional(text(60)),
});
/** A credit code as a person might type it: as printed, in lower case, with spaces around. */
const typedAs = (code: string) => fc.constantFrom(code, code.toLowerCase(), `  ${code} `);
const employeeNoChars = fc
  .array(fc.constantFrom(...'ABCDEFGHJK0123456789-_'), { minLength: 1, maxLength: 12 })
  .map((cs) => cs.join(''));

describe('client files', () => {
  it('a credit code another live file already has is refused, however it is typed, on create and update', async () => {
    await fc.assert(
      fc.asyncProperty(
        clientBody,
        typedAs(liveCode),
        fc.constantFrom('manager', 'staff', 'lead'),
        async (body, code, who) => {
          const session = { manager, staff: salesStaff, lead: salesLead }[who]!;
          await expectRefused('clients.create', { ...body, creditCode: code, ownerId: null }, session, {
            code: 'DUPLICATE',
            field: ['creditCode', 'validation.duplicate'],
          });
          const other = await currentClient(otherFile.id);
          await expectRefused(
            'clients.update',
            { ...clientUpdateInput(other), ...body, creditCode: code, ownerId: other.ownerId },
            session,
            { code: 'DUPLICATE', field: ['creditCode', 'validation.duplicate'] },
          );
        },
      ),
      RUNS,
    );
  });

  it('a file cannot be given to someone who has left', async () => {
    await fc.assert(
      fc.asyncProperty(clientBody, async (body) => {
        await expectRefused('clients.create', { ...body, creditCode: null, ownerId: leftStaffId }, manager, {
          code: 'VALIDATION',
          field: ['ownerId', 'validation.staffLeft'],
        });
        await expectRefused(
          'clients.reassign',
          { ids: [otherFile.id, liveFile.id], ownerId: leftStaffId },
          manager,
          {
            code: 'VALIDATION',
            field: ['ownerId', 'validation.staffLeft'],
          },
        );
      }),
      RUNS,
    );
  });

  it('nobody assigns a file to a person outside their own scope', async () => {
    const outsideSales = () => [marketStaffId, staffOf(marketDeputy), ...chain];
    const salesColleagues = () => [staffOf(salesLead), marketStaffId, ...chain];
    const cases = fc.oneof(
      // A lead gives files only within their group.
      fc.record({ who: fc.constant(salesLead), ownerId: fc.constantFrom(...outsideSales()) }),
      // Staff keep their files: a new file is their own.
      fc.record({ who: fc.constant(salesStaff), ownerId: fc.constantFrom(...salesColleagues()) }),
      // A deputy gives files only within the groups in their charge.
      fc.record({ who: fc.constant(marketDeputy), ownerId: fc.constantFrom(staffOf(salesStaff), ...chain) }),
    );
    await fc.assert(
      fc.asyncProperty(clientBody, cases, async (body, { who, ownerId }) => {
        await expectRefused('clients.create', { ...body, creditCode: null, ownerId }, who, {
          code: 'FORBIDDEN',
          field: ['ownerId', 'validation.invalidChoice'],
        });
      }),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(staffOf(salesStaff), staffOf(salesLead), ...chain),
        async (ownerId) => {
          await expectRefused('clients.reassign', { ids: [marketFile.id], ownerId }, marketDeputy, {
            code: 'FORBIDDEN',
            field: ['ownerId', 'validation.invalidChoice'],
          });
        },
      ),
      RUNS,
    );
  });

  it("a file outside the caller's scope is not found, whatever the change", async () => {
    await fc.assert(
      fc.asyncProperty(clientBody, fc.constantFrom(salesStaff, salesLead), async (body, who) => {
        const file = await currentClient(marketFile.id);
        await expectRefused(
          'clients.update',
          { ...clientUpdateInput(file), ...body, creditCode: null },
          who,
          { code: 'NOT_FOUND' },
        );
      }),
      RUNS,
    );
  });

  it('a status change must change the status; restore takes only files in the recycle bin', async () => {
    await fc.assert(
      fc.asyncProperty(
        text(40),
        fc.constantFrom(liveFile.id, otherFile.id, marketFile.id),
        async (reason, id) => {
          const file = await currentClient(id);
          await expectRefused(
            'clients.setStatus',
            { id, version: file.version, status: file.status, reason },
            manager,
            {
              code: 'INVALID_STATE',
            },
          );
          await expectRefused('clients.restore', { id, version: file.version }, manager, {
            code: 'INVALID_STATE',
          });
        },
      ),
      RUNS,
    );
  });

  it('a deleted file comes back only while no live file has taken its credit code', async () => {
    const deleted = (
      core.store.db.prepare('SELECT version FROM clients WHERE id = ?').get(reusedCodeFile.id) as {
        version: number;
      }
    ).version;
    await expectRefused('clients.restore', { id: reusedCodeFile.id, version: deleted }, manager, {
      code: 'DUPLICATE',
      field: ['creditCode', 'validation.duplicate'],
    });
  });

  it('a file is never merged into itself', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(liveFile.id, otherFile.id),
        fc.constantFrom(manager),
        async (id, who) => {
          const { version } = await currentClient(id);
          await expectRefused(
            'clients.merge',
            { keepId: id, keepVersion: version, mergeId: id, mergeVersion: version },
            who,
            {
              code: 'VALIDATION',
              field: ['mergeId', 'validation.invalid'],
            },
          );
        },
      ),
      RUNS,
    );
  });

  it('a next-action date needs the action, a contact must belong to the file, and only an open action completes', async () => {
    const contact = unwrap(
      await core.call('contacts.create', { clientId: marketFile.id, name: '别家联系人' }, manager),
    );
    const done = unwrap(
      await core.call(
        'communications.create',
        { clientId: otherFile.id, at: '2026-11-20T03:00:00.000Z', channel: 'phone', content: '无后续事项' },
        manager,
      ),
    );
    const moment = fc
      .date({
        min: new Date('2025-01-01T00:00:00Z'),
        max: new Date('2026-11-27T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());
    const day = fc
      .date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(
        moment,
        fc.constantFrom(...COMMUNICATION_CHANNELS),
        text(80),
        day,
        async (at, ch, content, date) => {
          await expectRefused(
            'communications.create',
            { clientId: otherFile.id, at, channel: ch, content, nextAction: null, nextActionDate: date },
            salesStaff,
            { code: 'VALIDATION', field: ['nextAction', 'validation.required'] },
          );
          await expectRefused(
            'communications.create',
            { clientId: otherFile.id, contactId: contact.id, at, channel: ch, content },
            manager,
            { code: 'VALIDATION', field: ['contactId', 'validation.notFound'] },
          );
        },
      ),
      RUNS,
    );
    await expectRefused('communications.complete', { id: done.id, version: done.version }, manager, {
      code: 'INVALID_STATE',
    });
  });
});

describe('the organisation', () => {
  it('an employee number is one person’s', async () => {
    const taken = ['M001', 'MK01', 'LF01', 'CH00', 'CH05'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...taken), text(20), async (employeeNo, name) => {
        await expectRefused('org.staff.create', { employeeNo, name, groupId: groups.market! }, manager, {
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
          const person = await currentStaff(chain[i]!);
          await expectRefused(
            'org.staff.update',
            { ...staffUpdateInput(person), supervisorId: chain[j]! },
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
      (g) => g.id === groups.sales,
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
          { staffId: leftStaffId, username, password: pw, role: r },
          manager,
          {
            code: 'VALIDATION',
            field: ['staffId', 'validation.staffLeft'],
          },
        );
        await expectRefused(
          'accounts.create',
          { staffId: staffOf(salesStaff), username, password: pw, role: r },
          manager,
          {
            code: 'DUPLICATE',
            field: ['staffId', 'validation.duplicate'],
          },
        );
        await expectRefused(
          'accounts.create',
          { staffId: marketStaffId, username: MANAGER.username, password: pw, role: r },
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
            salesStaff,
            { code: 'VALIDATION', field: ['currentPassword', 'validation.wrongPassword'] },
          );
        },
      ),
      { numRuns: 3 },
    );
    await expectRefused(
      'auth.changePassword',
      { currentPassword: SESSION_PASSWORD, newPassword: SESSION_PASSWORD },
      salesStaff,
      { code: 'VALIDATION', field: ['newPassword', 'validation.samePassword'] },
    );
  });
});
