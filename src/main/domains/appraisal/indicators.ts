import type { IndicatorInput } from '../../../shared/appraisal/libraryChannels';
import { bandProblems } from '../../../shared/appraisal/libraryRules';
import type { AppraisalIndicator } from '../../../shared/appraisal/indicators';
import { AppError, fieldError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { conflict, notFound } from '../../core/refusals';
import * as repo from './repository/indicators';
import type { IndicatorWrite } from './repository/indicators';

/** An indicator as the audit trail shows it: what the form edits, and whether it is in use. */
const auditView = (i: AppraisalIndicator) => ({
  category: i.category,
  nameZh: i.nameZh,
  nameEn: i.nameEn,
  descriptionZh: i.descriptionZh,
  descriptionEn: i.descriptionEn,
  scoring: i.scoring,
  formula: i.formula,
  cap: i.cap,
  bands: i.bands,
  source: i.source,
  unit: i.unit,
  active: i.active,
});

function mustGet(ctx: Ctx, id: string): AppraisalIndicator {
  const row = repo.getIndicator(ctx.db, id);
  if (!row) throw notFound('appraisalIndicator');
  return row;
}

/** The indicator at the version the caller read; a stale version is a CONFLICT. */
function forWrite(ctx: Ctx, id: string, version: number): AppraisalIndicator {
  const row = mustGet(ctx, id);
  if (row.version !== version) throw conflict('appraisalIndicator');
  return row;
}

/**
 * The stored form of the indicator form, every rule checked: a quantitative indicator has its cap (the
 * formula is the ratio), a rated one bands covering 0–100 and a value typed in (a computed source gives
 * an actual, which only a formula turns into a score). A category is fixed once a template weighs the
 * indicator in it: moving it would silently break that template's category totals.
 */
function indicatorWrite(input: IndicatorInput, current: AppraisalIndicator | null): IndicatorWrite {
  if (current && current.templateCount > 0 && input.category !== current.category)
    throw fieldError('category', 'validation.appraisalCategoryInUse', { count: current.templateCount });
  const base = {
    category: input.category,
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    descriptionZh: input.descriptionZh,
    descriptionEn: input.descriptionEn,
    scoring: input.scoring,
    source: input.source,
    unit: input.unit,
  };
  if (input.scoring === 'quantitative') {
    if (input.cap === null) throw fieldError('cap', 'validation.required');
    return { ...base, formula: 'ratio', cap: input.cap, bands: [] };
  }
  if (input.source !== 'manual') throw fieldError('source', 'validation.appraisalRatedSource');
  const problems = bandProblems(input.bands);
  if (Object.keys(problems).length) throw new AppError('VALIDATION', 'rating bands', { fields: problems });
  return { ...base, formula: null, cap: null, bands: input.bands };
}

export function listIndicators(ctx: Ctx, includeInactive: boolean): AppraisalIndicator[] {
  return repo.listIndicators(ctx.db, includeInactive);
}

export const getIndicator = (ctx: Ctx, id: string): AppraisalIndicator => mustGet(ctx, id);

export function createIndicator(ctx: Ctx, input: IndicatorInput): AppraisalIndicator {
  return mutate(ctx, (m) => {
    const w = indicatorWrite(input, null);
    const id = newId();
    repo.insertIndicator(m.db, id, w, m.stamp);
    const created = mustGet(m, id);
    m.audit({
      entity: 'appraisalIndicator',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, auditView(created)),
    });
    return created;
  });
}

export function updateIndicator(
  ctx: Ctx,
  id: string,
  version: number,
  input: IndicatorInput,
): AppraisalIndicator {
  return mutate(ctx, (m) => {
    const before = forWrite(m, id, version);
    m.versioned(
      'appraisalIndicator',
      repo.updateIndicator(m.db, id, version, indicatorWrite(input, before), m.stamp),
    );
    const after = mustGet(m, id);
    m.audit({
      entity: 'appraisalIndicator',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return after;
  });
}

/** Retires an indicator (it stays on the templates that have it, and cannot be chosen anew) or restores it. */
export function setIndicatorActive(
  ctx: Ctx,
  id: string,
  version: number,
  active: boolean,
): AppraisalIndicator {
  return mutate(ctx, (m) => {
    const before = forWrite(m, id, version);
    if (before.active === active) return before;
    m.versioned('appraisalIndicator', repo.setIndicatorActive(m.db, id, version, active, m.stamp));
    const after = mustGet(m, id);
    m.audit({
      entity: 'appraisalIndicator',
      entityId: id,
      action: active ? 'restore' : 'deactivate',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return after;
  });
}
