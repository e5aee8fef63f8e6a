import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { makeCore, setUpDepartment, unwrap } from '../../support/core';
import { errorOf } from '../service/support';

let core: Core;
let manager: Session;

beforeAll(async () => {
  core = await makeCore();
  ({ manager } = await setUpDepartment(core));
});
afterAll(() => core.close());

const current = async () => unwrap(await core.call('settings.get', {}, manager));

describe('appraisal settings', () => {
  it('start with the rulebook’s grades, a 7-day appeal window and the quarters at 40 %', async () => {
    expect((await current()).settings).toMatchObject({
      appraisalGradeThresholds: { S: 90, A: 80, B: 70, C: 60 },
      appraisalGuideline: { S: 10, A: 30 },
      appraisalAppealDays: 7,
      appraisalQuarterWeight: 40,
    });
  });

  it('refuse thresholds that do not fall S > A > B > C, naming the grade, and change nothing', async () => {
    const { settings, version } = await current();
    const r = await core.call(
      'settings.update',
      { version, settings: { ...settings, appraisalGradeThresholds: { S: 90, A: 80, B: 80, C: 60 } } },
      manager,
    );
    expect(errorOf(r).fields).toEqual({
      'settings.appraisalGradeThresholds.B': {
        key: 'validation.appraisalThresholdOrder',
        params: { grade: 'B', higher: 'A', score: 80 },
      },
    });
    expect(await current()).toEqual({ settings, version });
  });

  it('keep new thresholds, ceilings, window and weight that fit together', async () => {
    const { settings, version } = await current();
    const next = {
      ...settings,
      appraisalGradeThresholds: { S: 95, A: 85, B: 75, C: 60 },
      appraisalGuideline: { S: 5, A: 25, B: 100, C: 100, D: 100 },
      appraisalAppealDays: 10,
      appraisalQuarterWeight: 50,
    };
    unwrap(await core.call('settings.update', { version, settings: next }, manager));
    expect((await current()).settings).toEqual(next);
  });
});
