import fs from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../../src/main/core/logger';
import { dataPaths, Store } from '../../src/main/db/store';
import { TEMPLATE_ENV } from './runEnv';

/**
 * Opens an empty data folder with the app's own Store (so the real migrations run, exactly as on a first
 * start) and closes it again: the WAL is checkpointed into the file, which then stands alone and can be copied.
 */
export function buildTemplateDb(dir: string): string {
  const paths = dataPaths(dir);
  const store = new Store({ paths, logger: silentLogger, now: () => new Date() });
  const state = store.open();
  store.closeConnection();
  if (state !== 'ready') throw new Error(`the template database did not open: ${state}`);
  return paths.databaseFile;
}

/**
 * Starts a data folder from the run's template: a copy of a migrated database instead of migrating again
 * in every test file. Does nothing when the folder already has a database or the run built no template
 * (a test file started outside the configured projects), and says whether it copied.
 */
export function seedFromTemplate(dataDir: string): boolean {
  const template = process.env[TEMPLATE_ENV];
  const target = dataPaths(dataDir).databaseFile;
  if (!template || fs.existsSync(target)) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(template, target);
  return true;
}
