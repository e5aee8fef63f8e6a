import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../shared/backup/types';
import { BACKUP_KINDS } from '../../shared/backup/types';
import type { Db } from './connection';

const NAME = /^bizops-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-([a-z-]+)\.sqlite$/;

export function backupFileName(kind: BackupKind, at: Date): string {
  const iso = at.toISOString(); // 2026-11-27T01:02:03.456Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}-${iso.slice(20, 23)}`;
  return `bizops-${stamp}-${kind}.sqlite`;
}

export function parseBackupFileName(fileName: string): { kind: BackupKind; createdAt: string } | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const kind = m[8] as BackupKind;
  if (!BACKUP_KINDS.includes(kind)) return null;
  return { kind, createdAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` };
}

export function listBackupFiles(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const fileName of names) {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) continue;
    try {
      out.push({ fileName, ...parsed, sizeBytes: fs.statSync(path.join(dir, fileName)).size });
    } catch {
      // Vanished between readdir and stat: not listed.
    }
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Unique name even when two backups land in the same millisecond. */
function freshTarget(dir: string, kind: BackupKind, at: Date): { fileName: string; file: string } {
  let t = at.getTime();
  for (;;) {
    const fileName = backupFileName(kind, new Date(t));
    const file = path.join(dir, fileName);
    if (!fs.existsSync(file)) return { fileName, file };
    t += 1;
  }
}

/**
 * The online backup API copies the source's WAL flag into the copy; switching it to a rollback journal makes
 * the backup one self-contained file that opens read-only anywhere without -wal/-shm files appearing beside it.
 */
function makeStandalone(file: string, nativeBinding: string | undefined): void {
  const copy = new Database(file, { nativeBinding, fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Online backup (page by page, the event loop stays free); written to a temp name, then renamed. */
export async function writeBackup(
  db: Db,
  dir: string,
  kind: BackupKind,
  at: Date,
  options: { nativeBinding?: string } = {},
): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  const { fileName, file } = freshTarget(dir, kind, at);
  const partial = `${file}.partial`;
  try {
    await db.backup(partial);
    makeStandalone(partial, options.nativeBinding);
    fs.renameSync(partial, file);
  } catch (err) {
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`])
      fs.rmSync(f, { force: true });
    throw err;
  }
  return {
    fileName,
    kind,
    createdAt: parseBackupFileName(fileName)!.createdAt,
    sizeBytes: fs.statSync(file).size,
  };
}

/** Synchronous consistent copy, used before migrations (start-up, nothing else running yet). */
export function writeBackupSync(db: Db, dir: string, kind: BackupKind, at: Date): BackupInfo {
  fs.mkdirSync(dir, { recursive: true });
  const { fileName, file } = freshTarget(dir, kind, at);
  const partial = `${file}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    fs.renameSync(partial, file);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  return {
    fileName,
    kind,
    createdAt: parseBackupFileName(fileName)!.createdAt,
    sizeBytes: fs.statSync(file).size,
  };
}

export interface RotationPolicy {
  keepRecent: number;
  keepDaily: number;
  maxFiles: number;
}

/**
 * Which backups to delete: keep the newest `keepRecent` automatic ones, the newest automatic one of each of
 * the last `keepDaily` days, and every manual / pre-migration / pre-restore copy — then trim the oldest
 * until at most `maxFiles` remain. The newest backup is never deleted.
 */
export function backupsToDelete(backups: readonly BackupInfo[], policy: RotationPolicy): BackupInfo[] {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const keep = new Set<string>();
  const autos = newestFirst.filter((b) => b.kind === 'auto');
  autos.slice(0, policy.keepRecent).forEach((b) => keep.add(b.fileName));
  const days = new Set<string>();
  for (const b of autos) {
    const day = b.createdAt.slice(0, 10);
    if (days.has(day)) continue;
    if (days.size >= policy.keepDaily) break;
    days.add(day);
    keep.add(b.fileName);
  }
  newestFirst.filter((b) => b.kind !== 'auto').forEach((b) => keep.add(b.fileName));
  if (newestFirst[0]) keep.add(newestFirst[0].fileName);

  const kept = newestFirst.filter((b) => keep.has(b.fileName));
  while (kept.length > Math.max(1, policy.maxFiles)) {
    const oldest = kept.pop()!;
    keep.delete(oldest.fileName);
  }
  return newestFirst.filter((b) => !keep.has(b.fileName));
}
