import type { AppraisalHistory } from '../../../shared/appraisal/forms';
import type { UserCtx } from '../../core/context';
import { notFound } from '../../core/refusals';
import { overseesGroup, relationTo } from './access';
import { toCycle } from './cycleView';
import { toSummary } from './formView';
import * as cycles from './repository/cycles';
import * as forms from './repository/forms';
import { personRow, publishedFormsOf } from './repository/results';

/*
 * A person's appraisal history (六(三)): their results of the published and closed cycles, oldest first. The
 * person sees all of theirs; whoever oversaw a result (their evaluator then, the lead or deputies of the group
 * they were appraised in, the manager) sees that one. Anyone else — or someone who oversaw none of them and
 * does not oversee the person's group now — gets NOT_FOUND, as for a person who does not exist.
 */
export function history(ctx: UserCtx, staffId: string): AppraisalHistory {
  const person = personRow(ctx.db, staffId);
  if (!person) throw notFound('staff');
  const v = ctx.user;
  const rows = forms.listFormRows(ctx.db, publishedFormsOf(staffId), null).flatMap((r) => {
    const relation = relationTo(v, r);
    return relation ? [{ r, relation }] : [];
  });
  const mayOpen = v.staffId === staffId || rows.length > 0 || overseesGroup(v, person.groupId);
  if (!mayOpen) throw notFound('staff');
  const cycleById = new Map(
    [...new Set(rows.map(({ r }) => r.cycleId))].map((id) => [id, toCycle(cycles.getCycleRow(ctx.db, id)!)]),
  );
  const summaries = rows
    .map(({ r, relation }) => toSummary(r, relation, cycleById.get(r.cycleId)!))
    .sort((a, b) => a.periodFrom.localeCompare(b.periodFrom) || a.cycleCode.localeCompare(b.cycleCode));
  return {
    staffId,
    staffName: person.staffName,
    employeeNo: person.employeeNo,
    groupName: person.groupName,
    groupNameEn: person.groupNameEn,
    rows: summaries,
  };
}
