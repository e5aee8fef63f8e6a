import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { CHANNEL_NAMES, channels, type ChannelName } from '../../../src/shared/contract/channels';
import { makeExampleContext, type ExampleContext } from '../../support/channelExamples';
import { FakeClock, MANAGER, makeCore, setUpDepartment, unwrap } from '../../support/core';
import { fakePdfPrinter, tableChecksum } from './support';

const clock = new FakeClock();
let core: Core;
let manager: Session;
/** A second manager window: the other reader. */
let other: Session;
let ctx: ExampleContext;

beforeAll(async () => {
  core = await makeCore({ printer: fakePdfPrinter, clock });
  ({ manager } = await setUpDepartment(core));
  other = core.sessions.create();
  unwrap(await core.call('auth.login', MANAGER, other));
  ctx = await makeExampleContext(core, manager, MANAGER.password);
});

afterAll(async () => {
  await core.close();
});

const account = async (s: Session) =>
  unwrap(await core.call('accounts.list', {}, s)).find((a) => a.id === ctx.accountId)!;
const group = async (s: Session) =>
  unwrap(await core.call('org.groups.list', { includeInactive: true }, s)).find((g) => g.id === ctx.groupId)!;
const staff = async (s: Session) => unwrap(await core.call('org.staff.get', { id: ctx.staffId }, s));
const staffInput = (s: Awaited<ReturnType<typeof staff>>) => ({
  id: s.id,
  version: s.version,
  employeeNo: s.employeeNo,
  name: s.name,
  position: s.position,
  groupId: s.groupId,
  supervisorId: s.supervisorId,
  hireDate: s.hireDate,
  status: s.status,
  phone: s.phone,
  email: s.email,
  chargeGroupIds: s.chargeGroupIds,
});

async function canLogin(password: string): Promise<boolean> {
  return (await core.call('auth.login', { username: ctx.username, password }, core.sessions.create())).ok;
}

/**
 * Each update channel: both readers read the same version; the first writer wins and bumps the version;
 * the second, still holding the old version, gets CONFLICT and nothing it sent is stored.
 */
interface Race {
  /** Both readers read the record; returns the two updates they then send. */
  read(): Promise<{ first: unknown; second: unknown; version: number }>;
  /** The record as it stands now (compared after the refused write). */
  current(): Promise<{ version: number }>;
  /** Proof that the second writer's change is not there. */
  notApplied(): Promise<void>;
}

const RACES: Partial<Record<ChannelName, Race>> = {
  'org.groups.update': {
    async read() {
      const [a, b] = [await group(manager), await group(other)];
      const base = (g: typeof a) => ({
        id: g.id,
        version: g.version,
        name: g.name,
        nameEn: g.nameEn,
        leadStaffId: g.leadStaffId,
        sortOrder: g.sortOrder,
        active: g.active,
      });
      return {
        first: { ...base(a), name: `${a.name}-甲` },
        second: { ...base(b), name: `${b.name}-乙`, sortOrder: 999 },
        version: a.version,
      };
    },
    current: () => group(manager),
    async notApplied() {
      const g = await group(manager);
      expect(g.name.endsWith('-甲')).toBe(true);
      expect(g.sortOrder).not.toBe(999);
    },
  },
  'org.staff.update': {
    async read() {
      const [a, b] = [await staff(manager), await staff(other)];
      return {
        first: { ...staffInput(a), position: '组长助理' },
        second: { ...staffInput(b), position: '区域经理', phone: '13912345678' },
        version: a.version,
      };
    },
    current: () => staff(manager),
    async notApplied() {
      const s = await staff(manager);
      expect(s.position).toBe('组长助理');
      expect(s.phone).not.toBe('13912345678');
    },
  },
  'accounts.update': {
    async read() {
      const [a, b] = [await account(manager), await account(other)];
      return {
        first: { id: a.id, version: a.version, role: 'group_lead', active: true },
        second: { id: b.id, version: b.version, role: 'deputy', active: false },
        version: a.version,
      };
    },
    current: () => account(manager),
    async notApplied() {
      const a = await account(manager);
      expect(a.role).toBe('group_lead');
      expect(a.active).toBe(true);
    },
  },
  'accounts.resetPassword': {
    async read() {
      const [a, b] = [await account(manager), await account(other)];
      return {
        first: { id: a.id, version: a.version, newPassword: 'First#Reset1' },
        second: { id: b.id, version: b.version, newPassword: 'Second#Reset2' },
        version: a.version,
      };
    },
    current: () => account(manager),
    async notApplied() {
      expect(await canLogin('Second#Reset2')).toBe(false);
      expect(await canLogin('First#Reset1')).toBe(true);
    },
  },
  'accounts.unlock': {
    async read() {
      const [a, b] = [await account(manager), await account(other)];
      return {
        first: { id: a.id, version: a.version },
        second: { id: b.id, version: b.version },
        version: a.version,
      };
    },
    current: () => account(manager),
    async notApplied() {
      // Nothing to see beyond the unchanged tables: an unlock carries no data of its own.
    },
  },
  'settings.update': {
    async read() {
      const [a, b] = [
        unwrap(await core.call('settings.get', {}, manager)),
        unwrap(await core.call('settings.get', {}, other)),
      ];
      return {
        first: { version: a.version, settings: { ...a.settings, lockoutAttempts: 7 } },
        second: {
          version: b.version,
          settings: { ...b.settings, lockoutAttempts: 9, departmentName: '被覆盖的部门' },
        },
        version: a.version,
      };
    },
    async current() {
      const s = unwrap(await core.call('settings.get', {}, manager));
      return { ...s.settings, version: s.version };
    },
    async notApplied() {
      const { settings } = unwrap(await core.call('settings.get', {}, manager));
      expect(settings.lockoutAttempts).toBe(7);
      expect(settings.departmentName).not.toBe('被覆盖的部门');
    },
  },
};

describe('optimistic locking: a stale version gets CONFLICT and changes nothing', () => {
  it('covers every channel whose input names a version', () => {
    const versioned = CHANNEL_NAMES.filter(
      (c) => 'version' in ((channels[c].input as unknown as { shape?: object }).shape ?? {}),
    );
    expect(versioned.sort()).toEqual(Object.keys(RACES).sort());
  });

  it.each(Object.keys(RACES) as ChannelName[])('%s', async (channel) => {
    const race = RACES[channel]!;
    const { first, second, version } = await race.read();

    const won = await core.dispatch(channel, first, manager);
    expect(won.ok, JSON.stringify(won)).toBe(true);
    const afterFirst = await race.current();
    expect(afterFirst.version).toBe(version + 1);

    const before = tableChecksum(core);
    const lost = await core.dispatch(channel, second, other);
    expect(lost).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(tableChecksum(core)).toBe(before);
    expect(await race.current()).toEqual(afterFirst);
    await race.notApplied();

    // Read again, and the same change goes through.
    const fresh = await race.read();
    expect(fresh.version).toBe(version + 1);
  });

  it('a version from the future is stale too', async () => {
    const g = await group(manager);
    const r = await core.call(
      'org.groups.update',
      { id: g.id, version: g.version + 5, name: g.name, nameEn: g.nameEn, sortOrder: 1, active: true },
      manager,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await group(manager)).version).toBe(g.version);
  });
});
