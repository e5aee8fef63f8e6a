import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * vitest globalSetup: every temporary folder of a run (data folders, Chromium profiles, exports) goes under
 * one folder that is removed when the run ends, so thousands of test runs leave nothing behind in /tmp.
 * Workers start after this and inherit TMPDIR, which os.tmpdir() reads on every call.
 */
export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bizops-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    fs.rmSync(root, { recursive: true, force: true });
  };
}
