import type { Core } from '../src/main/core/createCore';
import type { Session } from '../src/main/core/session';
import { userContextOf } from '../src/main/core/context';
import { staleBefore } from '../src/main/domains/clients/access';
import { toClient } from '../src/main/domains/clients/clientView';
import { clientListQuery } from '../src/main/domains/clients/listQuery';
import { clientPage } from '../src/main/domains/clients/repository/clientList';
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
 * What clients.list's handler adds over its bare statements, part by part, for one list input (printed, not
 * reported): the whole call, the bare query, and each step the handler takes besides running it.
 */
export async function handlerBreakdown(core: Core, manager: Session, input: ChannelInput<'clients.list'>) {
  const db = core.store.db;
  const parsed = channels['clients.list'].input.parse(input);
  const ctx = userContextOf(core.deps, { session: manager, actor: { userId: null, name: null } });
  const cutoff = staleBefore(ctx);
  const rows = clientPage(db, clientListQuery(db, manager.user!, parsed, cutoff), parsed.pageSize, 0).rows;
  const parts = {
    'whole call (core.call)': await perCallUs(200, () => core.call('clients.list', input, manager)),
    'bare query (assemble + run)': await perCallUs(200, () =>
      clientPage(db, clientListQuery(db, manager.user!, parsed, cutoff), parsed.pageSize, 0),
    ),
    'input validation (zod)': await perCallUs(2000, () => channels['clients.list'].input.parse(input)),
    'context (session user, deps)': await perCallUs(20000, () =>
      userContextOf(core.deps, { session: manager, actor: { userId: null, name: null } }),
    ),
    'stale cut-off (settings read)': await perCallUs(2000, () => staleBefore(ctx)),
    [`rows → contract (${rows.length} rows)`]: await perCallUs(2000, () =>
      rows.map((r) => toClient(r, cutoff)),
    ),
  };
  progress('  clients.list, where the time goes (µs per call, median of 5 rounds):');
  for (const [part, us] of Object.entries(parts)) progress(`    ${part.padEnd(34)} ${us.toFixed(1)}`);
}
