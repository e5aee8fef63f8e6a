/**
 * Who sees what of internal control, as SQL over the rows themselves (RISK.md "Visibility"): the manager and
 * deputies everything (@all = 1); an audit's auditors the whole audit; a rectification's owner — and the
 * lead of the owner's group (@leadGroup) — the audit, the finding and that rectification. Every statement
 * that reads for a user binds @all, @me (their staff id) and @leadGroup.
 */

/** The user sees the whole of audit `a`. */
export const fullView = (a: string) =>
  `(@all = 1 OR EXISTS (SELECT 1 FROM control_auditors x WHERE x.audit_id = ${a}.id AND x.staff_id = @me))`;

/** Rectification `r` is the user's own part (owned by them, or in the group they lead). */
export const ownPart = (r: string) => `(${r}.owner_id = @me OR ${r}.group_id = @leadGroup)`;

const liveRectOf = (f: string, extra: string) =>
  `EXISTS (SELECT 1 FROM control_rectifications rr WHERE rr.finding_id = ${f}.id AND rr.deleted_at IS NULL AND ${extra})`;

/** Finding `f` of audit `a` is visible. */
export const findingVisible = (f: string, a: string) => `(${fullView(a)} OR ${liveRectOf(f, ownPart('rr'))})`;

/** Rectification `r` of audit `a` is visible. */
export const rectificationVisible = (r: string, a: string) => `(${fullView(a)} OR ${ownPart(r)})`;

/** Audit `a` is visible: the whole of it, or a part. */
export const auditVisible = (a: string) =>
  `(${fullView(a)} OR EXISTS (SELECT 1 FROM control_rectifications rv JOIN control_findings fv ON fv.id = rv.finding_id
     WHERE fv.audit_id = ${a}.id AND rv.deleted_at IS NULL AND fv.deleted_at IS NULL AND ${ownPart('rv')}))`;

/** 'mine': audits the user audits or holds a rectification of. */
export const auditMine = (a: string) =>
  `(EXISTS (SELECT 1 FROM control_auditors x WHERE x.audit_id = ${a}.id AND x.staff_id = @me)
    OR EXISTS (SELECT 1 FROM control_rectifications rm JOIN control_findings fm ON fm.id = rm.finding_id
     WHERE fm.audit_id = ${a}.id AND rm.deleted_at IS NULL AND fm.deleted_at IS NULL AND rm.owner_id = @me))`;

export const findingMine = (f: string, a: string) =>
  `(EXISTS (SELECT 1 FROM control_auditors x WHERE x.audit_id = ${a}.id AND x.staff_id = @me)
    OR ${liveRectOf(f, 'rr.owner_id = @me')})`;

/** The parameters every scoped statement binds. */
export interface ScopeParams {
  all: 0 | 1;
  me: string;
  leadGroup: string | null;
}
