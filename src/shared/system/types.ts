/** ready: normal; corrupt: integrity check failed, only restore is offered; newer: written by a newer app. */
export type DatabaseState = 'ready' | 'corrupt' | 'newer';

export interface SystemStatus {
  state: DatabaseState;
  appVersion: string;
  schemaVersion: number;
  databaseSchemaVersion: number | null;
  dataDir: string;
  databasePath: string;
}
