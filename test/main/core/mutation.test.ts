import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src/main/core/context';
import type { Core } from '../../../src/main/core/createCore';
import { mutate } from '../../../src/main/core/mutation';
import { auditCount } from '../contract/support';
import { makeCore, setUpDepartment } from '../../support/core';

/** A table of the real schema to write to: the settings row (id 1) exists once the department is set up. */
const touchSettings = (m: { db: Ctx['db'] }) =>
  m.db.prepare("UPDATE settings SET updated_at = '2026-01-01T00:00:00.000Z' WHERE id = 1").run();

const settingsRow = () => core.store.db.prepare('SELECT * FROM settings').get();

let core: Core;
let ctx: Ctx;
beforeAll(async () => {
  core = await makeCore();
  const { manager } = await setUpDepartment(core);
  ctx = core.context(manager);
});
afterAll(() => core.close());

describe('a mutation', () => {
  it('writes its rows and its audit rows in one transaction, with one stamp', () => {
    const before = auditCount(core);
    const stamp = mutate(ctx, (m) => {
      touchSettings(m);
      m.audit({ entity: 'settings', entityId: null, action: 'update' });
      return m.stamp;
    });
    expect(stamp).toEqual({ at: core.deps.clock.now().toISOString(), by: ctx.actor.userId });
    expect(auditCount(core)).toBe(before + 1);
    const row = core.store.db
      .prepare('SELECT at, actor_user_id AS by FROM audit_log ORDER BY id DESC LIMIT 1')
      .get();
    expect(row).toEqual(stamp);
  });

  it('that changed rows without an audit row is refused and rolled back (dispatch answers INTERNAL)', () => {
    const settings = settingsRow();
    const before = auditCount(core);
    // A plain Error, not an AppError: dispatch logs it and answers INTERNAL (a bug, never the user's fault).
    expect(() => mutate(ctx, (m) => touchSettings(m))).toThrow(
      'a mutation changed rows without an audit row',
    );
    expect(settingsRow()).toEqual(settings);
    expect(auditCount(core)).toBe(before);
  });

  it('that found nothing to change may record nothing', () => {
    expect(mutate(ctx, () => 'nothing to do')).toBe('nothing to do');
  });

  it('counts the audit rows of a mutation nested in it (the import writes each row through the services)', () => {
    const before = auditCount(core);
    mutate(ctx, (outer) => {
      touchSettings(outer);
      mutate(outer, (inner) => inner.audit({ entity: 'settings', entityId: null, action: 'update' }));
    });
    expect(auditCount(core)).toBe(before + 1);
  });

  it('turns a versioned write that matched no row into CONFLICT, rolling back what it wrote', () => {
    const before = auditCount(core);
    expect(() =>
      mutate(ctx, (m) => {
        m.audit({ entity: 'settings', entityId: null, action: 'update' });
        m.versioned('settings', false);
      }),
    ).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(auditCount(core)).toBe(before);
  });
});
