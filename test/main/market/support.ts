import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { newId } from '../../../src/main/core/ids';
import type { AppErrorShape, Result } from '../../../src/shared/contract/errors';
import type { Stage } from '../../../src/shared/sales/stages';
import { fakePdfPrinter } from '../contract/support';
import { FakeClock, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';

/**
 * A department for the market tests: two staff in sales (an owner and a colleague) with their group lead,
 * a deputy in charge of sales, someone in the market group with their lead, and the manager. The clock
 * stands in June 2026, so research and sightings of the spring are in the past.
 */
export interface MarketDepartment {
  core: Core;
  clock: FakeClock;
  groups: Record<string, string>;
  manager: Session;
  deputy: Session;
  salesLead: Session;
  owner: Session;
  colleague: Session;
  marketLead: Session;
  marketStaff: Session;
}

export async function marketDepartment(): Promise<MarketDepartment> {
  const clock = new FakeClock(Date.parse('2026-06-15T02:00:00Z'));
  const core = await makeCore({ clock, printer: fakePdfPrinter });
  const { manager, groups } = await setUpDepartment(core);
  const sales = groups.sales!;
  const market = groups.market!;
  return {
    core,
    clock,
    groups,
    manager,
    deputy: await sessionFor(core, manager, 'deputy', sales),
    salesLead: await sessionFor(core, manager, 'group_lead', sales),
    owner: await sessionFor(core, manager, 'staff', sales),
    colleague: await sessionFor(core, manager, 'staff', sales),
    marketLead: await sessionFor(core, manager, 'group_lead', market),
    marketStaff: await sessionFor(core, manager, 'staff', market),
  };
}

export const staffOf = (s: Session): string => s.user!.staffId;

export function errorOf(r: Result<unknown>): AppErrorShape {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

/**
 * An opportunity written straight into its table, as the pipeline would keep it: the pipeline's channels
 * are not part of the market domain, and the activity's page only reads these rows.
 */
export async function fixtureOpportunity(
  d: MarketDepartment,
  o: { activityId: string | null; owner: Session; stage: Stage; amountFen?: number | null; title?: string },
): Promise<string> {
  const client = unwrap(
    await d.core.call(
      'clients.create',
      {
        name: `展会客户${Math.random().toString(36).slice(2, 8)}`,
        ownerId: staffOf(o.owner),
        industry: '制造业',
      },
      d.manager,
    ),
  );
  const id = newId();
  const now = d.clock.now().toISOString();
  const closed = o.stage === 'won' || o.stage === 'lost';
  d.core.store.db
    .prepare(
      `INSERT INTO opportunities (id, code, title, client_id, owner_id, group_id, stage, expected_amount_fen,
         source_activity_id, lost_reason, closed_on, stage_entered_at, created_at, updated_at)
       VALUES (@id, @code, @title, @clientId, @ownerId, @groupId, @stage, @amount, @activityId, @lostReason,
         @closedOn, @now, @now, @now)`,
    )
    .run({
      id,
      code: `SJ-2026-${id.slice(-5)}`,
      title: o.title ?? '进销存系统采购',
      clientId: client.id,
      ownerId: staffOf(o.owner),
      groupId: o.owner.user!.groupId,
      stage: o.stage,
      amount: o.amountFen ?? null,
      activityId: o.activityId,
      lostReason: o.stage === 'lost' ? 'price' : null,
      closedOn: closed ? '2026-06-01' : null,
      now,
    });
  return id;
}
