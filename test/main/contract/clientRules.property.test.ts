import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { COMMUNICATION_CHANNELS, type Client } from '../../../src/shared/clients/types';
import type { ChannelInput, ChannelName } from '../../../src/shared/contract/channels';
import { clientUpdateInput } from '../../support/clientInputs';
import { unwrap } from '../../support/core';
import { creditCode } from '../clients/support';
import {
  RUNS,
  clientBody,
  expectRefused as refused,
  ruleDepartment,
  staffOf,
  text,
  type Refusal,
  type RuleDepartment,
} from './ruleSupport';

/** Client-file rules, tried with inputs the schema accepts (see ruleSupport.ts). */

let dept: RuleDepartment;
let core: Core;
let manager: Session;
let liveCode: string;
let liveFile: Client;
let otherFile: Client;
let marketFile: Client;
let reusedCodeFile: Client;

const expectRefused = <C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  session: Session,
  refusal: Refusal,
) => refused(core, channel, input, session, refusal);

async function newClient(name: string, ownerId: string, code: string | null = null): Promise<Client> {
  return unwrap(await core.call('clients.create', { name, ownerId, creditCode: code }, manager));
}

const currentClient = async (id: string) => unwrap(await core.call('clients.get', { id }, manager)).client;

/** A credit code as a person might type it: as printed, in lower case, with spaces around. */
const typedAs = (code: string) => fc.constantFrom(code, code.toLowerCase(), `  ${code} `);

beforeAll(async () => {
  dept = await ruleDepartment();
  ({ core, manager } = dept);
  const { salesStaff, marketStaffId } = dept;
  liveCode = creditCode(101);
  liveFile = await newClient('已有信用代码客户', staffOf(salesStaff), liveCode);
  otherFile = await newClient('另一家客户', staffOf(salesStaff));
  marketFile = await newClient('市场组的客户', marketStaffId);
  // A deleted file whose credit code a live file took in the meantime: restoring it would make two.
  const reusedCode = creditCode(202);
  reusedCodeFile = await newClient('已删除客户', staffOf(salesStaff), reusedCode);
  unwrap(
    await core.call('clients.delete', { id: reusedCodeFile.id, version: reusedCodeFile.version }, manager),
  );
  await newClient('后来的同代码客户', staffOf(salesStaff), reusedCode);
});

afterAll(async () => {
  await core.close();
});

describe('client files', () => {
  it('a credit code another live file already has is refused, however it is typed, on create and update', async () => {
    await fc.assert(
      fc.asyncProperty(
        clientBody,
        typedAs(liveCode),
        fc.constantFrom('manager', 'staff', 'lead'),
        async (body, code, who) => {
          const session = { manager, staff: dept.salesStaff, lead: dept.salesLead }[who]!;
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
        await expectRefused(
          'clients.create',
          { ...body, creditCode: null, ownerId: dept.leftStaffId },
          manager,
          {
            code: 'VALIDATION',
            field: ['ownerId', 'validation.staffLeft'],
          },
        );
        await expectRefused(
          'clients.reassign',
          { ids: [otherFile.id, liveFile.id], ownerId: dept.leftStaffId },
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
    const outsideSales = () => [dept.marketStaffId, staffOf(dept.marketDeputy), ...dept.chain];
    const salesColleagues = () => [staffOf(dept.salesLead), dept.marketStaffId, ...dept.chain];
    const cases = fc.oneof(
      // A lead gives files only within their group.
      fc.record({ who: fc.constant(dept.salesLead), ownerId: fc.constantFrom(...outsideSales()) }),
      // Staff keep their files: a new file is their own.
      fc.record({ who: fc.constant(dept.salesStaff), ownerId: fc.constantFrom(...salesColleagues()) }),
      // A deputy gives files only within the groups in their charge.
      fc.record({
        who: fc.constant(dept.marketDeputy),
        ownerId: fc.constantFrom(staffOf(dept.salesStaff), ...dept.chain),
      }),
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
        fc.constantFrom(staffOf(dept.salesStaff), staffOf(dept.salesLead), ...dept.chain),
        async (ownerId) => {
          await expectRefused('clients.reassign', { ids: [marketFile.id], ownerId }, dept.marketDeputy, {
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
      fc.asyncProperty(clientBody, fc.constantFrom(dept.salesStaff, dept.salesLead), async (body, who) => {
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
            dept.salesStaff,
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
