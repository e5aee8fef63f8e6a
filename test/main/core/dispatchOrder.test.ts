import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { channels } from '../../../src/shared/contract/channels';
import { DEFAULT_MAX_INPUT_BYTES, exceedsInputLimit } from '../../../src/shared/contract/inputSize';
import { makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';

/**
 * Dispatch's order: channel → session and role → input size → schema → handler. A caller without the right
 * learns nothing of the input's shape, and an input too large is refused before anything parses it.
 */
let core: Core;
let manager: Session;
let staff: Session;

beforeAll(async () => {
  core = await makeCore();
  ({ manager } = await setUpDepartment(core));
  staff = await sessionFor(core, manager, 'staff');
});

afterAll(() => core.close());

const MB = 1024 * 1024;

describe('a caller without the right', () => {
  it('logged out, with malformed input: UNAUTHENTICATED and no field errors', async () => {
    const r = await core.dispatch(
      'clients.create',
      { name: 42, tier: 'Z', bogus: true },
      core.sessions.create(),
    );
    expect(r).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'login required' } });
  });

  it('logged in without the permission, with malformed input: FORBIDDEN and no field errors', async () => {
    const r = await core.dispatch('org.staff.create', { employeeNo: '!!', name: '' }, staff);
    expect(r).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'not allowed' } });
  });

  it('with a huge input: the role is checked first, and nothing is parsed', async () => {
    const parse = vi.spyOn(channels['org.staff.create'].input, 'safeParse');
    const r = await core.dispatch('org.staff.create', { name: 'x'.repeat(20 * MB) }, staff);
    expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });
});

describe('input size', () => {
  it('refuses an input over the limit before the schema sees it, with no field errors', async () => {
    const parse = vi.spyOn(channels['clients.create'].input, 'safeParse');
    const r = await core.dispatch('clients.create', { name: '客'.repeat(DEFAULT_MAX_INPUT_BYTES) }, manager);
    expect(r).toEqual({ ok: false, error: { code: 'TOO_LARGE', message: 'input too large' } });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('keeps taking attachments up to 20 MB; just over is the service field error, far over is TOO_LARGE', async () => {
    const client = unwrap(await core.call('clients.create', { name: '附件大小测试公司' }, manager));
    const add = (bytes: number) =>
      core.call(
        'attachments.add',
        { clientId: client.id, fileName: 'scan.pdf', bytes: new Uint8Array(bytes).fill(7) },
        manager,
      );
    expect(unwrap(await add(20 * MB)).sizeBytes).toBe(20 * MB);
    const over = await add(20 * MB + 1);
    expect(over.ok ? 'ok' : over.error).toMatchObject({
      code: 'VALIDATION',
      fields: { file: { key: 'validation.fileTooLarge', params: { maxMb: 20 } } },
    });
    const far = await add(40 * MB);
    expect(far.ok ? 'ok' : far.error.code).toBe('TOO_LARGE');
  });
});

describe('exceedsInputLimit', () => {
  it('weighs strings, bytes, keys and array slots, and stops as soon as the limit is passed', () => {
    expect(exceedsInputLimit({ name: '王'.repeat(100) }, 1000)).toBe(false);
    expect(exceedsInputLimit({ name: '王'.repeat(400) }, 1000)).toBe(true);
    expect(exceedsInputLimit({ bytes: new Uint8Array(2000) }, 1000)).toBe(true);
    expect(exceedsInputLimit({ ['k'.repeat(400)]: 1 }, 1000)).toBe(true);
    expect(exceedsInputLimit(new Array(200).fill(0), 1000)).toBe(true);
    // A sparse array claiming ten million slots is refused without walking them all.
    expect(exceedsInputLimit(new Array(10_000_000), 1000)).toBe(true);
  });

  it('walks deep nesting without recursion', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(exceedsInputLimit(deep, 10 * MB)).toBe(false);
    expect(exceedsInputLimit(deep, 100_000)).toBe(true);
  });
});
