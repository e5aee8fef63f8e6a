import type { Client, ClientPage, DuplicateMatch } from '../../src/shared/clients/types';
import { useClients } from '../../src/renderer/src/stores/clientsStore';
import { useFollowups } from '../../src/renderer/src/stores/followupsStore';
import { MANAGER_USER, READY_STATUS, ok } from './fakeTransport';

/** Channels every screen behind the login needs, answered for a logged-in manager with an empty org. */
export const LOGGED_IN = {
  'system.status': () => ok(READY_STATUS),
  'auth.setupStatus': () => ok({ needsSetup: false, departmentName: '业务部' }),
  'auth.me': () => ok(MANAGER_USER),
  'org.staff.list': () => ok([]),
  'org.groups.list': () => ok([]),
  'clients.tags': () => ok(['重点', '展会客户']),
};

let n = 0;
export function aClient(over: Partial<Client> = {}): Client {
  n++;
  return {
    id: `0190a0a0-0000-7000-8000-${String(100000000000 + n)}`,
    code: `KH-2026-${String(n).padStart(5, '0')}`,
    type: 'enterprise',
    name: `测试客户${n}有限公司`,
    creditCode: null,
    industry: null,
    province: '上海市',
    city: '浦东新区',
    address: null,
    source: 'other',
    tier: 'B',
    status: 'potential',
    statusChangedAt: '2026-01-05T02:00:00.000Z',
    ownerId: MANAGER_USER.staffId,
    ownerName: '王经理',
    groupId: null,
    groupName: null,
    groupNameEn: null,
    tags: [],
    notes: null,
    primaryContactName: null,
    primaryContactMobile: null,
    touchedAt: '2026-01-05T02:00:00.000Z',
    completeness: 40,
    stale: false,
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-05T02:00:00.000Z',
    deletedAt: null,
    version: 1,
    ...over,
  };
}

export const aPage = (rows: Client[], total = rows.length, page = 1, pageSize = 50): ClientPage => ({
  rows,
  total,
  page,
  pageSize,
});

export const aMatch = (over: Partial<DuplicateMatch> = {}): DuplicateMatch => ({
  clientId: '0190a0a0-0000-7000-8000-000000000999',
  code: 'KH-2025-00042',
  name: '华东精密机械有限公司',
  ownerName: '李娜',
  reasons: ['name'],
  visible: true,
  ...over,
});

/** The stores outlive a test; each test starts from nothing, on the given screen. */
export function resetClientScreens(hash: string): void {
  useClients.setState(useClients.getInitialState(), true);
  useFollowups.setState(useFollowups.getInitialState(), true);
  window.location.hash = hash;
}
