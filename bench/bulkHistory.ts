/**
 * BENCH ONLY — bulk audit-trail history written through the audit REPOSITORY, bypassing services and dispatch.
 *
 * The benchmark needs a database of realistic size (≥100,000 rows), not a realistic way of getting there:
 * through dispatch every mutation is its own fsync'd transaction, which would take minutes. So this writes
 * years of plausible audit-trail rows (logins, logouts, staff edits …) for the sample department's real
 * accounts and staff straight into audit_log, in ONE transaction. The app itself never does this: every row
 * it writes comes from a service, inside the mutation's own transaction. Do not import this outside bench/.
 */
import type { AuditChange } from '../src/shared/audit/types';
import type { Core } from '../src/main/core/createCore';
import { listAccounts } from '../src/main/domains/org/accounts';
import { listStaff } from '../src/main/domains/org/staff';
import { insertAudit } from '../src/main/core/auditTrail';
import { createRandom } from '../scripts/sample/random';

const DAY_MS = 86_400_000;

export function writeBulkHistory(core: Core, rows: number, options: { seed: number; years: number }): void {
  const rng = createRandom(options.seed).fork('bench-history');
  const db = core.store.db;
  // Read through the services (reads need no audit); the rows below reference real accounts and staff.
  const accounts = listAccounts(core.context()).map((a) => ({
    userId: a.id,
    name: a.staffName,
    username: a.username,
  }));
  const staff = listStaff(core.context(), { search: null, groupId: null, status: null });
  if (accounts.length === 0 || staff.length === 0)
    throw new Error('bulk history needs the sample department first');

  const end = Date.now() - DAY_MS;
  const start = end - options.years * 365 * DAY_MS;
  const step = (end - start) / rows;
  const positions = [
    '市场专员',
    '高级市场专员',
    '销售代表',
    '高级销售代表',
    '大客户经理',
    '客服专员',
    '高级客服专员',
    '客户回访专员',
  ];
  const phone = () => `1${rng.pick(['38', '39', '58', '86', '77', '99'])}${rng.digits(8)}`;

  type Kind = 'login' | 'logout' | 'login_failed' | 'staff_update' | 'account_unlock';
  const kinds: readonly (readonly [Kind, number])[] = [
    ['login', 40],
    ['logout', 36],
    ['login_failed', 6],
    ['staff_update', 16],
    ['account_unlock', 2],
  ];

  db.transaction(() => {
    for (let i = 0; i < rows; i++) {
      const at = new Date(start + i * step + rng.next() * step).toISOString();
      const actor = rng.pick(accounts);
      const kind = rng.weighted(kinds);
      let actorUserId: string | null = actor.userId;
      let actorName: string | null = actor.name;
      let entity = 'session';
      let entityId: string | null = actor.userId;
      let action: string = kind;
      let changes: AuditChange[] = [];
      if (kind === 'login_failed') {
        if (rng.chance(0.3)) {
          // An unknown username: written by the system, like auth.login does.
          actorUserId = null;
          actorName = null;
          entityId = null;
          changes = [{ field: 'username', before: null, after: `${actor.username}x` }];
        }
      } else if (kind === 'staff_update') {
        const s = rng.pick(staff);
        entity = 'staff';
        entityId = s.id;
        action = 'update';
        changes = rng.chance(0.5)
          ? [{ field: 'phone', before: s.phone, after: phone() }]
          : [{ field: 'position', before: s.position, after: rng.pick(positions) }];
      } else if (kind === 'account_unlock') {
        const target = rng.pick(accounts);
        entity = 'account';
        entityId = target.userId;
        action = 'unlock';
        changes = [
          { field: 'lockedUntil', before: new Date(Date.parse(at) + 15 * 60_000).toISOString(), after: null },
        ];
      }
      insertAudit(db, { at, actorUserId, actorName, entity, entityId, action, changes });
    }
  })();
}
