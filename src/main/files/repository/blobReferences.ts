import { stmt, type Db } from '../../db/connection';

/**
 * The tables whose live rows (deleted_at IS NULL) keep stored bytes by their sha256: a client file's
 * attachments and a rectification's evidence. A new kind of file adds its table here, so the store keeps
 * its bytes while a row (or a kept backup's row) needs them.
 */
export const BLOB_TABLES = ['client_attachments', 'control_evidence', 'sales_attachments'] as const;

const live = (table: string, what: string) => `SELECT ${what} FROM ${table} WHERE deleted_at IS NULL`;

/** How many live rows, of every table, keep these bytes. */
export function liveReferences(db: Db, sha256: string): number {
  return BLOB_TABLES.reduce(
    (n, table) =>
      n + (stmt(db, `${live(table, 'count(*) AS n')} AND sha256 = ?`).get(sha256) as { n: number }).n,
    0,
  );
}

/** The bytes (by sha256) that live rows keep. */
export function liveBlobHashes(db: Db): Set<string> {
  const kept = new Set<string>();
  for (const table of BLOB_TABLES)
    for (const sha of stmt(db, live(table, 'DISTINCT sha256')).pluck().all() as string[]) kept.add(sha);
  return kept;
}

/** The same, in a backup's connection (not the app's): only the tables that backup has. */
export function liveBlobHashesOfBackup(conn: Db): Set<string> {
  const kept = new Set<string>();
  for (const table of BLOB_TABLES) {
    const has = conn.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
    if (!has) continue;
    for (const sha of conn.prepare(live(table, 'DISTINCT sha256')).pluck().all() as string[]) kept.add(sha);
  }
  return kept;
}
