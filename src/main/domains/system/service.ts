import type { SystemStatus } from '../../../shared/system/types';
import type { CoreDeps } from '../../core/context';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';

export function createSystemService(deps: CoreDeps) {
  return {
    status(): SystemStatus {
      return {
        state: deps.store.state,
        appVersion: deps.appVersion,
        schemaVersion: LATEST_SCHEMA_VERSION,
        databaseSchemaVersion: deps.store.databaseSchemaVersion,
        dataDir: deps.store.paths.dataDir,
        databasePath: deps.store.paths.databaseFile,
      };
    },
  };
}

export type SystemService = ReturnType<typeof createSystemService>;
