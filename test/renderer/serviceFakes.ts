import type { Staff } from '../../src/shared/org/types';
import type { CallerMatch, TicketDetail, TicketRow } from '../../src/shared/service/types';
import { DEFAULT_SETTINGS } from '../../src/shared/settings/types';
import { useService } from '../../src/renderer/src/stores/serviceStore';
import { useTicket } from '../../src/renderer/src/stores/serviceTicketStore';
import { useSettings } from '../../src/renderer/src/stores/settingsStore';
import { LOGGED_IN } from './clientsFakes';
import { MANAGER_USER, ok } from './fakeTransport';

export const STAFF_ID = '0190a0a0-0000-7000-8000-000000000033';

export function aStaff(over: Partial<Staff> = {}): Staff {
  return {
    id: MANAGER_USER.staffId,
    employeeNo: 'M001',
    name: '王经理',
    position: null,
    groupId: null,
    groupName: null,
    groupNameEn: null,
    supervisorId: null,
    supervisorName: null,
    hireDate: null,
    status: 'active',
    phone: null,
    email: null,
    chargeGroupIds: [],
    account: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...over,
  };
}

/** The channels every service screen needs: a logged-in manager, the settings lists, two active staff. */
export const SERVICE_LOGGED_IN = {
  ...LOGGED_IN,
  'settings.get': () => ok({ version: 1, settings: DEFAULT_SETTINGS }),
  'org.staff.list': () => ok([aStaff(), aStaff({ id: STAFF_ID, employeeNo: 'S003', name: '陈静' })]),
  'todo.list': () => ok({ items: [], total: 0, urgentByNavPath: {} }),
};

let n = 0;
export function aTicketRow(over: Partial<TicketRow> = {}): TicketRow {
  n++;
  return {
    id: `0190a0a0-0000-7000-9000-${String(100000000000 + n)}`,
    code: `TS-20260410-${String(n).padStart(3, '0')}`,
    kind: 'complaint',
    channel: 'hotline',
    status: 'registered',
    clientId: '0190a0a0-0000-7000-8000-100000000001',
    clientName: '华东精密机械有限公司',
    clientCode: 'KH-2026-00001',
    contactName: '李娜',
    callerPhone: '13812345678',
    receivedAt: '2026-04-10T02:00:00.000Z',
    summary: '交货延迟三天',
    category: 'delivery',
    severity: 'major',
    handlerId: MANAGER_USER.staffId,
    handlerName: '王经理',
    groupId: null,
    responsibleDept: null,
    reopenCount: 0,
    clock: {
      stage: 'response',
      dueAt: '2026-04-10T06:00:00.000Z',
      mode: 'calendar',
      minutesLeft: 200,
      near: false,
      overdue: false,
    },
    updatedAt: '2026-04-10T02:00:00.000Z',
    version: 1,
    ...over,
  };
}

export function aTicket(over: Partial<TicketDetail> = {}): TicketDetail {
  const row = aTicketRow(over);
  return {
    ...row,
    content: '交货延迟三天\n客户要求说明原因',
    contactId: '0190a0a0-0000-7000-8000-200000000001',
    callerName: null,
    slaStartAt: row.receivedAt,
    responseDueAt: '2026-04-10T06:00:00.000Z',
    resolutionDueAt: '2026-04-13T02:00:00.000Z',
    responseMode: 'calendar',
    resolutionMode: 'calendar',
    firstResponseAt: null,
    firstResponseNote: null,
    resolvedAt: null,
    closedAt: null,
    answer: null,
    findings: null,
    rootCause: null,
    solution: null,
    resolutionSummary: null,
    feedbackMethod: null,
    feedbackAt: null,
    feedbackNote: null,
    clientSatisfied: null,
    satisfactionScore: null,
    convertedAt: null,
    createdAt: row.receivedAt,
    createdByName: '王经理',
    actions: [],
    events: [
      {
        id: `${row.id}-e1`,
        kind: 'received',
        at: row.receivedAt,
        fromStatus: null,
        toStatus: 'registered',
        note: null,
        actorName: '王经理',
        recordedAt: row.receivedAt,
      },
    ],
    allowed: [],
    ...over,
  };
}

export const aCaller = (over: Partial<CallerMatch> = {}): CallerMatch => ({
  clientId: '0190a0a0-0000-7000-8000-100000000001',
  clientCode: 'KH-2026-00001',
  clientName: '华东精密机械有限公司',
  contactId: '0190a0a0-0000-7000-8000-200000000001',
  contactName: '李娜',
  ownerName: '张伟',
  ...over,
});

/** The stores outlive a test; each test starts from nothing, on the given screen. */
export function resetServiceScreens(hash: string): void {
  useService.setState(useService.getInitialState(), true);
  useTicket.setState(useTicket.getInitialState(), true);
  useSettings.setState(useSettings.getInitialState(), true);
  window.location.hash = hash;
}
