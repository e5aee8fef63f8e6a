import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DISK_TMP_ENV, TEMPLATE_ENV } from './runEnv';
import { buildTemplateDb } from './templateDb';

/** A memory file system for the run's files when the machine has one with room to spare. */
const MEMORY_FS = '/dev/shm';
const MEMORY_FS_MIN_FREE = 4 * 1024 ** 3;

/**
 * Test databases commit with synchronous=FULL like the app, and on a disk each commit waits for an fsync
 * (~3 ms here, against ~0.02 ms in memory) — thousands of commits per run. Data in tmpfs survives a killed
 * process just as the page cache does, which is what the crash tests kill; only power loss differs, and no
 * test cuts the power. Where there is no tmpfs or it is small (Docker's default is 64 MB), the system's
 * temporary folder.
 */
function baseFolder(): string {
  try {
    const stats = fs.statfsSync(MEMORY_FS);
    fs.accessSync(MEMORY_FS, fs.constants.W_OK);
    if (stats.bavail * stats.bsize >= MEMORY_FS_MIN_FREE) return MEMORY_FS;
  } catch {
    // No such file system here.
  }
  return os.tmpdir();
}

/**
 * vitest globalSetup: every temporary folder of a run (data folders, Chromium profiles, exports) goes under
 * one folder that is removed when the run ends, so thousands of test runs leave nothing behind. Workers start
 * after this and inherit TMPDIR, which os.tmpdir() reads on every call. The run's template database (the
 * migrations applied once) is built here too, and makeCore starts each data folder from a copy of it.
 * Each project runs this; the first one's folder and template serve the whole run.
 */
export default function setup(): (() => void) | undefined {
  if (process.env[TEMPLATE_ENV]) return undefined;
  const diskRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'bizops-run-disk-'));
  const root = fs.mkdtempSync(path.join(baseFolder(), 'bizops-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  process.env[DISK_TMP_ENV] = diskRoot;
  process.env[TEMPLATE_ENV] = buildTemplateDb(path.join(root, 'template'));
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    delete process.env[TEMPLATE_ENV];
    delete process.env[DISK_TMP_ENV];
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(diskRoot, { recursive: true, force: true });
  };
}
