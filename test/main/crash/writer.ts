/**
 * Child process for crash-safety.test.ts: opens the database the way the app does, then commits batches
 * forever — each transaction inserts BATCH_SIZE rows for a new batch number and bumps a counter — until
 * the parent kills it. After each commit it reports `committed <batch>` (stdout to a pipe is synchronous).
 * The test bundles it once for fast starts; by hand: `node --import tsx test/main/crash/writer.ts <file>`.
 */
import { openConnection } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';

const BATCH_SIZE = 50;

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: writer.ts <database file>\n');
  process.exit(2);
}

const db = openConnection(file);
migrate(db);
db.exec(`
  CREATE TABLE IF NOT EXISTS crash_probe (batch INTEGER NOT NULL, seq INTEGER NOT NULL, payload TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS crash_counter (id INTEGER PRIMARY KEY CHECK (id = 1), batches INTEGER NOT NULL);
  INSERT OR IGNORE INTO crash_counter (id, batches) VALUES (1, 0);
`);

const nextBatch = db.prepare('SELECT batches + 1 AS n FROM crash_counter WHERE id = 1').pluck();
const insert = db.prepare('INSERT INTO crash_probe (batch, seq, payload) VALUES (?, ?, ?)');
const bump = db.prepare('UPDATE crash_counter SET batches = batches + 1 WHERE id = 1');
const payload = 'x'.repeat(200); // enough bytes that a batch spans several pages

const commitBatch = db.transaction((): number => {
  const batch = nextBatch.get() as number;
  for (let seq = 1; seq <= BATCH_SIZE; seq++) insert.run(batch, seq, payload);
  bump.run();
  return batch;
});

process.stdout.write('ready\n', () => {
  for (;;) {
    const batch = commitBatch();
    process.stdout.write(`committed ${batch}\n`);
  }
});
