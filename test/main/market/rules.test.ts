import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableChecksum } from '../contract/support';
import { activityInput, competitorInput, researchInput, sightingInput } from '../../support/channelExamples';
import { unwrap } from '../../support/core';
import { errorOf, marketDepartment, staffOf, type MarketDepartment } from './support';

/** Market work's rules: codes per year, bad input refused on its field with nothing changed, search. */
let d: MarketDepartment;

beforeAll(async () => {
  d = await marketDepartment();
});

afterAll(async () => {
  await d.core.close();
});

/** Sends the call and expects it refused on `field` with `key`, the database untouched. */
async function refused(run: () => Promise<unknown>, field: string, key?: string) {
  const before = tableChecksum(d.core);
  const error = errorOf((await run()) as never);
  expect(Object.keys(error.fields ?? {})).toContain(field);
  if (key) expect(error.fields![field]!.key).toBe(key);
  expect(tableChecksum(d.core)).toBe(before);
}

describe('codes', () => {
  it('numbers research SC-yyyy-nnn and activities TG-yyyy-nnn, each per year of its own date', async () => {
    const me = staffOf(d.owner);
    const r1 = unwrap(await d.core.call('market.createResearch', researchInput(me, '编号一'), d.owner));
    const r2 = unwrap(await d.core.call('market.createResearch', researchInput(me, '编号二'), d.owner));
    const r3 = unwrap(
      await d.core.call(
        'market.createResearch',
        { ...researchInput(me), conductedOn: '2025-12-30' },
        d.owner,
      ),
    );
    expect([r1.research.code, r2.research.code, r3.research.code]).toEqual([
      'SC-2026-001',
      'SC-2026-002',
      'SC-2025-001',
    ]);
    const a1 = unwrap(await d.core.call('market.createActivity', activityInput(me), d.owner));
    const a2 = unwrap(
      await d.core.call(
        'market.createActivity',
        { ...activityInput(me), heldOn: '2027-01-05', endsOn: null },
        d.owner,
      ),
    );
    expect([a1.activity.code, a2.activity.code]).toEqual(['TG-2026-001', 'TG-2027-001']);
  });
});

describe('bad input: a translated error on the field, nothing changed', () => {
  const me = () => staffOf(d.owner);

  it('research: an empty topic, a date still to come', async () => {
    await refused(
      () => d.core.call('market.createResearch', { ...researchInput(me()), topic: '  ' }, d.owner),
      'topic',
    );
    await refused(
      () =>
        d.core.call('market.createResearch', { ...researchInput(me()), conductedOn: '2026-06-16' }, d.owner),
      'conductedOn',
      'validation.dateFuture',
    );
  });

  it('activities: ending before they start, a negative cost or attendance, an empty title', async () => {
    const base = activityInput(me());
    await refused(
      () =>
        d.core.call(
          'market.createActivity',
          { ...base, heldOn: '2026-04-15', endsOn: '2026-04-14' },
          d.owner,
        ),
      'endsOn',
      'validation.marketEndsBeforeStart',
    );
    await refused(
      () => d.core.call('market.createActivity', { ...base, costFen: -100 }, d.owner),
      'costFen',
      'validation.tooSmall',
    );
    await refused(
      () => d.core.call('market.createActivity', { ...base, attendees: -1 }, d.owner),
      'attendees',
      'validation.tooSmall',
    );
    await refused(() => d.core.call('market.createActivity', { ...base, title: '' }, d.owner), 'title');
    const a = unwrap(await d.core.call('market.createActivity', base, d.owner)).activity;
    await refused(
      () =>
        d.core.call(
          'market.updateActivity',
          { ...base, id: a.id, version: a.version, endsOn: '2026-01-01' },
          d.owner,
        ),
      'endsOn',
      'validation.marketEndsBeforeStart',
    );
  });

  it('competitors: a second file of the same name; a sighting without price or note, in the future, negative', async () => {
    const c = unwrap(
      await d.core.call('market.createCompetitor', competitorInput('同名竞品'), d.owner),
    ).competitor;
    await refused(
      () => d.core.call('market.createCompetitor', competitorInput('同名竞品'), d.colleague),
      'name',
      'validation.competitorExists',
    );
    const sighting = { competitorId: c.id, ...sightingInput() };
    await refused(
      () => d.core.call('market.addSighting', { ...sighting, priceFen: null, note: null }, d.owner),
      'note',
      'validation.sightingEmpty',
    );
    await refused(
      () => d.core.call('market.addSighting', { ...sighting, seenOn: '2026-07-01' }, d.owner),
      'seenOn',
      'validation.dateFuture',
    );
    await refused(
      () => d.core.call('market.addSighting', { ...sighting, priceFen: -1 }, d.owner),
      'priceFen',
      'validation.tooSmall',
    );
  });
});

describe('competitor files', () => {
  it('keep what was seen, newest first, with the latest price on the file', async () => {
    const c = unwrap(
      await d.core.call('market.createCompetitor', competitorInput('时间线竞品'), d.owner),
    ).competitor;
    for (const [seenOn, priceFen, note] of [
      ['2026-03-01', 1_500_000, '年初报价'],
      ['2026-05-20', 1_280_000, '展会降价'],
      ['2026-04-10', null, '推出云版本'],
    ] as const)
      unwrap(
        await d.core.call(
          'market.addSighting',
          { competitorId: c.id, seenOn, product: '标准版', priceFen, note },
          d.colleague,
        ),
      );
    const detail = unwrap(await d.core.call('market.getCompetitor', { id: c.id }, d.marketStaff));
    expect(detail.sightings.map((x) => x.seenOn)).toEqual(['2026-05-20', '2026-04-10', '2026-03-01']);
    expect(detail.competitor).toMatchObject({
      sightingCount: 3,
      lastSeenOn: '2026-05-20',
      lastPriceFen: 1_280_000,
    });
  });
});

describe('search: one or two Chinese characters find a record', () => {
  it('matches code, topic, client group and findings; activities by title, place and notes', async () => {
    const me = staffOf(d.marketStaff);
    unwrap(
      await d.core.call(
        'market.createResearch',
        { ...researchInput(me, '西南医疗器械经销商走访'), targetGroup: '医院', findings: '渠道集中' },
        d.marketStaff,
      ),
    );
    const find = async (search: string) =>
      unwrap(await d.core.call('market.listResearch', { search }, d.owner)).items.map((r) => r.topic);
    expect(await find('械')).toEqual(['西南医疗器械经销商走访']);
    expect(await find('医院')).toEqual(['西南医疗器械经销商走访']);
    expect(await find('渠道')).toContain('西南医疗器械经销商走访');
    expect(await find('不存在的')).toEqual([]);

    unwrap(
      await d.core.call(
        'market.createActivity',
        { ...activityInput(me, '成都产品演示会'), kind: 'demo', place: '天府软件园' },
        d.marketStaff,
      ),
    );
    const activities = async (search: string, kinds: ('demo' | 'seminar')[] = []) =>
      unwrap(await d.core.call('market.listActivities', { search, kinds }, d.owner)).items.map(
        (a) => a.title,
      );
    expect(await activities('演示')).toEqual(['成都产品演示会']);
    expect(await activities('府')).toEqual(['成都产品演示会']);
    expect(await activities('演示', ['seminar'])).toEqual([]);
    const competitors = unwrap(await d.core.call('market.listCompetitors', { search: '线' }, d.owner));
    expect(competitors.items.map((c) => c.name)).toEqual(['时间线竞品']);
  });

  it('sorts and pages the research list', async () => {
    const page1 = unwrap(
      await d.core.call(
        'market.listResearch',
        { sortBy: 'code', sortDir: 'asc', pageSize: 2, page: 1 },
        d.owner,
      ),
    );
    const page2 = unwrap(
      await d.core.call(
        'market.listResearch',
        { sortBy: 'code', sortDir: 'asc', pageSize: 2, page: 2 },
        d.owner,
      ),
    );
    const codes = [...page1.items, ...page2.items].map((r) => r.code);
    expect(codes).toEqual([...codes].sort());
    expect(page1.total).toBeGreaterThanOrEqual(4);
  });
});
