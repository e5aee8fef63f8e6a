export const BACKUP_KINDS = ['auto', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  fileName: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
}
