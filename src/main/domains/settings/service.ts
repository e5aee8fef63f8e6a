import { AppError } from '../../../shared/contract/errors';
import type { OrgSettings, SettingsRecord } from '../../../shared/settings/types';
import type { Actor, CoreDeps } from '../../core/context';
import type { Db } from '../../db/connection';
import type { AuditService } from '../audit/service';
import { diffRecords } from '../audit/diff';
import { readSettings, writeSettings } from './repository';

export function createSettingsService(deps: CoreDeps, audit: AuditService) {
  return {
    get(): SettingsRecord {
      return readSettings(deps.store.db);
    },

    update(settings: OrgSettings, version: number, actor: Actor): SettingsRecord {
      const db = deps.store.db;
      return db.transaction(() => {
        const before = readSettings(db);
        if (!writeSettings(db, settings, version, deps.clock.now().toISOString(), actor.userId)) {
          throw new AppError('CONFLICT', 'settings changed since they were read');
        }
        audit.record(db, actor, {
          entity: 'settings',
          entityId: null,
          action: 'update',
          changes: diffRecords(before.settings, settings),
        });
        return readSettings(db);
      })();
    },

    /** Used by setup: the first settings row, inside the caller's transaction. */
    initialise(db: Db, departmentName: string, actor: Actor): void {
      const current = readSettings(db);
      const settings = { ...current.settings, departmentName };
      writeSettings(db, settings, current.version, deps.clock.now().toISOString(), actor.userId);
      audit.record(db, actor, {
        entity: 'settings',
        entityId: null,
        action: 'create',
        changes: diffRecords(null, settings),
      });
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
