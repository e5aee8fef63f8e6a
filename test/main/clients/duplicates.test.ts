import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../support/core';
import { creditCode, department, makeClient, staffIdOf, updateInput, type Department } from './support';

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

const check = async (
  input: { name?: string; creditCode?: string; phones?: string[]; exceptId?: string },
  as = d.manager,
) => unwrap(await d.core.call('clients.checkDuplicates', input, as));

describe('clients.checkDuplicates', () => {
  it('finds the same name across full-/half-width, case, spaces and 有限公司 / 有限责任公司 spellings', async () => {
    const c = await makeClient(d.core, d.manager, { name: 'ＡＢＣ 智能科技有限责任公司' });
    for (const name of [
      'abc智能科技有限公司',
      'ABC 智能 科技 有限公司',
      'ABC智能科技股份有限公司',
      ' Abc　智能科技有限责任公司 ',
    ]) {
      const matches = await check({ name });
      expect(matches, name).toEqual([
        expect.objectContaining({ clientId: c.id, code: c.code, reasons: ['name'], visible: true }),
      ]);
    }
    expect(await check({ name: 'ABC智能制造有限公司' })).toEqual([]);
  });

  it('finds the same credit code whatever its case', async () => {
    const code = creditCode(1001);
    const c = await makeClient(d.core, d.manager, { name: '信用代码查重公司', creditCode: code });
    const matches = await check({ creditCode: code.toLowerCase() });
    expect(matches.map((m) => [m.clientId, m.reasons])).toEqual([[c.id, ['creditCode']]]);
  });

  it('finds the same phone written with spaces, dashes or +86, and names every reason once', async () => {
    const c = await makeClient(d.core, d.manager, { name: '电话查重公司' });
    unwrap(
      await d.core.call(
        'contacts.create',
        { clientId: c.id, name: '赵六', mobile: '139 0000 1111' },
        d.manager,
      ),
    );
    unwrap(
      await d.core.call(
        'contacts.create',
        { clientId: c.id, name: '钱七', mobile: '13900002222' },
        d.manager,
      ),
    );
    for (const phone of ['13900001111', '+86 139-0000-1111', '8613900001111']) {
      const matches = await check({ phones: [phone] });
      expect(
        matches.map((m) => m.clientId),
        phone,
      ).toEqual([c.id]);
    }
    const both = await check({ name: '电话查重 公司', phones: ['13900001111', '13900002222'] });
    expect(both).toHaveLength(1);
    expect(both[0]!.reasons.sort()).toEqual(['name', 'phone']);
    // Too few digits to say anything.
    expect(await check({ phones: ['1111'] })).toEqual([]);
  });

  it('leaves out the file being edited and deleted files', async () => {
    const c = await makeClient(d.core, d.manager, { name: '排除自身公司' });
    expect(await check({ name: '排除自身公司', exceptId: c.id })).toEqual([]);
    expect(await check({ name: '排除自身公司' })).toHaveLength(1);
    unwrap(await d.core.call('clients.delete', { id: c.id, version: c.version }, d.manager));
    expect(await check({ name: '排除自身公司' })).toEqual([]);
  });

  it('reports files outside the caller’s scope as not visible, without hiding them', async () => {
    const c = await makeClient(d.core, d.marketC, { name: '别人家的客户' });
    const asSales = await check({ name: '别人家的客户' }, d.salesA);
    expect(asSales).toEqual([expect.objectContaining({ clientId: c.id, visible: false })]);
    const asOwner = await check({ name: '别人家的客户' }, d.marketC);
    expect(asOwner).toEqual([expect.objectContaining({ clientId: c.id, visible: true })]);
    expect((await check({ name: '别人家的客户' }, d.marketDeputy))[0]!.visible).toBe(true);
    expect((await check({ name: '别人家的客户' }, d.salesLead))[0]!.visible).toBe(false);
  });
});

describe('create and update warn (through checkDuplicates) but refuse only a taken credit code', () => {
  it('a second file with the same normalised name or phone is allowed', async () => {
    await makeClient(d.core, d.manager, { name: '同名公司有限公司' });
    const second = await d.core.call('clients.create', { name: '同名公司有限责任公司' }, d.manager);
    expect(second.ok).toBe(true);
  });

  it('a credit code already on another live file is refused with DUPLICATE on creditCode', async () => {
    const code = creditCode(2002);
    const first = await makeClient(d.core, d.manager, { name: '原始法人', creditCode: code });
    const other = await makeClient(d.core, d.manager, { name: '另一家公司' });
    const created = await d.core.call('clients.create', { name: '冒名法人', creditCode: code }, d.manager);
    expect(created).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE', fields: { creditCode: { key: 'validation.duplicate' } } },
    });
    const updated = await d.core.call(
      'clients.update',
      { ...updateInput(other), creditCode: code.toLowerCase() },
      d.manager,
    );
    expect(updated).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    // The file itself keeps its code on an edit.
    expect((await d.core.call('clients.update', { ...updateInput(first), tier: 'A' }, d.manager)).ok).toBe(
      true,
    );
  });

  it('the code is free again once its file is deleted, and restoring that file is then refused', async () => {
    const code = creditCode(3003);
    const gone = await makeClient(d.core, d.manager, { name: '已删除法人', creditCode: code });
    unwrap(await d.core.call('clients.delete', { id: gone.id, version: gone.version }, d.manager));
    await makeClient(d.core, d.manager, { name: '新法人', creditCode: code, ownerId: staffIdOf(d.salesA) });
    expect(
      await d.core.call('clients.restore', { id: gone.id, version: gone.version + 1 }, d.manager),
    ).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE', fields: { creditCode: { key: 'validation.duplicate' } } },
    });
  });
});
