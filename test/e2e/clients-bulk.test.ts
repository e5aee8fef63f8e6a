import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'clients-bulk');

/** The manager ticks two files on the list and hands both to another person in one go. */
describe('client list: bulk reassignment', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'manager', only: ['org', 'clients'] });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('selects two files and reassigns them; the list shows the new owner and the trail has both', async () => {
    const { page } = app;
    const db = app.harness.core.store.db;
    const target = db
      .prepare(
        `SELECT s.id, s.name, s.employee_no AS employeeNo FROM staff s JOIN users u ON u.staff_id = s.id
         WHERE u.username = 'staff2'`,
      )
      .get() as { id: string; name: string; employeeNo: string };

    await page.getByRole('menuitem', { name: '客户档案' }).click();
    await page.waitForSelector('[data-testid=client-list][data-loading=false] .ant-table-row');
    // No checkboxes until the manager asks for them.
    expect(await page.locator('.ant-table-selection-column').count()).toBe(0);
    await page.click('[data-testid=bulk-select]');
    expect(await page.textContent('[data-testid=bulk-selected]')).toContain('勾选要转交的客户');
    expect(await page.isDisabled('[data-testid=bulk-reassign]')).toBe(true);

    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    const ids = [
      await rows.nth(0).getAttribute('data-row-key'),
      await rows.nth(1).getAttribute('data-row-key'),
    ];
    await rows.nth(0).locator('input[type=checkbox]').check();
    await rows.nth(1).locator('input[type=checkbox]').check();
    expect(await page.textContent('[data-testid=bulk-selected]')).toContain('已选 2 个');
    await app.shot('01-selected');

    await page.click('[data-testid=bulk-reassign]');
    await page.waitForSelector('[data-testid=reassign-form]');
    await page.click('#reassign_ownerId');
    await page.keyboard.type(target.employeeNo);
    await page.keyboard.press('Enter');
    await app.shot('02-reassign');
    await page.click('.ant-modal-footer .ant-btn-primary');
    await page.getByText('已转交 2 个客户档案').waitFor();

    const owners = db.prepare(`SELECT owner_id FROM clients WHERE id IN (?, ?)`).pluck().all(ids[0], ids[1]);
    expect(owners).toEqual([target.id, target.id]);
    const trail = db
      .prepare(
        `SELECT count(*) FROM audit_log WHERE entity = 'client' AND entity_id IN (?, ?) AND action = 'reassign'`,
      )
      .pluck()
      .get(ids[0], ids[1]);
    expect(trail).toBe(2);
    // Done: the checkboxes go away and the rows show their new owner.
    await expect.poll(() => page.locator('.ant-table-selection-column').count()).toBe(0);
    await expect
      .poll(() => page.locator(`tr[data-row-key="${ids[0]}"]`).textContent())
      .toContain(target.name);
  });
});
