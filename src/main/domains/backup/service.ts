import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/backup/types';
import { AppError } from '../../../shared/contract/errors';
import type { Actor, CoreDeps } from '../../core/context';
import { integrityProblems, isSqliteError, openConnection } from '../../db/connection';
import { backupsToDelete, listBackupFiles, parseBackupFileName, writeBackup } from '../../db/backupFiles';
import { schemaVersion } from '../../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { latestAuditId } from '../audit/repository';
import type { AuditService } from '../audit/service';
import type { SettingsService } from '../settings/service';

const isDiskFull = (err: unknown) =>
  isSqliteError(err, 'SQLITE_FULL', 'SQLITE_IOERR') || (err as { code?: string } | null)?.code === 'ENOSPC';

export function createBackupService(deps: CoreDeps, audit: AuditService, settings: SettingsService) {
  const { paths } = deps.store;
  let running: Promise<unknown> = Promise.resolve();
  let lastBackedUpAuditId = -1;
  const rotationListeners: (() => void)[] = [];

  /** Backups run one at a time: a scheduled one never overlaps a manual one or a restore. */
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = running.then(fn, fn);
    running = next.catch(() => undefined);
    return next;
  }

  async function take(kind: BackupKind): Promise<BackupInfo> {
    const db = deps.store.db;
    const auditId = latestAuditId(db);
    let info: BackupInfo;
    try {
      info = await writeBackup(db, paths.backupDir, kind, deps.clock.now(), {
        nativeBinding: deps.store.nativeBinding,
      });
    } catch (err) {
      if (isDiskFull(err)) throw new AppError('DISK_FULL', 'no space left for the backup');
      throw err;
    }
    lastBackedUpAuditId = auditId;
    rotate();
    return info;
  }

  function rotate(): void {
    const s = settings.get().settings;
    for (const b of backupsToDelete(listBackupFiles(paths.backupDir), {
      keepRecent: s.backupKeepRecent,
      keepDaily: s.backupKeepDaily,
      maxFiles: s.backupMaxFiles,
    })) {
      fs.rmSync(path.join(paths.backupDir, b.fileName), { force: true });
    }
    for (const listener of rotationListeners) {
      try {
        listener();
      } catch (err) {
        deps.logger.error('backup.rotation_listener_failed', err);
      }
    }
  }

  function backupPath(fileName: string): string {
    if (!parseBackupFileName(fileName))
      throw new AppError('VALIDATION', 'bad backup name', {
        fields: { fileName: { key: 'validation.backupFile' } },
      });
    const file = path.join(paths.backupDir, fileName);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'backup not found');
    return file;
  }

  /** A backup is restorable when it opens, passes integrity_check and is not from a newer app. */
  function checkRestorable(file: string): void {
    let conn;
    try {
      conn = openConnection(file, { readonly: true, nativeBinding: deps.store.nativeBinding });
      const problems = integrityProblems(conn);
      if (problems.length) throw new AppError('DB_CORRUPT', 'backup fails integrity check');
      if (schemaVersion(conn) > LATEST_SCHEMA_VERSION)
        throw new AppError('DB_NEWER_VERSION', 'backup is from a newer version');
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('DB_CORRUPT', 'backup cannot be opened');
    } finally {
      conn?.close();
    }
  }

  function replaceDatabaseWith(source: string): void {
    const target = paths.databaseFile;
    const staging = `${target}.restoring`;
    fs.copyFileSync(source, staging);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.renameSync(staging, target);
  }

  /** Swap in a backup; the current database is kept first as an undo copy (or moved aside when corrupt). */
  async function restore(fileName: string, actor: Actor | null): Promise<BackupInfo | null> {
    const file = backupPath(fileName);
    checkRestorable(file);
    let undo: BackupInfo | null = null;
    if (deps.store.state === 'ready') {
      try {
        undo = await writeBackup(deps.store.db, paths.backupDir, 'pre-restore', deps.clock.now(), {
          nativeBinding: deps.store.nativeBinding,
        });
      } catch (err) {
        if (isDiskFull(err)) throw new AppError('DISK_FULL', 'no space left for the undo copy');
        throw err;
      }
    } else if (fs.existsSync(paths.databaseFile)) {
      fs.mkdirSync(paths.quarantineDir, { recursive: true });
      const aside = path.join(
        paths.quarantineDir,
        `bizops-${deps.clock.now().toISOString().replace(/[:.]/g, '-')}.sqlite`,
      );
      fs.copyFileSync(paths.databaseFile, aside);
    }
    deps.store.closeConnection();
    replaceDatabaseWith(file);
    if (deps.store.open() !== 'ready') {
      // The copy did not open: put back what was there.
      if (undo) {
        replaceDatabaseWith(path.join(paths.backupDir, undo.fileName));
        deps.store.open();
      }
      throw new AppError('DB_CORRUPT', 'restored database did not open');
    }
    deps.sessions.signOutAll();
    const db = deps.store.db;
    db.transaction(() =>
      audit.record(db, actor ?? { userId: null, name: null }, {
        entity: 'backup',
        entityId: fileName,
        action: 'restore',
        changes: undo ? [{ field: 'undo', before: null, after: undo.fileName }] : [],
      }),
    )();
    deps.logger.info('backup.restored', { file: fileName });
    return undo;
  }

  return {
    list(): BackupInfo[] {
      return listBackupFiles(paths.backupDir);
    },

    create(actor: Actor): Promise<BackupInfo> {
      return serial(async () => {
        const info = await take('manual');
        const db = deps.store.db;
        db.transaction(() =>
          audit.record(db, actor, { entity: 'backup', entityId: info.fileName, action: 'create' }),
        )();
        return info;
      });
    },

    /** The automatic backup (start-up and timer): skipped when nothing changed since the last one. */
    auto(): Promise<BackupInfo | null> {
      return serial(async () => {
        if (deps.store.state !== 'ready') return null;
        if (latestAuditId(deps.store.db) === lastBackedUpAuditId) return null;
        return take('auto');
      });
    },

    restore(fileName: string, actor: Actor | null): Promise<BackupInfo | null> {
      return serial(() => restore(fileName, actor));
    },

    /** Runs after each rotation (which may have removed backups that files in the data folder were kept for). */
    onRotated(listener: () => void): void {
      rotationListeners.push(listener);
    },

    /** Waits for a running backup (shutdown). */
    idle(): Promise<unknown> {
      return running;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
