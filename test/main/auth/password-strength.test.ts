import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core/createCore';
import { silentLogger } from '../../../src/main/core/logger';
import { hashCost, verifyPassword } from '../../../src/main/core/password';
import { FakeClock, MANAGER, noPrinter, tempDir, unwrap } from '../../support/core';

describe('password storage at real strength', () => {
  it('setup stores the password as scrypt N=2^17, r=8, p=1 with a 16-byte salt, and only the right password verifies', async () => {
    // No passwordCost override: the cost the app itself uses.
    const core = await createCore({
      dataDir: tempDir(),
      printer: noPrinter,
      logger: silentLogger,
      clock: new FakeClock(),
      autoBackup: false,
    });
    try {
      unwrap(
        await core.call(
          'auth.setup',
          {
            departmentName: '业务部',
            managerName: '王经理',
            employeeNo: 'M001',
            username: MANAGER.username,
            password: MANAGER.password,
          },
          core.sessions.create(),
        ),
      );
      const { password_hash: stored } = core.store.db
        .prepare('SELECT password_hash FROM users WHERE username = ?')
        .get(MANAGER.username) as {
        password_hash: string;
      };

      const [scheme, n, r, p, salt, key] = stored.split('$');
      expect(scheme).toBe('scrypt');
      expect(Number(n)).toBe(131072);
      expect(Number(r)).toBe(8);
      expect(Number(p)).toBe(1);
      expect(hashCost(stored)).toEqual({ N: 2 ** 17, r: 8, p: 1 });
      expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
      expect(Buffer.from(key!, 'base64').length).toBeGreaterThanOrEqual(32);
      expect(stored).not.toContain(MANAGER.password);

      expect(await verifyPassword(MANAGER.password, stored)).toBe(true);
      expect(await verifyPassword(`${MANAGER.password}x`, stored)).toBe(false);
    } finally {
      await core.close();
    }
  });
});
