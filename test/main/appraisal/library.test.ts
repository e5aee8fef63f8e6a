import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { AppraisalIndicator } from '../../../src/shared/appraisal/indicators';
import { makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import {
  FOUR_BANDS,
  quantitativeInput,
  ratedInput,
  seededIndicators,
  templateInput,
} from '../../support/appraisalInputs';
import { errorOf, fieldKeys } from '../service/support';

let core: Core;
let manager: Session;
let groups: Record<string, string>;
let ind: Record<string, AppraisalIndicator>;

beforeAll(async () => {
  core = await makeCore();
  ({ manager, groups } = await setUpDepartment(core));
  ind = await seededIndicators(core, manager);
});
afterAll(() => core.close());

const count = (table: string) =>
  (core.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('the library as the department starts with it', () => {
  it('holds the rulebook’s ten indicators, by category, with their scoring and sources', async () => {
    const all = unwrap(await core.call('appraisal.listIndicators', { includeInactive: false }, manager));
    expect(all.map((i) => [i.category, i.nameZh])).toEqual([
      ['results', '销售额'],
      ['results', '销售利润'],
      ['results', '新客户开发数量'],
      ['results', '客户满意度'],
      ['attitude', '工作责任心'],
      ['attitude', '团队合作精神'],
      ['attitude', '工作积极性'],
      ['ability', '专业知识和技能'],
      ['ability', '沟通能力'],
      ['ability', '问题解决能力'],
    ]);
    expect(ind['Sales revenue']).toMatchObject({
      scoring: 'quantitative',
      formula: 'ratio',
      source: 'revenue',
    });
    expect(ind['Sales profit']).toMatchObject({
      scoring: 'quantitative',
      formula: 'ratio',
      source: 'profit',
    });
    expect(ind['New clients']).toMatchObject({ scoring: 'quantitative', source: 'newClients' });
    expect(ind['Client satisfaction']).toMatchObject({ scoring: 'quantitative', source: 'satisfaction' });
    for (const i of all.filter((x) => x.scoring === 'rated')) {
      expect(i.bands).toHaveLength(4);
      expect(i.bands.every((b) => b.anchorZh && b.anchorEn)).toBe(true);
      expect(i.cap).toBeNull();
    }
    for (const i of all.filter((x) => x.scoring === 'quantitative'))
      expect(i.cap).toBeGreaterThanOrEqual(100);
  });

  it('gives each rulebook group a 60/20/20 template totalling 100', async () => {
    const templates = unwrap(await core.call('appraisal.listTemplates', { includeInactive: false }, manager));
    expect(templates.map((t) => t.groupId).sort()).toEqual(
      [groups.sales, groups.market, groups.service].sort(),
    );
    for (const t of templates) {
      expect(t.categoryWeights).toEqual({ results: 60, attitude: 20, ability: 20 });
      expect(t.items.reduce((s, i) => s + i.weight, 0)).toBe(100);
      for (const c of ['results', 'attitude', 'ability'] as const)
        expect(t.items.filter((i) => i.category === c).reduce((s, i) => s + i.weight, 0)).toBe(
          t.categoryWeights[c],
        );
    }
  });
});

describe('indicators', () => {
  it('adds a quantitative indicator with its cap and the ratio formula', async () => {
    const i = unwrap(await core.call('appraisal.createIndicator', quantitativeInput({ cap: 150 }), manager));
    expect(i).toMatchObject({ scoring: 'quantitative', formula: 'ratio', cap: 150, bands: [], active: true });
  });

  it('takes a cap from 100 to 200 and nothing outside', async () => {
    for (const cap of [100, 200])
      expect((await core.call('appraisal.createIndicator', quantitativeInput({ cap }), manager)).ok).toBe(
        true,
      );
    for (const cap of [99, 201])
      expect(
        fieldKeys(await core.call('appraisal.createIndicator', quantitativeInput({ cap }), manager)),
      ).toEqual({
        cap: cap < 100 ? 'validation.tooSmall' : 'validation.tooBig',
      });
    expect(
      fieldKeys(await core.call('appraisal.createIndicator', quantitativeInput({ cap: null }), manager)),
    ).toEqual({ cap: 'validation.required' });
  });

  it('adds a rated indicator and checks its bands, nothing stored when they are wrong', async () => {
    expect(unwrap(await core.call('appraisal.createIndicator', ratedInput(), manager)).bands).toEqual(
      FOUR_BANDS,
    );
    const before = count('appraisal_indicators');
    const gap = FOUR_BANDS.map((b, i) => (i === 2 ? { ...b, min: 76 } : b));
    expect(
      fieldKeys(await core.call('appraisal.createIndicator', ratedInput({ bands: gap }), manager)),
    ).toEqual({
      'bands.2.min': 'validation.appraisalBandGap',
    });
    const short = FOUR_BANDS.map((b, i) => (i === 3 ? { ...b, max: 99 } : b));
    expect(
      fieldKeys(await core.call('appraisal.createIndicator', ratedInput({ bands: short }), manager)),
    ).toEqual({
      'bands.3.max': 'validation.appraisalBandEnd',
    });
    expect(count('appraisal_indicators')).toBe(before);
  });

  it('keeps rated indicators typed in: a computed source needs a formula', async () => {
    expect(
      fieldKeys(await core.call('appraisal.createIndicator', ratedInput({ source: 'revenue' }), manager)),
    ).toEqual({ source: 'validation.appraisalRatedSource' });
  });

  it('keeps the category of an indicator a template weighs', async () => {
    const i = ind['Teamwork']!;
    const { id, version, templateCount, active: _a, formula: _f, createdAt: _c, updatedAt: _u, ...rest } = i;
    expect(templateCount).toBeGreaterThan(0);
    const r = await core.call(
      'appraisal.updateIndicator',
      { id, version, ...rest, category: 'ability' },
      manager,
    );
    expect(fieldKeys(r)).toEqual({ category: 'validation.appraisalCategoryInUse' });
    const renamed = unwrap(
      await core.call('appraisal.updateIndicator', { id, version, ...rest, nameEn: 'Team spirit' }, manager),
    );
    expect(renamed.nameEn).toBe('Team spirit');
  });
});

describe('templates', () => {
  it('creates a template for a position whose weights add up', async () => {
    const t = unwrap(
      await core.call('appraisal.createTemplate', await templateInput(core, manager), manager),
    );
    expect(t.items.map((i) => [i.category, i.weight])).toEqual([
      ['results', 40],
      ['results', 20],
      ['attitude', 20],
      ['ability', 20],
    ]);
  });

  it('refuses weights that do not add up, naming the category, and stores nothing', async () => {
    const before = count('appraisal_templates');
    const input = await templateInput(core, manager);
    const off = input.items.map((i, n) => (n === 0 ? { ...i, weight: 39 } : i));
    expect(fieldKeys(await core.call('appraisal.createTemplate', { ...input, items: off }, manager))).toEqual(
      {
        'subtotals.results': 'validation.appraisalResultsSubtotal',
      },
    );
    const over = input.items.map((i, n) => (n === 2 ? { ...i, weight: 21 } : i));
    expect(
      fieldKeys(await core.call('appraisal.createTemplate', { ...input, items: over }, manager)),
    ).toEqual({
      'subtotals.attitude': 'validation.appraisalAttitudeSubtotal',
    });
    const weights = { results: 60, attitude: 20, ability: 21 };
    expect(
      fieldKeys(await core.call('appraisal.createTemplate', { ...input, categoryWeights: weights }, manager)),
    ).toEqual({
      categoryWeightsTotal: 'validation.appraisalCategoryTotal',
      'subtotals.ability': 'validation.appraisalAbilitySubtotal',
    });
    expect(count('appraisal_templates')).toBe(before);
  });

  it('takes weights from 1 to 100 per indicator', async () => {
    const input = await templateInput(core, manager, {
      categoryWeights: { results: 100, attitude: 0, ability: 0 },
      items: [{ indicatorId: ind['Sales revenue']!.id, weight: 100 }],
    });
    expect((await core.call('appraisal.createTemplate', input, manager)).ok).toBe(true);
    const zero = {
      ...input,
      position: '零权重岗位',
      items: [{ indicatorId: ind['Sales revenue']!.id, weight: 0 }],
    };
    expect(fieldKeys(await core.call('appraisal.createTemplate', zero, manager))).toEqual({
      'items.0.weight': 'validation.tooSmall',
    });
  });

  it('refuses an indicator chosen twice, under the second', async () => {
    const input = await templateInput(core, manager);
    const twice = [
      ...input.items.slice(0, 1),
      { indicatorId: input.items[0]!.indicatorId, weight: 20 },
      ...input.items.slice(2),
    ];
    expect(
      fieldKeys(await core.call('appraisal.createTemplate', { ...input, items: twice }, manager)),
    ).toEqual({
      'items.1.indicatorId': 'validation.appraisalIndicatorTwice',
    });
  });

  it('keeps a retired indicator on the templates that have it, but it cannot be chosen anew', async () => {
    const extra = unwrap(
      await core.call('appraisal.createIndicator', ratedInput({ category: 'attitude' }), manager),
    );
    const base = await templateInput(core, manager);
    const withExtra = {
      ...base,
      items: [
        ...base.items.filter((i) => i.indicatorId !== ind['Responsibility']!.id),
        { indicatorId: extra.id, weight: 20 },
      ],
    };
    const t = unwrap(await core.call('appraisal.createTemplate', withExtra, manager));
    const retired = unwrap(
      await core.call(
        'appraisal.setIndicatorActive',
        { id: extra.id, version: extra.version + 0, active: false },
        manager,
      ),
    );
    expect(retired.active).toBe(false);
    expect(retired.templateCount).toBe(1);

    const kept = unwrap(await core.call('appraisal.getTemplate', { id: t.id }, manager));
    expect(kept.items.find((i) => i.indicatorId === extra.id)).toMatchObject({
      indicatorActive: false,
      weight: 20,
    });
    // Saved again with it: still there.
    const { items, categoryWeights, nameZh, nameEn, groupId, position, id, version } = kept;
    const again = {
      id,
      version,
      nameZh: `${nameZh}（修订）`,
      nameEn,
      groupId,
      position,
      categoryWeights,
      items: items.map((i) => ({ indicatorId: i.indicatorId, weight: i.weight })),
    };
    expect((await core.call('appraisal.updateTemplate', again, manager)).ok).toBe(true);

    const fresh = await templateInput(core, manager);
    const choosing = {
      ...fresh,
      items: [
        ...fresh.items.filter((i) => i.indicatorId !== ind['Responsibility']!.id),
        { indicatorId: extra.id, weight: 20 },
      ],
    };
    expect(fieldKeys(await core.call('appraisal.createTemplate', choosing, manager))).toEqual({
      'items.3.indicatorId': 'validation.appraisalIndicatorRetired',
    });
    expect(
      unwrap(await core.call('appraisal.listIndicators', { includeInactive: false }, manager)).map(
        (i) => i.id,
      ),
    ).not.toContain(extra.id);
  });

  it('is for a group or a position, one active template each', async () => {
    const input = await templateInput(core, manager);
    expect(
      fieldKeys(await core.call('appraisal.createTemplate', { ...input, position: null }, manager)),
    ).toEqual({
      groupId: 'validation.appraisalTemplateTarget',
    });
    expect(
      fieldKeys(await core.call('appraisal.createTemplate', { ...input, groupId: groups.sales! }, manager)),
    ).toEqual({ groupId: 'validation.appraisalTemplateTarget' });
    const r = await core.call(
      'appraisal.createTemplate',
      { ...input, position: null, groupId: groups.sales! },
      manager,
    );
    expect(errorOf(r).code).toBe('DUPLICATE');
    expect(fieldKeys(r)).toEqual({ groupId: 'validation.appraisalTemplateTaken' });

    const first = unwrap(await core.call('appraisal.createTemplate', input, manager));
    const second = await templateInput(core, manager, { position: input.position });
    expect(fieldKeys(await core.call('appraisal.createTemplate', second, manager))).toEqual({
      position: 'validation.appraisalTemplateTaken',
    });
    // The first stops being used: the second may take its place, and the first cannot come back.
    const off = unwrap(
      await core.call(
        'appraisal.setTemplateActive',
        { id: first.id, version: first.version, active: false },
        manager,
      ),
    );
    unwrap(await core.call('appraisal.createTemplate', second, manager));
    const back = await core.call(
      'appraisal.setTemplateActive',
      { id: off.id, version: off.version, active: true },
      manager,
    );
    expect(fieldKeys(back)).toEqual({ active: 'validation.appraisalTemplateTaken' });
  });
});

describe('who keeps the library', () => {
  it('lets everyone read it and only the manager change it', async () => {
    for (const role of ['deputy', 'group_lead', 'staff'] as const) {
      const s = await sessionFor(core, manager, role, groups.sales!);
      expect(
        unwrap(await core.call('appraisal.listIndicators', { includeInactive: true }, s)).length,
      ).toBeGreaterThan(9);
      expect(
        unwrap(await core.call('appraisal.listTemplates', { includeInactive: true }, s)).length,
      ).toBeGreaterThan(2);
      expect(errorOf(await core.call('appraisal.createIndicator', quantitativeInput(), s)).code).toBe(
        'FORBIDDEN',
      );
      expect(
        errorOf(await core.call('appraisal.createTemplate', await templateInput(core, manager), s)).code,
      ).toBe('FORBIDDEN');
      const i = ind['Initiative']!;
      expect(
        errorOf(
          await core.call('appraisal.setIndicatorActive', { id: i.id, version: i.version, active: false }, s),
        ).code,
      ).toBe('FORBIDDEN');
    }
  });
});
