import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { LOCALES, type Locale } from '../../../src/shared/contract/fields';
import { resources } from '../../../src/shared/i18n/resources';
import { makeExampleContext } from '../../support/channelExamples';
import { MANAGER, makeCore, sessionFor, unwrap } from '../../support/core';
import { staffUpdateInput } from '../../support/orgInputs';
import { runEveryMutation } from '../../support/mutationRuns';
import { auditRowsAfter, fakePdfPrinter } from '../contract/support';

/**
 * The audit trail shows each row's entity, action and changed fields by their labels (audit:entities.<e>,
 * audit:actions.<a>, audit:fieldLabels.<entity>.<field>) — on screen and in the export. What needs a label is
 * taken from real runs, not from the locale files: the trail a fresh department's setup, every mutation
 * example, and the paths that only failures or the manager's rarer moves reach (failed logins up to a
 * lockout, someone leaving, a restore) actually write.
 */
let core: Core;
const written = new Map<string, { entity: string; action: string; fields: Set<string> }>();

function collect(afterId = 0): number {
  let last = afterId;
  for (const row of auditRowsAfter(core, afterId)) {
    const key = `${row.entity}|${row.action}`;
    const seen = written.get(key) ?? { entity: row.entity, action: row.action, fields: new Set<string>() };
    for (const c of row.changes) seen.fields.add(c.field);
    written.set(key, seen);
    last = row.id;
  }
  return last;
}

async function failLoginUntilLocked(username: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const r = await core.call('auth.login', { username, password: 'Wrong#Guess9' }, core.sessions.create());
    if (!r.ok && r.error.code === 'LOCKED') return;
  }
  throw new Error('the account never locked');
}

beforeAll(async () => {
  core = await makeCore({ printer: fakePdfPrinter });
  const manager: Session = core.sessions.create();
  unwrap(
    await core.call(
      'auth.setup',
      {
        departmentName: '业务部',
        managerName: '王经理',
        employeeNo: 'M001',
        username: MANAGER.username,
        password: MANAGER.password,
      },
      manager,
    ),
  );
  await runEveryMutation(core, manager, await makeExampleContext(core, manager, MANAGER.password));

  // Someone with an account leaves: their account is deactivated with its own row.
  const leaver = await sessionFor(core, manager, 'staff');
  const person = unwrap(await core.call('org.staff.get', { id: leaver.user!.staffId }, manager));
  unwrap(await core.call('org.staff.update', { ...staffUpdateInput(person), status: 'left' }, manager));
  // Wrong passwords up to the lockout.
  const locked = await sessionFor(core, manager, 'staff');
  const username = unwrap(await core.call('accounts.list', {}, manager)).find(
    (a) => a.id === locked.user!.userId,
  )!.username;
  await failLoginUntilLocked(username);
  // A restore: the restored database holds the trail up to the backup and the restore's own row.
  const before = collect();
  const backup = unwrap(await core.call('backup.create', {}, manager));
  const lastBeforeRestore = collect(before);
  unwrap(await core.call('backup.restore', { fileName: backup.fileName }, manager));
  collect(Math.min(lastBeforeRestore, before));
});

afterAll(async () => {
  await core.close();
});

/** A label in the audit namespace, or undefined. */
function label(locale: Locale, path: string[]): unknown {
  let node: unknown = resources[locale].audit;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

describe('every audit entity, action and field written has a label in both languages', () => {
  it('the runs wrote the kinds of rows the trail is made of', () => {
    const actions = new Set([...written.values()].map((w) => w.action));
    for (const a of [
      'create',
      'update',
      'delete',
      'login',
      'login_failed',
      'locked',
      'deactivate',
      'restore',
    ])
      expect(actions, a).toContain(a);
  });

  it.each(LOCALES)('%s', (locale) => {
    const missing: string[] = [];
    const entities = new Set([...written.values()].map((w) => w.entity));
    for (const entity of entities)
      if (typeof label(locale, ['entities', entity]) !== 'string') missing.push(`audit:entities.${entity}`);
    for (const action of new Set([...written.values()].map((w) => w.action)))
      if (typeof label(locale, ['actions', action]) !== 'string') missing.push(`audit:actions.${action}`);
    for (const { entity, fields } of written.values())
      for (const field of fields)
        if (typeof label(locale, ['fieldLabels', entity, field]) !== 'string')
          missing.push(`audit:fieldLabels.${entity}.${field}`);
    expect([...new Set(missing)].sort()).toEqual([]);
  });
});
