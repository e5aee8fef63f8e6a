import type { SystemStatus } from '../../../shared/system/types';
import type { Ctx } from '../../core/context';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';

export function systemStatus(ctx: Ctx): SystemStatus {
  return {
    state: ctx.store.state,
    appVersion: ctx.appVersion,
    schemaVersion: LATEST_SCHEMA_VERSION,
    databaseSchemaVersion: ctx.store.databaseSchemaVersion,
    dataDir: ctx.store.paths.dataDir,
    databasePath: ctx.store.paths.databaseFile,
  };
}
