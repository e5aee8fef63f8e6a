import type { CycleInput } from '../../../shared/appraisal/channels';
import {
  DEADLINE_PHASES,
  type AppraisalCycle,
  type CyclePeople,
  type CyclePreviewRow,
} from '../../../shared/appraisal/cycles';
import type { FormItem } from '../../../shared/appraisal/forms';
import { AppError, type FieldError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { appraisalBook, toCycle } from './cycleView';
import * as cycles from './repository/cycles';
import * as forms from './repository/forms';
import { indicatorsByIds } from './repository/indicators';
import { candidateRows, managerStaffId, staffNames, type CandidateRow } from './repository/people';
import { listTemplates, type TemplateRow } from './repository/templates';
import type { Db } from '../../db/connection';

/*
 * Opening a cycle (六(二)): the manager names the period and the people; each person gets a form with the
 * template of their position (else of their group) and an evaluator from the org chart — their direct
 * supervisor, else their group's lead, else the deputy in charge of their group, else the manager. Both are
 * fixed on the form now: a later change of the org chart does not move a started appraisal (the manager may
 * hand a form to another evaluator until it is evaluated).
 */

interface Chosen {
  person: CandidateRow;
  template: TemplateRow | null;
  evaluatorId: string | null;
}

/** The person's template: their position's active one, else their group's. */
function templateChooser(db: Db): (p: CandidateRow) => TemplateRow | null {
  const active = listTemplates(db, false);
  const byPosition = new Map(active.filter((t) => t.position).map((t) => [t.position!, t]));
  const byGroup = new Map(active.filter((t) => t.groupId).map((t) => [t.groupId!, t]));
  return (p) => (p.position && byPosition.get(p.position)) || (p.groupId && byGroup.get(p.groupId)) || null;
}

/** The people the selection takes in, each with their template and evaluator. */
function choose(db: Db, people: CyclePeople): Chosen[] {
  const groups = new Set(people.groupIds);
  const named = new Set(people.staffIds);
  const templateOf = templateChooser(db);
  const manager = managerStaffId(db);
  return candidateRows(db)
    .filter((p) => people.everyone || named.has(p.staffId) || (p.groupId !== null && groups.has(p.groupId)))
    .map((person) => ({
      person,
      template: templateOf(person),
      evaluatorId: person.supervisorId ?? person.leadId ?? person.deputyId ?? manager,
    }));
}

export function previewCycle(ctx: UserCtx, people: CyclePeople): CyclePreviewRow[] {
  const chosen = choose(ctx.db, people);
  const names = staffNames(
    ctx.db,
    chosen.flatMap((c) => (c.evaluatorId ? [c.evaluatorId] : [])),
  );
  return chosen.map(({ person: p, template: t, evaluatorId }) => ({
    staffId: p.staffId,
    staffName: p.staffName,
    employeeNo: p.employeeNo,
    groupName: p.groupName,
    groupNameEn: p.groupNameEn,
    position: p.position,
    templateId: t?.id ?? null,
    templateName: t?.nameZh ?? null,
    evaluatorId,
    evaluatorName: evaluatorId ? (names.get(evaluatorId) ?? null) : null,
  }));
}

/** The form's indicators as the template has them now, each with nothing written against it yet. */
function itemsOf(template: TemplateRow, indicators: ReturnType<typeof indicatorsByIds>): FormItem[] {
  return template.items.map(({ indicatorId, weight }) => {
    const i = indicators.get(indicatorId)!;
    return {
      indicatorId,
      category: i.category,
      nameZh: i.nameZh,
      nameEn: i.nameEn,
      descriptionZh: i.descriptionZh,
      descriptionEn: i.descriptionEn,
      scoring: i.scoring,
      source: i.source,
      cap: i.cap,
      bands: i.bands,
      unit: i.unit,
      weight,
      target: null,
      actual: null,
      planNote: null,
      selfScore: null,
      selfComment: null,
      evalScore: null,
      evalComment: null,
    };
  });
}

const CATEGORY_ORDER = { results: 0, attitude: 1, ability: 2 } as const;

/** Everything wrong with the cycle's form at once, by field. */
function cycleProblems(input: CycleInput, chosen: Chosen[]): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  if (input.periodTo < input.periodFrom) fields.periodTo = { key: 'validation.appraisalPeriodOrder' };
  DEADLINE_PHASES.forEach((phase, i) => {
    const before = DEADLINE_PHASES[i - 1];
    if (before && input.deadlines[phase] < input.deadlines[before])
      fields[`deadlines.${phase}`] = { key: 'validation.appraisalDeadlineOrder' };
  });
  if (!chosen.length) fields.people = { key: 'validation.appraisalNoPeople' };
  const noTemplate = chosen.filter((c) => !c.template);
  if (noTemplate.length)
    fields.people = {
      key: 'validation.appraisalNoTemplate',
      params: {
        count: noTemplate.length,
        names: noTemplate
          .slice(0, 5)
          .map((c) => c.person.staffName)
          .join('、'),
      },
    };
  return fields;
}

/** The people already in a cycle of the same kind whose period overlaps this one. */
function alreadyInCycle(db: Db, input: CycleInput, staffIds: string[]): string[] {
  return forms
    .listFormRows(
      db,
      {
        sql: `f.cycle_id IN (SELECT id FROM appraisal_cycles WHERE kind = ? AND period_from <= ? AND period_to >= ?)
            AND f.staff_id IN (SELECT value FROM json_each(?))`,
        params: [input.kind, input.periodTo, input.periodFrom, JSON.stringify(staffIds)],
      },
      null,
    )
    .map((f) => f.staffName);
}

const auditView = (c: AppraisalCycle) => ({
  code: c.code,
  nameZh: c.nameZh,
  nameEn: c.nameEn,
  kind: c.kind,
  periodFrom: c.periodFrom,
  periodTo: c.periodTo,
  phase: c.phase,
  goalSettingDue: c.deadlines.goalSetting,
  selfAssessmentDue: c.deadlines.selfAssessment,
  supervisorReviewDue: c.deadlines.supervisorReview,
  managerReviewDue: c.deadlines.managerReview,
  quarterWeight: c.quarterWeight,
  appealUntil: c.appealUntil,
  formCount: c.formCount,
});

export const cycleAuditView = auditView;

/** Opens the cycle in goal setting, one form per person; refused (nothing written) with every problem named. */
export function openCycle(ctx: UserCtx, input: CycleInput): AppraisalCycle {
  return mutate(ctx, (m) => {
    const chosen = choose(m.db, input);
    const problems = cycleProblems(input, chosen);
    if (!problems.people && chosen.length) {
      const twice = alreadyInCycle(
        m.db,
        input,
        chosen.map((c) => c.person.staffId),
      );
      if (twice.length)
        problems.people = {
          key: 'validation.appraisalAlreadyInCycle',
          params: { count: twice.length, names: twice.slice(0, 5).join('、') },
        };
    }
    if (Object.keys(problems).length)
      throw new AppError('VALIDATION', 'the cycle cannot be opened', { fields: problems });
    const missingEvaluator = chosen.find((c) => !c.evaluatorId);
    if (missingEvaluator) throw new AppError('INVALID_STATE', 'no evaluator (no manager account)');
    const book = appraisalBook(m);
    const id = newId();
    const code = cycles.nextCycleCode(m.db, input.periodFrom);
    cycles.insertCycle(
      m.db,
      id,
      code,
      {
        nameZh: input.nameZh,
        nameEn: input.nameEn,
        kind: input.kind,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        phase: 'goalSetting',
        goalSettingDue: input.deadlines.goalSetting,
        selfAssessmentDue: input.deadlines.selfAssessment,
        supervisorReviewDue: input.deadlines.supervisorReview,
        managerReviewDue: input.deadlines.managerReview,
        quarterWeight: input.kind === 'annual' ? book.settings.appraisalQuarterWeight : null,
        appealUntil: null,
        publishedAt: null,
        closedAt: null,
      },
      m.stamp,
    );
    const indicators = indicatorsByIds(m.db, [
      ...new Set(chosen.flatMap((c) => c.template!.items.map((i) => i.indicatorId))),
    ]);
    for (const { person, template, evaluatorId } of chosen) {
      const items = itemsOf(template!, indicators).sort(
        (a, b) => CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category],
      );
      forms.insertForm(
        m.db,
        newId(),
        id,
        person.staffId,
        {
          ...EMPTY_FORM,
          groupId: person.groupId,
          position: person.position,
          evaluatorId: evaluatorId!,
          templateId: template!.id,
          items,
        },
        m.stamp,
      );
    }
    const cycle = toCycle(cycles.getCycleRow(m.db, id)!);
    m.audit({
      entity: 'appraisalCycle',
      entityId: id,
      action: 'open',
      changes: diffRecords(null, auditView(cycle)),
    });
    return cycle;
  });
}

/** A form as it starts: nothing written yet (the caller sets the person's group, evaluator, template, items). */
export const EMPTY_FORM: forms.FormWrite = {
  groupId: null,
  position: null,
  evaluatorId: '',
  templateId: '',
  items: [],
  plan: null,
  planAgreedAt: null,
  planAgreedBy: null,
  achievements: null,
  shortfalls: null,
  nextPlan: null,
  selfSubmittedAt: null,
  selfTotal: null,
  overallComment: null,
  evalSubmittedAt: null,
  evalTotal: null,
  quarterMean: null,
  adjustedTotal: null,
  adjustReason: null,
  adjustedBy: null,
  adjustedAt: null,
  finalScore: null,
  grade: null,
  acknowledgedAt: null,
  appealReason: null,
  appealFiledAt: null,
  appealStatus: null,
  appealNote: null,
  appealScoreBefore: null,
  appealResolvedAt: null,
  appealResolvedBy: null,
  removedAt: null,
  removedBy: null,
  removedReason: null,
};
