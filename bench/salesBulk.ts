/**
 * BENCH ONLY — a sales pipeline of a large department written straight into the real tables of migration 0023
 * (the sales repository's own INSERTs for opportunities and their stage changes, plain prepared INSERTs for
 * contracts and plans), bypassing services, validation and the audit trail, in large transactions with
 * synchronous off — as clientsBulk.ts and appraisalBulk.ts do. The app never writes like this: every row it
 * writes comes from a service. Do not import this outside bench/.
 *
 * What is written, over the bench database's client files and the people of the market and sales groups:
 * opportunities created over the last three years, each walked forward stage by stage with days in each (one
 * opportunity_stage_changes row per move) until it stops — the older ones closed won or lost with a reason of
 * the settings' list, the recent ones still open; contracts (most signed, some in execution, completed or
 * terminated, a few drafts) with amounts and costs; each group's and person's plans for every year.
 */
import type { Core } from '../src/main/core/createCore';
import { newId } from '../src/main/core/ids';
import { opportunitySearchText } from '../src/main/domains/sales/opportunityView';
import { insertOpportunity } from '../src/main/domains/sales/repository/opportunities';
import { insertStageChange } from '../src/main/domains/sales/repository/stageChanges';
import { STAGES, type Stage } from '../src/shared/sales/stages';
import { createRandom, type Random } from '../scripts/sample/random';

const DAY_MS = 86_400_000;
const BATCH = 10_000;
const OPEN_PATH: readonly Stage[] = STAGES.filter((s) => s !== 'won' && s !== 'lost');
/** The chance an opportunity moves on from each stage of the path (lead → … → negotiation → won). */
const ADVANCE = [0.62, 0.7, 0.72, 0.75, 0.7, 0.72, 0.6];
const TOPICS = [
  '排产系统',
  '仓储管理',
  '设备采购',
  '年度维保',
  '软件许可',
  '质检平台',
  '能耗监测',
  '培训服务',
];
const LOST_REASONS = ['price', 'competitor', 'no_budget', 'no_need', 'timing', 'other'];
const NEXT_STEPS = ['电话回访', '发送方案', '安排演示', '报价跟进', '合同条款确认', '拜访客户'];

export interface BulkPipeline {
  opportunities: number;
  stageChanges: number;
  contracts: number;
  plans: number;
  owners: string[];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString();

interface Owner {
  id: string;
  groupId: string;
}

/** The stage an opportunity stops at: each step taken with the path's chance; at the end, won. */
function furthest(rnd: Random): number {
  let i = 0;
  while (i < ADVANCE.length && rnd.chance(ADVANCE[i]!)) i++;
  return i; // OPEN_PATH index; ADVANCE.length means won
}

export function writeBulkPipeline(
  core: Core,
  options: { seed: number; opportunities: number; contracts: number; years: number },
): BulkPipeline {
  const rnd = createRandom(options.seed).fork('bench-sales-pipeline');
  const db = core.store.db;
  const by = (db.prepare(`SELECT id FROM users WHERE role = 'manager' LIMIT 1`).get() as { id: string }).id;
  const owners = db
    .prepare(
      `SELECT s.id, s.group_id AS groupId FROM staff s JOIN groups g ON g.id = s.group_id
       WHERE g.builtin IN ('sales', 'market') AND s.status = 'active' ORDER BY s.id`,
    )
    .all() as Owner[];
  const clients = db
    .prepare(`SELECT id, code, name FROM clients WHERE deleted_at IS NULL ORDER BY id`)
    .all() as { id: string; code: string; name: string }[];
  if (owners.length === 0 || clients.length === 0)
    throw new Error('the bench database has no owners or clients');
  const end = Date.now() - DAY_MS;
  const start = end - options.years * 365 * DAY_MS;
  const counters = new Map<string, number>();
  const code = (prefix: string, year: string, width: number) => {
    const n = (counters.get(`${prefix}${year}`) ?? 0) + 1;
    counters.set(`${prefix}${year}`, n);
    return `${prefix}-${year}-${String(n).padStart(width, '0')}`;
  };

  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  let stageChanges = 0;
  const won: { id: string; owner: Owner; clientId: string; amount: number; closedMs: number }[] = [];
  try {
    for (let from = 0; from < options.opportunities; from += BATCH) {
      db.transaction(() => {
        for (let k = from; k < Math.min(options.opportunities, from + BATCH); k++) {
          const owner = owners[k % owners.length]!;
          const client = rnd.pick(clients);
          const created = start + rnd.next() * (end - start);
          const stop = furthest(rnd);
          const amount = rnd.int(2, 400) * 5_000_00;
          // Walk the path: days in each stage; a walk that runs past today leaves it open where it is.
          const moves: { to: Stage; at: number }[] = [{ to: 'lead', at: created }];
          let at = created;
          let i = 0;
          while (i < stop) {
            const next = at + rnd.int(1, 25) * DAY_MS + rnd.int(0, 36_000_000);
            if (next > end) break;
            at = next;
            i++;
            moves.push({ to: i === ADVANCE.length ? 'won' : OPEN_PATH[i]!, at });
          }
          // Stopped short of won with time to spare: most such are lost some days later, a few stay open.
          const reachedWon = moves.at(-1)!.to === 'won';
          if (!reachedWon) {
            const lostAt = at + rnd.int(3, 40) * DAY_MS;
            if (lostAt < end && rnd.chance(0.85)) moves.push({ to: 'lost', at: lostAt });
          }
          const last = moves.at(-1)!;
          const stage = last.to;
          const closed = stage === 'won' || stage === 'lost';
          const id = newId();
          const oppCode = code('SJ', day(created).slice(0, 4), 5);
          const title = `${rnd.pick(TOPICS)}项目`;
          const nextStep = closed ? null : rnd.pick(NEXT_STEPS);
          insertOpportunity(
            db,
            id,
            oppCode,
            {
              title,
              clientId: client.id,
              ownerId: owner.id,
              groupId: owner.groupId,
              stage,
              expectedAmountFen: amount,
              probability: rnd.chance(0.1) ? rnd.int(1, 9) * 10 : null,
              expectedCloseOn: day(closed ? last.at : at + rnd.int(10, 120) * DAY_MS),
              nextStep,
              nextStepOn: closed ? null : day(at + rnd.int(-10, 30) * DAY_MS),
              sourceActivityId: null,
              screeningScore: moves.length > 1 ? rnd.int(55, 95) : null,
              screening: '[]',
              needs: moves.length > 3 ? '需求已确认' : null,
              proposal: moves.length > 4 ? '方案已提交' : null,
              visitInvitedOn: null,
              visitHeldOn: null,
              visitNotes: null,
              negotiationNotes: null,
              lostReason: stage === 'lost' ? rnd.pick(LOST_REASONS) : null,
              lostNote: null,
              closedOn: closed ? day(last.at) : null,
              stageEnteredAt: iso(last.at),
              searchText: opportunitySearchText({
                code: oppCode,
                title,
                clientCode: client.code,
                clientName: client.name,
                nextStep,
              }),
            },
            { at: iso(created), by },
          );
          let fromStage: Stage | null = null;
          for (const m of moves) {
            insertStageChange(
              db,
              { id: newId(), opportunityId: id, from: fromStage, to: m.to },
              { at: iso(m.at), by },
            );
            fromStage = m.to;
            stageChanges++;
          }
          if (stage === 'won') won.push({ id, owner, clientId: client.id, amount, closedMs: last.at });
        }
      })();
    }

    // Contracts: from won opportunities first, the rest typed in; most signed, executing or completed.
    const insertContract = db.prepare(
      `INSERT INTO contracts (id, code, title, client_id, opportunity_id, owner_id, group_id, status, amount_fen,
         cost_fen, signed_on, completed_on, terminated_on, terminated_reason, search_text, created_at, updated_at,
         created_by, updated_by)
       VALUES (@id, @code, @title, @clientId, @opportunityId, @ownerId, @groupId, @status, @amount, @cost,
         @signedOn, @completedOn, @terminatedOn, @terminatedReason, @searchText, @at, @at, @by, @by)`,
    );
    for (let from = 0; from < options.contracts; from += BATCH) {
      db.transaction(() => {
        for (let k = from; k < Math.min(options.contracts, from + BATCH); k++) {
          const source = won[k];
          const owner = source?.owner ?? owners[k % owners.length]!;
          const signedMs = source ? source.closedMs : start + rnd.next() * (end - start);
          const status = rnd.weighted([
            ['signed', 30],
            ['executing', 30],
            ['completed', 30],
            ['terminated', 5],
            ['draft', 5],
          ] as const);
          const amount = source?.amount ?? rnd.int(2, 400) * 5_000_00;
          const contractCode = code('HT', day(signedMs).slice(0, 4), 4);
          const title = `${rnd.pick(TOPICS)}合同`;
          insertContract.run({
            id: newId(),
            code: contractCode,
            title,
            clientId: source?.clientId ?? rnd.pick(clients).id,
            opportunityId: source?.id ?? null,
            ownerId: owner.id,
            groupId: owner.groupId,
            status,
            amount,
            cost: rnd.chance(0.9) ? Math.round(amount * (0.5 + rnd.next() * 0.35)) : null,
            signedOn: status === 'draft' ? null : day(signedMs),
            completedOn:
              status === 'completed' ? day(Math.min(end, signedMs + rnd.int(30, 180) * DAY_MS)) : null,
            terminatedOn:
              status === 'terminated' ? day(Math.min(end, signedMs + rnd.int(10, 90) * DAY_MS)) : null,
            terminatedReason: status === 'terminated' ? '客户取消采购' : null,
            searchText: `${contractCode} ${title}`.toLowerCase(),
            at: iso(signedMs),
            by,
          });
        }
      })();
    }
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
  }

  // Plans for every year: each group's, and its people's split of it.
  const insertPlan = db.prepare(
    `INSERT OR IGNORE INTO sales_plans (id, period_kind, period_from, period_to, staff_id, group_id,
       revenue_target_fen, profit_target_fen, new_clients_target, created_at, updated_at, created_by, updated_by)
     VALUES (@id, 'year', @from, @to, @staffId, @groupId, @revenue, @profit, @clients, @at, @at, @by, @by)`,
  );
  let plans = 0;
  const groups = [...new Set(owners.map((o) => o.groupId))];
  const firstYear = Number(day(start).slice(0, 4));
  const lastYear = Number(day(Date.now()).slice(0, 4));
  db.transaction(() => {
    for (let year = firstYear; year <= lastYear; year++) {
      const period = { from: `${year}-01-01`, to: `${year}-12-31`, at: iso(Date.now()), by };
      for (const groupId of groups) {
        const people = owners.filter((o) => o.groupId === groupId);
        let revenue = 0;
        for (const p of people) {
          const r = rnd.int(20, 120) * 100_000_00;
          revenue += r;
          insertPlan.run({
            ...period,
            id: newId(),
            staffId: p.id,
            groupId,
            revenue: r,
            profit: Math.round(r * 0.3),
            clients: rnd.int(2, 12),
          });
          plans++;
        }
        insertPlan.run({
          ...period,
          id: newId(),
          staffId: null,
          groupId,
          revenue,
          profit: Math.round(revenue * 0.3),
          clients: people.length * 6,
        });
        plans++;
      }
    }
  })();
  for (const [key, last] of counters)
    db.prepare(
      `INSERT INTO code_counters (prefix, period, last) VALUES (?, ?, ?)
       ON CONFLICT (prefix, period) DO UPDATE SET last = max(last, excluded.last)`,
    ).run(key.slice(0, 2), key.slice(2), last);
  db.pragma('optimize');
  return {
    opportunities: options.opportunities,
    stageChanges,
    contracts: options.contracts,
    plans,
    owners: owners.map((o) => o.id),
  };
}
