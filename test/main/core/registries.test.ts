import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { domainHandlers, handlerTable } from '../../../src/main/core/handlerTable';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { systemHandlers } from '../../../src/main/domains/system/handlers';
import { CHANNEL_GROUPS, CHANNEL_NAMES } from '../../../src/shared/contract/channels';
import { joinRegistry } from '../../../src/shared/contract/registry';
import { makeCore } from '../../support/core';

const MIGRATIONS_DIR = path.resolve(__dirname, '../../../src/main/db/migrations');

describe('the channel map', () => {
  it('refuses a name that two domains declare, naming it, where a spread would keep the later silently', () => {
    const a = { 'clients.list': 1, 'clients.get': 2 };
    const b = { 'clients.get': 3 };
    expect(() => joinRegistry('channel name', [a, b])).toThrow('duplicate channel name: clients.get');
    expect(joinRegistry('channel name', [a, { 'clients.tags': 4 }])).toEqual({
      'clients.list': 1,
      'clients.get': 2,
      'clients.tags': 4,
    });
  });

  it('holds every channel each domain declares, no name declared twice', () => {
    const declared = CHANNEL_GROUPS.flatMap((group) => Object.keys(group));
    expect(declared.filter((name, i) => declared.indexOf(name) !== i)).toEqual([]);
    expect([...CHANNEL_NAMES].sort()).toEqual([...declared].sort());
  });
});

describe('the handler table', () => {
  let core: Core;
  beforeAll(async () => {
    core = await makeCore();
  });
  afterAll(() => core.close());

  it('has exactly one handler for every channel', () => {
    expect(Object.keys(handlerTable(domainHandlers(core.deps))).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('stops the core when a channel is handled twice, or has no handler', () => {
    const twice = [...domainHandlers(core.deps), systemHandlers(core.deps)];
    expect(() => handlerTable(twice)).toThrow('duplicate handler: system.status');
    const [, ...withoutSystem] = domainHandlers(core.deps);
    expect(() => handlerTable(withoutSystem)).toThrow('channel without a handler: system.status');
    expect(() => handlerTable([...domainHandlers(core.deps), { 'system.reboot': () => null }])).toThrow(
      'handler without a channel: system.reboot',
    );
  });
});

describe('the migrations list', () => {
  const files = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => f !== 'index.ts')
    .sort();

  it('names every file of the migrations folder once, in the order of their numbers 1, 2, 3 …', () => {
    for (const f of files) expect(f).toMatch(/^\d{4}_[a-z0-9_]+\.ts$/);
    const fromFolder = files.map((f, i) => ({ version: i + 1, file: f }));
    for (const { version, file } of fromFolder) expect(Number(file.slice(0, 4))).toBe(version);
    expect(MIGRATIONS.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}.ts`)).toEqual(files);
  });

  it("gives each version its own file's SQL", async () => {
    for (const [i, file] of files.entries()) {
      const { sql } = (await import(path.join(MIGRATIONS_DIR, file))) as { sql: string };
      expect(MIGRATIONS[i]?.sql, file).toBe(sql);
    }
  });
});
