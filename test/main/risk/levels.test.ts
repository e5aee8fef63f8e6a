import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../support/core';
import { department, listedRiskIds, newRisk, readRisk, ref, staffIdOf, type Department } from './support';

let d: Department;
let owner: string;

beforeAll(async () => {
  d = await department();
  owner = staffIdOf(d.salesA);
});
afterAll(async () => {
  await d.core.close();
});

/**
 * The default matrix as the issue states it, written out here independently of the code: the level of a
 * score — low 1–4, medium 5–9, high 10–16, critical 20–25 — at every boundary and from both sides of the
 * grid (a score reached as L × I and as I × L).
 */
const BOUNDARIES: [number, number, string][] = [
  [1, 1, 'low'],
  [1, 4, 'low'],
  [4, 1, 'low'],
  [2, 2, 'low'],
  [1, 5, 'medium'],
  [5, 1, 'medium'],
  [3, 3, 'medium'],
  [2, 5, 'high'],
  [5, 2, 'high'],
  [4, 4, 'high'],
  [4, 5, 'critical'],
  [5, 4, 'critical'],
  [5, 5, 'critical'],
];

describe('level from the matrix', () => {
  it.each(BOUNDARIES)('%i × %i is %s with the default matrix', async (likelihood, impact, level) => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood, impact });
    expect(r.score).toBe(likelihood * impact);
    expect(r.level).toBe(level);
    expect(r.status).toBe('assessed');
    const detail = await readRisk(d.core, d.salesA, r.id);
    expect(detail.assessments.map((a) => a.level)).toEqual([level]);
  });

  it('a risk identified without likelihood and impact has no score nor level', async () => {
    const r = await newRisk(d.core, d.salesA, owner);
    expect(r).toMatchObject({
      status: 'identified',
      likelihood: null,
      impact: null,
      score: null,
      level: null,
    });
  });

  it('the manager changes a cell: every risk in it is levelled again, its assessment keeps the level it had', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 3, impact: 3, title: '矩阵调整风险' });
    expect(r.level).toBe('medium');
    const { settings, version } = unwrap(await d.core.call('settings.get', {}, d.manager));
    const matrix = settings.riskLevelMatrix.map((row) => [...row]);
    matrix[2]![2] = 'high';
    // 4 × 1 = 4 raised to medium too: the boundary cell of low.
    matrix[3]![0] = 'medium';
    unwrap(
      await d.core.call(
        'settings.update',
        { version, settings: { ...settings, riskLevelMatrix: matrix } },
        d.manager,
      ),
    );

    const after = await readRisk(d.core, d.salesA, r.id);
    expect(after.risk.level).toBe('high');
    expect(after.assessments.map((a) => a.level)).toEqual(['medium']);
    const fourByOne = await newRisk(d.core, d.salesA, owner, { likelihood: 4, impact: 1 });
    expect(fourByOne.level).toBe('medium');
    expect((await newRisk(d.core, d.salesA, owner, { likelihood: 1, impact: 4 })).level).toBe('low');

    // The level filter follows the matrix of the moment.
    const high = await listedRiskIds(d.core, d.salesA, { levels: ['high'] });
    expect(high).toContain(r.id);
    const medium = await listedRiskIds(d.core, d.salesA, { levels: ['medium'] });
    expect(medium).not.toContain(r.id);
    expect(medium).toContain(fourByOne.id);

    // A reassessment records the level by the matrix then in force.
    const again = unwrap(
      await d.core.call(
        'risk.assess',
        { ...ref(after.risk), likelihood: 3, impact: 3, reason: '复核确认' },
        d.salesA,
      ),
    );
    expect(again.level).toBe('high');
    expect((await readRisk(d.core, d.salesA, r.id)).assessments.map((a) => a.level)).toEqual([
      'medium',
      'high',
    ]);
  });
});
