import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/backup/types';
import { AppError } from '../../../shared/contract/errors';
import { perCore, type CoreDeps, type Ctx } from '../../core/context';
import { mutate } from '../../core/mutation';
import { integrityProblems, isSqliteError, openConnection } from '../../db/connection';
import { backupsToDelete, listBackupFiles, parseBackupFileName, writeBackup } from '../../db/backupFiles';
import { schemaVersion } from '../../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { latestAuditRowId } from '../audit/service';
import { getSettings } from '../settings/service';

const isDiskFull = (err: unknown) =>
  isSqliteError(err, 'SQLITE_FULL', 'SQLITE_IOERR') || (err as { code?: string } | null)?.code === 'ENOSPC';

/** One core's backups: they run one at a time, and the last one remembers how far the trail had got. */
const backupState = perCore(() => ({
  running: Promise.resolve() as Promise<unknown>,
  lastBackedUpAuditId: -1,
  rotationListeners: [] as (() => void)[],
}));

/** Backups run one at a time: a scheduled one never overlaps a manual one or a restore. */
function serial<T>(deps: CoreDeps, fn: () => Promise<T>): Promise<T> {
  const state = backupState(deps);
  const next = state.running.then(fn, fn);
  state.running = next.catch(() => undefined);
  return next;
}

async function take(ctx: Ctx, kind: BackupKind): Promise<BackupInfo> {
  const db = ctx.db;
  const auditId = latestAuditRowId(ctx);
  let info: BackupInfo;
  try {
    info = await writeBackup(db, ctx.store.paths.backupDir, kind, ctx.clock.now(), {
      nativeBinding: ctx.store.nativeBinding,
    });
  } catch (err) {
    if (isDiskFull(err)) throw new AppError('DISK_FULL', 'no space left for the backup');
    throw err;
  }
  backupState(ctx).lastBackedUpAuditId = auditId;
  rotate(ctx);
  return info;
}

function rotate(ctx: Ctx): void {
  const { backupDir } = ctx.store.paths;
  const s = getSettings(ctx).settings;
  for (const b of backupsToDelete(listBackupFiles(backupDir), {
    keepRecent: s.backupKeepRecent,
    keepDaily: s.backupKeepDaily,
    maxFiles: s.backupMaxFiles,
  })) {
    fs.rmSync(path.join(backupDir, b.fileName), { force: true });
  }
  for (const listener of backupState(ctx).rotationListeners) {
    try {
      listener();
    } catch (err) {
      ctx.logger.error('backup.rotation_listener_failed', err);
    }
  }
}

function backupPath(ctx: Ctx, fileName: string): string {
  if (!parseBackupFileName(fileName))
    throw new AppError('VALIDATION', 'bad backup name', {
      fields: { fileName: { key: 'validation.backupFile' } },
    });
  const file = path.join(ctx.store.paths.backupDir, fileName);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'backup not found');
  return file;
}

/** A backup is restorable when it opens, passes integrity_check and is not from a newer app. */
function checkRestorable(ctx: Ctx, file: string): void {
  let conn;
  try {
    conn = openConnection(file, { readonly: true, nativeBinding: ctx.store.nativeBinding });
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

function replaceDatabaseWith(ctx: Ctx, source: string): void {
  const target = ctx.store.paths.databaseFile;
  const staging = `${target}.restoring`;
  fs.copyFileSync(source, staging);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
}

/** Swap in a backup; the current database is kept first as an undo copy (or moved aside when corrupt). */
async function restore(ctx: Ctx, fileName: string): Promise<BackupInfo | null> {
  const { store } = ctx;
  const { paths } = store;
  const file = backupPath(ctx, fileName);
  checkRestorable(ctx, file);
  let undo: BackupInfo | null = null;
  if (store.state === 'ready') {
    try {
      undo = await writeBackup(store.db, paths.backupDir, 'pre-restore', ctx.clock.now(), {
        nativeBinding: store.nativeBinding,
      });
    } catch (err) {
      if (isDiskFull(err)) throw new AppError('DISK_FULL', 'no space left for the undo copy');
      throw err;
    }
  } else if (fs.existsSync(paths.databaseFile)) {
    fs.mkdirSync(paths.quarantineDir, { recursive: true });
    const aside = path.join(
      paths.quarantineDir,
      `bizops-${ctx.clock.now().toISOString().replace(/[:.]/g, '-')}.sqlite`,
    );
    fs.copyFileSync(paths.databaseFile, aside);
  }
  store.closeConnection();
  replaceDatabaseWith(ctx, file);
  if (store.open() !== 'ready') {
    // The copy did not open: put back what was there.
    if (undo) {
      replaceDatabaseWith(ctx, path.join(paths.backupDir, undo.fileName));
      store.open();
    }
    throw new AppError('DB_CORRUPT', 'restored database did not open');
  }
  ctx.sessions.signOutAll();
  mutate(ctx, (m) =>
    m.audit({
      entity: 'backup',
      entityId: fileName,
      action: 'restore',
      changes: undo ? [{ field: 'undo', before: null, after: undo.fileName }] : [],
    }),
  );
  ctx.logger.info('backup.restored', { file: fileName });
  return undo;
}

export function listBackups(ctx: Ctx): BackupInfo[] {
  return listBackupFiles(ctx.store.paths.backupDir);
}

export function createBackup(ctx: Ctx): Promise<BackupInfo> {
  return serial(ctx, async () => {
    const info = await take(ctx, 'manual');
    mutate(ctx, (m) => m.audit({ entity: 'backup', entityId: info.fileName, action: 'create' }));
    return info;
  });
}

/** The automatic backup (start-up and timer): skipped when nothing changed since the last one. */
export function autoBackup(ctx: Ctx): Promise<BackupInfo | null> {
  return serial(ctx, async () => {
    if (ctx.store.state !== 'ready') return null;
    if (latestAuditRowId(ctx) === backupState(ctx).lastBackedUpAuditId) return null;
    return take(ctx, 'auto');
  });
}

/** Restores a backup; the answer is the undo copy of what was there (none when that was corrupt). */
export function restoreBackup(ctx: Ctx, fileName: string): Promise<BackupInfo | null> {
  return serial(ctx, () => restore(ctx, fileName));
}

/** Runs after each rotation (which may have removed backups that files in the data folder were kept for). */
export function onBackupRotated(deps: CoreDeps, listener: () => void): void {
  backupState(deps).rotationListeners.push(listener);
}

/** Waits for a running backup (shutdown). */
export function backupIdle(deps: CoreDeps): Promise<unknown> {
  return backupState(deps).running;
}
