/**
 * BENCH ONLY — what the appraisal's computed indicators count, written straight into the client tables through
 * the clients REPOSITORY (bypassing services and the audit trail, as clientsBulk.ts does for the files): a
 * sales history of transactions on the bench files and the day each file that is a customer first became one.
 * The app never writes like this. Do not import this outside bench/.
 */
import type { Core } from '../src/main/core/createCore';
import { newId } from '../src/main/core/ids';
import { insertStatusChange } from '../src/main/domains/clients/repository/statusHistory';
import { insertTransaction } from '../src/main/domains/clients/repository/transactions';
import { createRandom } from '../scripts/sample/random';

const DAY_MS = 86_400_000;
const BATCH = 20_000;
const ITEMS = ['年度服务合同', '设备采购', '软件许可', '配件补货', '技术支持服务', '培训服务'];

export interface BulkSales {
  transactions: number;
  newCustomers: number;
}

/**
 * For each live customer file: when it first became a customer (a status change, spread over the years) and a
 * few transactions after that; other files get an occasional transaction. Amounts from ¥2,000 to ¥200,000.
 */
export function writeBulkSales(core: Core, options: { seed: number; years: number }): BulkSales {
  const rng = createRandom(options.seed).fork('bench-appraisal-sales');
  const db = core.store.db;
  const by = (db.prepare(`SELECT id FROM users WHERE role = 'manager' LIMIT 1`).get() as { id: string }).id;
  const files = db
    .prepare(`SELECT id, status FROM clients WHERE deleted_at IS NULL AND owner_id IS NOT NULL`)
    .all() as { id: string; status: string }[];
  const end = Date.now() - DAY_MS;
  const start = end - options.years * 365 * DAY_MS;
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  let transactions = 0;
  let newCustomers = 0;
  try {
    for (let from = 0; from < files.length; from += BATCH) {
      db.transaction(() => {
        for (const f of files.slice(from, from + BATCH)) {
          const customer = f.status === 'customer';
          const since = start + rng.next() * (end - start);
          if (customer) {
            insertStatusChange(
              db,
              { id: newId(), clientId: f.id, from: 'key_follow_up', to: 'customer', reason: null },
              { at: new Date(since).toISOString(), by },
            );
            newCustomers++;
          }
          const sales = customer ? rng.int(1, 6) : rng.chance(0.1) ? 1 : 0;
          for (let k = 0; k < sales; k++) {
            const at = new Date(since + rng.next() * (end - since));
            insertTransaction(
              db,
              newId(),
              f.id,
              {
                date: at.toISOString().slice(0, 10),
                item: rng.pick(ITEMS),
                quantity: rng.int(1, 20),
                amountFen: rng.int(20, 2000) * 10_000,
                contractRef: null,
                notes: null,
              },
              { at: at.toISOString(), by },
            );
            transactions++;
          }
        }
      })();
    }
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
  }
  db.pragma('optimize');
  return { transactions, newCustomers };
}
