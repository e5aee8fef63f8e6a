import fs from 'node:fs';
import path from 'node:path';
import { openConnection } from '../db/connection';
import { listBackupFiles } from '../db/backupFiles';
import { liveBlobHashesOfBackup } from './repository/blobReferences';

/** What each backup file refers to, by file, size and time: backups are written once and never changed. */
const readBackups = new Map<string, ReadonlySet<string>>();

/** The stored files (by sha256) whose live rows are in this backup (attachments, evidence). */
function referencedBy(file: string, nativeBinding: string | undefined): ReadonlySet<string> {
  const conn = openConnection(file, { readonly: true, nativeBinding });
  try {
    return liveBlobHashesOfBackup(conn);
  } finally {
    conn.close();
  }
}

/**
 * The stored files the kept backups need: restoring a backup brings back its attachment and evidence rows, so their
 * bytes stay in the data folder for as long as any backup refers to them, and go once rotation has removed
 * the last such backup. A backup that cannot be read keeps nothing (it could not be restored either).
 */
export function blobsKeptForBackups(backupDir: string, nativeBinding?: string): Set<string> {
  const kept = new Set<string>();
  const seen = new Set<string>();
  for (const b of listBackupFiles(backupDir)) {
    const file = path.join(backupDir, b.fileName);
    let key: string;
    try {
      const st = fs.statSync(file);
      key = `${file}|${st.size}|${st.mtimeMs}`;
    } catch {
      continue;
    }
    seen.add(key);
    let refs = readBackups.get(key);
    if (!refs) {
      try {
        refs = referencedBy(file, nativeBinding);
      } catch {
        refs = new Set();
      }
      readBackups.set(key, refs);
    }
    for (const sha of refs) kept.add(sha);
  }
  for (const key of readBackups.keys())
    if (key.startsWith(`${backupDir}${path.sep}`) && !seen.has(key)) readBackups.delete(key);
  return kept;
}
