import { sql as foundation } from './0001_foundation';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered migrations, applied in order; never edit one that has shipped — add the next number. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'foundation', sql: foundation }];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
