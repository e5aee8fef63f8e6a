import { describe, expect, it } from 'vitest';
import { makeCore, setUpDepartment, unwrap } from '../support/core';

describe('smoke', () => {
  it('sets up and lists staff', async () => {
    const core = await makeCore();
    const { manager } = await setUpDepartment(core);
    const staff = unwrap(await core.call('org.staff.list', {}, manager));
    expect(staff.map((s) => s.name)).toEqual(['王经理']);
    await core.close();
  });
});
