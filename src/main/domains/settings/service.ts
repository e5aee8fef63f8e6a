import { thresholdProblems } from '../../../shared/appraisal/scoring';
import { AppError } from '../../../shared/contract/errors';
import { scorecardWeightTotal } from '../../../shared/sales/rules';
import type { OrgSettings, SettingsRecord } from '../../../shared/settings/types';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx } from '../../core/context';
import { mutate, type Mutation } from '../../core/mutation';
import { readSettings, writeSettings } from './repository';

export function getSettings(ctx: Ctx): SettingsRecord {
  return readSettings(ctx.db);
}

/** The rules between settings fields (each field's own bounds are the schema's), by field of the input. */
function settingsProblems(settings: OrgSettings) {
  // The grade thresholds must fall S > A > B > C, or a score would have two grades.
  const grades = thresholdProblems(settings.appraisalGradeThresholds);
  const problems = Object.fromEntries(Object.entries(grades).map(([field, e]) => [`settings.${field}`, e]));
  // The screening score is a weighted average on a scale of 100: the weights must add up to 100.
  if (scorecardWeightTotal(settings.salesScorecard) !== 100)
    problems['settings.salesScorecard'] = { key: 'validation.salesScorecardWeights' };
  return problems;
}

export function updateSettings(ctx: Ctx, settings: OrgSettings, version: number): SettingsRecord {
  return mutate(ctx, (m) => {
    const problems = settingsProblems(settings);
    if (Object.keys(problems).length)
      throw new AppError('VALIDATION', 'settings do not fit together', { fields: problems });
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
