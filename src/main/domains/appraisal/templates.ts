import type { TemplateInput } from '../../../shared/appraisal/libraryChannels';
import { weightProblems } from '../../../shared/appraisal/libraryRules';
import { INDICATOR_CATEGORIES, type AppraisalIndicator } from '../../../shared/appraisal/indicators';
import type { AppraisalTemplate, TemplateItem } from '../../../shared/appraisal/templates';
import { AppError, fieldError, type FieldError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { listGroups } from '../org/groups';
import { indicatorsByIds } from './repository/indicators';
import * as repo from './repository/templates';
import type { TemplateRow, TemplateWrite } from './repository/templates';

/** A template as the audit trail shows it: its group by name, its indicators by name with their weights. */
const auditView = (t: TemplateRow) => ({
  nameZh: t.nameZh,
  nameEn: t.nameEn,
  groupId: t.groupId,
  position: t.position,
  resultsWeight: t.categoryWeights.results,
  attitudeWeight: t.categoryWeights.attitude,
  abilityWeight: t.categoryWeights.ability,
  items: t.items,
  active: t.active,
});

const CATEGORY_ORDER = Object.fromEntries(INDICATOR_CATEGORIES.map((c, i) => [c, i]));

/** The record the screens read: each indicator with its names and category, by category as arranged. */
function toTemplate(ctx: Ctx, row: TemplateRow): AppraisalTemplate {
  const indicators = indicatorsByIds(
    ctx.db,
    row.items.map((i) => i.indicatorId),
  );
  const items = row.items
    .map((item, n): TemplateItem & { n: number } => {
      const ind = indicators.get(item.indicatorId)!;
      return {
        n,
        indicatorId: item.indicatorId,
        weight: item.weight,
        category: ind.category,
        nameZh: ind.nameZh,
        nameEn: ind.nameEn,
        scoring: ind.scoring,
        source: ind.source,
        indicatorActive: ind.active,
      };
    })
    .sort((a, b) => CATEGORY_ORDER[a.category]! - CATEGORY_ORDER[b.category]! || a.n - b.n)
    .map(({ n: _n, ...item }) => item);
  const { items: _stored, ...rest } = row;
  return { ...rest, items };
}

function mustGet(ctx: Ctx, id: string): TemplateRow {
  const row = repo.getTemplate(ctx.db, id);
  if (!row) throw notFound('appraisalTemplate');
  return row;
}

function forWrite(ctx: Ctx, id: string, version: number): TemplateRow {
  const row = mustGet(ctx, id);
  if (row.version !== version) throw conflict('appraisalTemplate');
  return row;
}

/** Where a template applies: a group of the org chart, or a position (free text, as on staff records). */
function checkTarget(ctx: Ctx, input: TemplateInput, current: TemplateRow | null): void {
  if ((input.groupId === null) === (input.position === null))
    throw fieldError('groupId', 'validation.appraisalTemplateTarget');
  if (input.groupId !== null && input.groupId !== current?.groupId) {
    const group = listGroups(ctx, true).find((g) => g.id === input.groupId);
    if (!group) throw fieldError('groupId', 'validation.notFound');
    if (!group.active) throw fieldError('groupId', 'validation.appraisalGroupInactive');
  }
  // One active template each: a cycle takes a person's by position, else by group.
  if (
    (current?.active ?? true) &&
    repo.activeTemplateFor(ctx.db, { groupId: input.groupId, position: input.position }, current?.id ?? null)
  )
    throw fieldRefusal(
      'DUPLICATE',
      input.groupId !== null ? 'groupId' : 'position',
      'validation.appraisalTemplateTaken',
    );
}

/**
 * The chosen indicators and their weights, every problem at once (the form shows each under its field):
 * an indicator chosen twice, one retired and not already on this template, one that does not exist; then
 * the category weights adding up to 100 and each category's indicators to its category's weight.
 */
function checkItems(ctx: Ctx, input: TemplateInput, current: TemplateRow | null): void {
  const indicators = indicatorsByIds(
    ctx.db,
    input.items.map((i) => i.indicatorId),
  );
  const already = new Set(current?.items.map((i) => i.indicatorId) ?? []);
  const seen = new Set<string>();
  const fields: Record<string, FieldError> = {};
  const weighted: { category: AppraisalIndicator['category']; weight: number }[] = [];
  input.items.forEach((item, n) => {
    const at = `items.${n}.indicatorId`;
    const ind = indicators.get(item.indicatorId);
    if (!ind) fields[at] = { key: 'validation.notFound' };
    else if (seen.has(item.indicatorId)) fields[at] = { key: 'validation.appraisalIndicatorTwice' };
    else if (!ind.active && !already.has(item.indicatorId))
      fields[at] = { key: 'validation.appraisalIndicatorRetired' };
    seen.add(item.indicatorId);
    if (ind) weighted.push({ category: ind.category, weight: item.weight });
  });
  if (Object.keys(fields).length === 0)
    Object.assign(fields, weightProblems(input.categoryWeights, weighted));
  if (Object.keys(fields).length) throw new AppError('VALIDATION', 'template items', { fields });
}

function templateWrite(ctx: Ctx, input: TemplateInput, current: TemplateRow | null): TemplateWrite {
  checkTarget(ctx, input, current);
  checkItems(ctx, input, current);
  return {
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    groupId: input.groupId,
    position: input.position,
    categoryWeights: input.categoryWeights,
    items: input.items.map((i) => ({ indicatorId: i.indicatorId, weight: i.weight })),
  };
}

export function listTemplates(ctx: Ctx, includeInactive: boolean): AppraisalTemplate[] {
  return repo.listTemplates(ctx.db, includeInactive).map((t) => toTemplate(ctx, t));
}

export const getTemplate = (ctx: Ctx, id: string): AppraisalTemplate => toTemplate(ctx, mustGet(ctx, id));

/** Inserts a template already checked (the form's, or a default one at setup) with its audit row. */
export function insertTemplate(m: Mutation, w: TemplateWrite): TemplateRow {
  const id = newId();
  repo.insertTemplate(m.db, id, w, m.stamp);
  const created = mustGet(m, id);
  m.audit({
    entity: 'appraisalTemplate',
    entityId: id,
    action: 'create',
    changes: diffRecords(null, auditView(created)),
  });
  return created;
}

export function createTemplate(ctx: Ctx, input: TemplateInput): AppraisalTemplate {
  return mutate(ctx, (m) => toTemplate(m, insertTemplate(m, templateWrite(m, input, null))));
}

export function updateTemplate(
  ctx: Ctx,
  id: string,
  version: number,
  input: TemplateInput,
): AppraisalTemplate {
  return mutate(ctx, (m) => {
    const before = forWrite(m, id, version);
    m.versioned(
      'appraisalTemplate',
      repo.updateTemplate(m.db, id, version, templateWrite(m, input, before), m.stamp),
    );
    const after = mustGet(m, id);
    m.audit({
      entity: 'appraisalTemplate',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return toTemplate(m, after);
  });
}

/** Stops using a template, or uses it again — unless another active one now covers its group or position. */
export function setTemplateActive(ctx: Ctx, id: string, version: number, active: boolean): AppraisalTemplate {
  return mutate(ctx, (m) => {
    const before = forWrite(m, id, version);
    if (before.active === active) return toTemplate(m, before);
    if (active && repo.activeTemplateFor(m.db, { groupId: before.groupId, position: before.position }, id))
      throw fieldRefusal('DUPLICATE', 'active', 'validation.appraisalTemplateTaken');
    m.versioned('appraisalTemplate', repo.setTemplateActive(m.db, id, version, active, m.stamp));
    const after = mustGet(m, id);
    m.audit({
      entity: 'appraisalTemplate',
      entityId: id,
      action: active ? 'restore' : 'deactivate',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return toTemplate(m, after);
  });
}
