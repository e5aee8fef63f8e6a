import { DEFAULT_SETTINGS, type OrgSettings, type SettingsRecord } from '../../../shared/settings/types';
import type { Stamp } from '../../core/mutation';
import { stmt, type Db } from '../../db/connection';

/**
 * The last settings text read on each connection, parsed: most calls read the settings (a domain's rules, the
 * calendar), and parsing the whole text each time was a fifth of a sales mutation. Keyed by the exact text, so
 * a write, a rolled-back write or a restored backup is parsed afresh; frozen, since every reader shares it.
 */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const parsed = new WeakMap<Db, { data: string; settings: Partial<OrgSettings> }>();

export function readSettings(db: Db): SettingsRecord {
  const row = stmt(db, 'SELECT data, version FROM settings WHERE id = 1').get() as
    { data: string; version: number } | undefined;
  if (!row) return { settings: { ...DEFAULT_SETTINGS }, version: 1 };
  let cached = parsed.get(db);
  if (cached?.data !== row.data) {
    cached = { data: row.data, settings: deepFreeze(JSON.parse(row.data) as Partial<OrgSettings>) };
    parsed.set(db, cached);
  }
  // Settings added by later versions take their defaults until the manager saves them.
  return { settings: { ...DEFAULT_SETTINGS, ...cached.settings }, version: row.version };
}

/** Returns false when `version` is stale. */
export function writeSettings(db: Db, settings: OrgSettings, version: number, s: Stamp): boolean {
  const exists = stmt(db, 'SELECT 1 FROM settings WHERE id = 1').get();
  if (!exists) {
    if (version !== 1) return false;
    stmt(db, 'INSERT INTO settings (id, data, updated_at, updated_by, version) VALUES (1, ?, ?, ?, 2)').run(
      JSON.stringify(settings),
      s.at,
      s.by,
    );
    return true;
  }
  const r = stmt(
    db,
    'UPDATE settings SET data = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = 1 AND version = ?',
  ).run(JSON.stringify(settings), s.at, s.by, version);
  return r.changes === 1;
}
