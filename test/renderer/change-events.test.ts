import { afterEach, describe, expect, it } from 'vitest';
import { onChange } from '../../src/renderer/src/api/changes';
import { call } from '../../src/renderer/src/api/client';
import { fakeMain, ok } from './fakeTransport';

const unsubscribe: (() => void)[] = [];
afterEach(() => unsubscribe.splice(0).forEach((u) => u()));

describe('change events', () => {
  it('a successful mutation reloads the stores that show what it changed, before the call resolves', async () => {
    fakeMain({ 'contacts.create': () => ok({ id: 'c1' }), 'clients.list': () => ok({ rows: [] }) });
    const heard: string[] = [];
    let reloaded = false;
    unsubscribe.push(
      onChange(['contact'], async (changed) => {
        heard.push(`contacts:${[...changed].sort().join(',')}`);
        await new Promise((r) => setTimeout(r, 20));
        reloaded = true;
      }),
      onChange(['staff'], () => heard.push('staff')),
    );

    const r = await call('contacts.create', { clientId: 'x', name: '李敏' });
    expect(r.ok).toBe(true);
    expect(reloaded).toBe(true);
    // contacts.create declares contact and client (a contact moves its file's "last touched" time).
    expect(heard).toEqual(['contacts:client,contact']);

    await call('clients.list', {});
    expect(heard).toHaveLength(1);
  });

  it('a refused mutation announces nothing; a restore reaches every subscriber', async () => {
    fakeMain({
      'contacts.create': () => ({ ok: false, error: { code: 'VALIDATION', message: 'bad' } }),
      'backup.restore': () => ok({ undo: { fileName: 'u' } }),
    });
    const heard: string[] = [];
    unsubscribe.push(onChange(['contact'], () => heard.push('contact')));
    await call('contacts.create', { clientId: 'x', name: '' });
    expect(heard).toEqual([]);
    await call('backup.restore', { fileName: 'b' });
    expect(heard).toEqual(['contact']);
  });
});
