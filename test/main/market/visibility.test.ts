import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import { evidenceBytes } from '../../support/controlFlow';
import { activityInput, competitorInput, researchInput, sightingInput } from '../../support/channelExamples';
import { unwrap } from '../../support/core';
import { errorOf, marketDepartment, staffOf, type MarketDepartment } from './support';

/**
 * Who reads and who changes market work, against a table written out by hand: everyone reads everything;
 * a research record or an activity owned by `owner` (sales) is changed by the owner, the sales lead, the
 * deputy in charge of sales and the manager — not by a colleague, nor by the market group's lead or staff.
 * A sighting is corrected by who recorded it or by anyone above staff.
 */
let d: MarketDepartment;
let who: Record<string, Session>;

beforeAll(async () => {
  d = await marketDepartment();
  who = {
    owner: d.owner,
    colleague: d.colleague,
    salesLead: d.salesLead,
    deputy: d.deputy,
    manager: d.manager,
    marketLead: d.marketLead,
    marketStaff: d.marketStaff,
  };
});

afterAll(async () => {
  await d.core.close();
});

const KEEPS_OWNERS_RECORD: Record<string, boolean> = {
  owner: true,
  colleague: false,
  salesLead: true,
  deputy: true,
  manager: true,
  marketLead: false,
  marketStaff: false,
};

const CORRECTS_OTHERS_SIGHTING: Record<string, boolean> = {
  owner: false,
  colleague: false,
  salesLead: true,
  deputy: true,
  manager: true,
  marketLead: true,
  marketStaff: false,
};

describe('research records and activities', () => {
  it('everyone reads them; the owner and those over the owner group change them', async () => {
    const mine = staffOf(d.owner);
    for (const [name, session] of Object.entries(who)) {
      const r = unwrap(
        await d.core.call('market.createResearch', researchInput(mine, `调研-${name}`), d.owner),
      );
      const a = unwrap(
        await d.core.call('market.createActivity', activityInput(mine, `活动-${name}`), d.owner),
      );
      const readR = unwrap(await d.core.call('market.getResearch', { id: r.research.id }, session));
      const readA = unwrap(await d.core.call('market.getActivity', { id: a.activity.id }, session));
      expect([name, readR.mayEdit, readA.mayEdit]).toEqual([
        name,
        KEEPS_OWNERS_RECORD[name],
        KEEPS_OWNERS_RECORD[name],
      ]);

      const updR = await d.core.call(
        'market.updateResearch',
        { ...researchInput(mine), id: r.research.id, version: r.research.version, topic: `改-${name}` },
        session,
      );
      const updA = await d.core.call(
        'market.updateActivity',
        { ...activityInput(mine), id: a.activity.id, version: a.activity.version, title: `改-${name}` },
        session,
      );
      const file = await d.core.call(
        'market.addResearchFile',
        { researchId: r.research.id, fileName: '问卷.pdf', bytes: evidenceBytes(name) },
        session,
      );
      expect([name, updR.ok, updA.ok, file.ok]).toEqual([
        name,
        KEEPS_OWNERS_RECORD[name],
        KEEPS_OWNERS_RECORD[name],
        KEEPS_OWNERS_RECORD[name],
      ]);
      if (!KEEPS_OWNERS_RECORD[name]) expect(errorOf(updR).code).toBe('FORBIDDEN');
    }
    const list = unwrap(await d.core.call('market.listResearch', {}, d.marketStaff));
    expect(list.total).toBe(Object.keys(who).length);
  });

  it('a person names themselves as owner; a lead someone of their group; the manager anyone', async () => {
    const colleague = staffOf(d.colleague);
    const staffTries = await d.core.call('market.createResearch', researchInput(colleague), d.owner);
    expect(errorOf(staffTries)).toMatchObject({
      code: 'FORBIDDEN',
      fields: { ownerId: { key: 'validation.marketOwnerOutOfReach' } },
    });
    expect((await d.core.call('market.createResearch', researchInput(colleague), d.salesLead)).ok).toBe(true);
    expect((await d.core.call('market.createResearch', researchInput(colleague), d.marketLead)).ok).toBe(
      false,
    );
    expect((await d.core.call('market.createActivity', activityInput(colleague), d.manager)).ok).toBe(true);
  });

  it('everyone opens a research file; only who keeps the record removes it', async () => {
    const r = unwrap(await d.core.call('market.createResearch', researchInput(staffOf(d.owner)), d.owner));
    const f = unwrap(
      await d.core.call(
        'market.addResearchFile',
        { researchId: r.research.id, fileName: '报告.pdf', bytes: evidenceBytes('open') },
        d.owner,
      ),
    );
    const opened = unwrap(await d.core.call('market.openResearchFile', { id: f.id }, d.marketStaff));
    expect(new TextDecoder().decode(opened.bytes)).toContain('evidence open');
    expect((await d.core.call('market.deleteResearchFile', { id: f.id }, d.colleague)).ok).toBe(false);
    unwrap(await d.core.call('market.deleteResearchFile', { id: f.id }, d.salesLead));
    expect(unwrap(await d.core.call('market.getResearch', { id: r.research.id }, d.owner)).files).toEqual([]);
  });
});

describe('competitor files', () => {
  it('anyone keeps the file; a sighting is corrected by who recorded it, or by a lead and up', async () => {
    const c = unwrap(
      await d.core.call('market.createCompetitor', competitorInput('共享竞品'), d.owner),
    ).competitor;
    const upd = await d.core.call(
      'market.updateCompetitor',
      { ...competitorInput('共享竞品'), id: c.id, version: c.version, notes: '同事补充' },
      d.marketStaff,
    );
    expect(upd.ok).toBe(true);
    for (const [name, session] of Object.entries(who)) {
      const x = unwrap(
        await d.core.call('market.addSighting', { competitorId: c.id, ...sightingInput() }, d.owner),
      );
      const own = unwrap(await d.core.call('market.getCompetitor', { id: c.id }, session)).sightings.find(
        (s) => s.id === x.id,
      )!;
      const mayCorrect = name === 'owner' || CORRECTS_OTHERS_SIGHTING[name]!;
      expect([name, own.mayEdit]).toEqual([name, mayCorrect]);
      const r = await d.core.call(
        'market.updateSighting',
        { ...sightingInput(), id: x.id, version: x.version, note: `改-${name}` },
        session,
      );
      expect([name, r.ok]).toEqual([name, mayCorrect]);
      const del = await d.core.call('market.deleteSighting', { id: x.id }, session);
      expect([name, del.ok]).toEqual([name, mayCorrect]);
    }
  });
});
