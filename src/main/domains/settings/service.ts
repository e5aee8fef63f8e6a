import { AppError } from '../../../shared/contract/errors';
import type { OrgSettings, SettingsRecord } from '../../../shared/settings/types';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx } from '../../core/context';
import { mutate, type Mutation } from '../../core/mutation';
import { readSettings, writeSettings } from './repository';

export function getSettings(ctx: Ctx): SettingsRecord {
  return readSettings(ctx.db);
}

export function updateSettings(ctx: Ctx, settings: OrgSettings, version: number): SettingsRecord {
  return mutate(ctx, (m) => {
    const before = readSettings(m.db);
    m.versioned('settings', writeSettings(m.db, settings, version, m.stamp));
    m.audit({
      entity: 'settings',
      entityId: null,
      action: 'update',
      changes: diffRecords(before.settings, settings),
    });
    return readSettings(m.db);
  });
}

/** Setup's first settings row, inside setup's mutation. */
export function initialiseSettings(m: Mutation, departmentName: string): void {
  const current = readSettings(m.db);
  const settings = { ...current.settings, departmentName };
  if (!writeSettings(m.db, settings, current.version, m.stamp))
    throw new AppError('INTERNAL', 'settings changed during setup');
  m.audit({ entity: 'settings', entityId: null, action: 'create', changes: diffRecords(null, settings) });
}
