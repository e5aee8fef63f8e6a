import type { Core } from '../src/main/core/createCore';
import type { Session } from '../src/main/core/session';
import { userContextOf } from '../src/main/core/context';
import { clockOf, deadlineBook } from '../src/main/domains/service/deadlines';
import { ticketListQuery } from '../src/main/domains/service/listQuery';
import { countTickets, selectTicketRowids } from '../src/main/domains/service/repository/ticketList';
import { getTicketRowsByRowid } from '../src/main/domains/service/repository/tickets';
import { toTicketRow } from '../src/main/domains/service/ticketView';
import { channels, type ChannelInput } from '../src/shared/contract/channels';
import { median, progress } from './report';

/** µs per call of `fn`: the median of 5 rounds of `iterations` calls, after one unmeasured round. */
async function perCallUs(iterations: number, fn: () => unknown): Promise<number> {
  const rounds: number[] = [];
  for (let r = 0; r < 6; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await fn();
    if (r > 0) rounds.push(Number(process.hrtime.bigint() - t) / 1000 / iterations);
  }
  return median(rounds);
}

/**
 * Where service.list's time goes for one input (printed, not reported): the whole call, and each part the
 * service runs — the query assembled, the page's rowids, the count, the rows read, the clocks computed.
 */
export async function serviceListBreakdown(
  core: Core,
  session: Session,
  input: ChannelInput<'service.list'>,
): Promise<void> {
  const db = core.store.db;
  const parsed = channels['service.list'].input.parse(input);
  const ctx = userContextOf(core.deps, { session, actor: { userId: null, name: null } });
  const now = new Date().toISOString();
  const query = ticketListQuery(db, ctx.user, parsed, now);
  const rowids = selectTicketRowids(db, query, parsed.pageSize, 0);
  const rows = getTicketRowsByRowid(db, rowids);
  const book = deadlineBook(ctx);
  const parts = {
    'whole call (core.call)': await perCallUs(100, () => core.call('service.list', input, session)),
    'input validation (zod)': await perCallUs(2000, () => channels['service.list'].input.parse(input)),
    'query assembled': await perCallUs(2000, () => ticketListQuery(db, ctx.user, parsed, now)),
    'page rowids': await perCallUs(100, () => selectTicketRowids(db, query, parsed.pageSize, 0)),
    count: await perCallUs(100, () => countTickets(db, query)),
    [`rows read (${rows.length})`]: await perCallUs(500, () => getTicketRowsByRowid(db, rowids)),
    'settings + calendar (deadlineBook)': await perCallUs(500, () => deadlineBook(ctx)),
    'clocks + rows → contract': await perCallUs(500, () =>
      rows.map((r) => toTicketRow(r, clockOf(book, now, r))),
    ),
  };
  const { sort, order, page: _p, pageSize: _s, ...filter } = parsed;
  const set = Object.entries(filter).filter(
    ([, v]) => v !== null && v !== false && !(Array.isArray(v) && v.length === 0),
  );
  progress(
    `  service.list ${JSON.stringify(Object.fromEntries(set))} ${sort} ${order}, where the time goes (µs):`,
  );
  for (const [part, us] of Object.entries(parts)) progress(`    ${part.padEnd(36)} ${us.toFixed(1)}`);
}
