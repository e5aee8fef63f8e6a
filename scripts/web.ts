/**
 * `npm run web` — the browser harness (dev and test only): builds the app when sources are newer than the
 * build, then serves the renderer on 127.0.0.1 with the real core behind it.
 *   PORT             port to listen on (default 5199; 0 picks a free one)
 *   BIZOPS_DATA_DIR  data folder (default: a new temporary folder)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHarness } from '../src/main/harness/server';

const root = path.resolve(__dirname, '..');
const builtIndex = path.join(root, 'out/renderer/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function buildIfNeeded(): void {
  const built = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(path.join(root, 'src/renderer')),
    newestMtime(path.join(root, 'src/shared')),
  );
  if (built >= sources) return;
  console.error('Building the renderer (sources changed)…');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    { cwd: root, stdio: 'inherit' },
  );
}

async function main(): Promise<void> {
  buildIfNeeded();
  const dataDir = process.env.BIZOPS_DATA_DIR
    ? path.resolve(process.env.BIZOPS_DATA_DIR)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'bizops-web-'));
  const port = Number(process.env.PORT ?? 5199);
  const harness = await startHarness({ dataDir, port, rendererDir: path.join(root, 'out/renderer') });
  console.log(`BizOps Desk harness: ${harness.url} (data folder: ${dataDir})`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
