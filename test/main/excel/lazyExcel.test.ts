import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/core';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * In a fresh Node process (this one's module cache has seen exceljs through other test files): build a
 * core and call a channel, then export, and report whether exceljs had been loaded at each point.
 */
const SCRIPT = `
import { createRequire } from 'node:module';
const load = async (p) => { const m = await import(p); return { ...m.default, ...m }; };
const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/exceljs/'));
const { createCore } = await load(${JSON.stringify(path.join(ROOT, 'src/main/core/createCore.ts'))});
const { silentLogger } = await load(${JSON.stringify(path.join(ROOT, 'src/main/core/logger.ts'))});
const { exportAuditTrail } = await load(${JSON.stringify(path.join(ROOT, 'src/main/domains/audit/service.ts'))});
const core = await createCore({
  dataDir: process.argv[1],
  printer: { printToPdf: () => Promise.reject(new Error('no printer')) },
  logger: silentLogger,
  autoBackup: false,
});
const status = await core.call('system.status', {}, core.sessions.create());
const afterCore = loaded();
await exportAuditTrail(core.context(), { actorUserId: null, entity: null, entityId: null, from: null, to: null }, 'zh-CN');
const afterExport = loaded();
await core.close();
console.log(JSON.stringify({ status: status.ok, afterCore, afterExport }));
`;

describe('exceljs is loaded lazily', () => {
  it('building a core and answering a call does not load it; the first export does', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, tempDir('bizops-lazy-excel-')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({
      status: true,
      afterCore: false,
      afterExport: true,
    });
  });
});
