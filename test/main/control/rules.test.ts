import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { Rectification } from '../../../src/shared/control/types';
import { unwrap } from '../../support/core';
import {
  auditAt,
  auditInput,
  AUDIT_ON,
  evidenceBytes,
  findingInput,
  rectificationInput,
} from '../../support/controlFlow';
import { tableChecksum } from '../contract/support';
import { controlDepartment, errorOf, staffOf, type ControlDepartment } from './support';

let d: ControlDepartment;

beforeAll(async () => {
  d = await controlDepartment();
});
afterAll(async () => {
  await d.core.close();
});

/** Calls as `as` and expects a refusal that changed nothing at all, audit trail included. */
async function refused<C extends Parameters<ControlDepartment['core']['call']>[0]>(
  as: Session,
  channel: C,
  input: Parameters<ControlDepartment['core']['call']>[1] & object,
) {
  const before = tableChecksum(d.core);
  const r = await d.core.call(channel, input as never, as);
  expect(tableChecksum(d.core), `${channel} changed the database`).toBe(before);
  return errorOf(r);
}

const audit = (auditors: Session[]) =>
  d.core.call('control.createAudit', auditInput(auditors.map(staffOf)), d.manager).then(unwrap);

async function started(auditors: Session[]) {
  const a = await audit(auditors);
  return unwrap(
    await d.core.call(
      'control.moveAudit',
      { id: a.audit.id, version: a.audit.version, to: 'in_progress' },
      d.manager,
    ),
  );
}

describe('planning an audit', () => {
  it('needs at least one auditor, and the lead among them', async () => {
    const none = await refused(d.manager, 'control.createAudit', auditInput([]));
    expect(none.fields).toEqual({ auditorIds: { key: 'validation.auditorsRequired' } });
    const lead = await refused(d.manager, 'control.createAudit', {
      ...auditInput([staffOf(d.auditor)]),
      leadAuditorId: staffOf(d.owner),
    });
    expect(lead.fields).toEqual({ leadAuditorId: { key: 'validation.leadNotAuditor' } });
  });

  it('numbers audits NK-<year of the audit date>-nnn, the lead auditor first', async () => {
    const a = await d.core.call(
      'control.createAudit',
      { ...auditInput([staffOf(d.marketStaff), staffOf(d.auditor)]), leadAuditorId: staffOf(d.auditor) },
      d.manager,
    );
    const created = unwrap(a);
    expect(created.audit.code).toMatch(/^NK-2026-\d{3}$/);
    expect(created.audit.status).toBe('planned');
    expect(created.audit.auditors.map((x) => [x.staffId, x.lead])).toEqual([
      [staffOf(d.auditor), true],
      [staffOf(d.marketStaff), false],
    ]);
  });

  it('refuses a period that ends before it starts', async () => {
    const e = await refused(d.manager, 'control.createAudit', {
      ...auditInput([staffOf(d.auditor)]),
      periodFrom: '2026-09-30',
      periodTo: '2026-07-01',
    });
    expect(e.fields).toEqual({ periodTo: { key: 'validation.auditPeriodOrder' } });
  });

  it('is for the manager and deputies only', async () => {
    expect(
      errorOf(await d.core.call('control.createAudit', auditInput([staffOf(d.auditor)]), d.salesLead)).code,
    ).toBe('FORBIDDEN');
    expect((await d.core.call('control.createAudit', auditInput([staffOf(d.auditor)]), d.deputy)).ok).toBe(
      true,
    );
  });
});

describe('recording findings', () => {
  it('only the audit’s auditors, the manager or a deputy record findings, while it is under way', async () => {
    const planned = await audit([d.auditor]);
    const early = await refused(d.auditor, 'control.addFinding', findingInput(planned.audit.id));
    expect(early.code).toBe('INVALID_STATE');

    const a = await started([d.auditor]);
    // Someone who is no auditor of it — even the lead of the group it looks at — does not see the audit at all.
    expect((await refused(d.salesLead, 'control.addFinding', findingInput(a.audit.id))).code).toBe(
      'NOT_FOUND',
    );
    expect((await refused(d.otherStaff, 'control.addFinding', findingInput(a.audit.id))).code).toBe(
      'NOT_FOUND',
    );

    const byAuditor = unwrap(await d.core.call('control.addFinding', findingInput(a.audit.id), d.auditor));
    expect(byAuditor.code).toBe(`${a.audit.code}-01`);
    const byDeputy = unwrap(
      await d.core.call('control.addFinding', findingInput(a.audit.id, { severity: 'high' }), d.deputy),
    );
    expect(byDeputy.code).toBe(`${a.audit.code}-02`);
  });

  it('an owner who sees the audit still may not record findings on it', async () => {
    const a = await started([d.auditor]);
    const f = unwrap(await d.core.call('control.addFinding', findingInput(a.audit.id), d.auditor));
    unwrap(
      await d.core.call('control.addRectification', rectificationInput(f.id, staffOf(d.owner)), d.auditor),
    );
    const e = await refused(d.owner, 'control.addFinding', findingInput(a.audit.id));
    expect(e).toMatchObject({ code: 'FORBIDDEN', fields: { auditId: { key: 'validation.onlyAuditors' } } });
  });
});

describe('rectifications', () => {
  async function rectification(): Promise<Rectification> {
    const a = await started([d.auditor]);
    const f = unwrap(await d.core.call('control.addFinding', findingInput(a.audit.id), d.auditor));
    return unwrap(
      await d.core.call('control.addRectification', rectificationInput(f.id, staffOf(d.owner)), d.auditor),
    );
  }

  it('is never due before the audit date', async () => {
    const a = await started([d.auditor]);
    const f = unwrap(await d.core.call('control.addFinding', findingInput(a.audit.id), d.auditor));
    const e = await refused(
      d.auditor,
      'control.addRectification',
      rectificationInput(f.id, staffOf(d.owner), { dueOn: '2026-11-09' }),
    );
    expect(e.fields).toEqual({ dueOn: { key: 'validation.dueBeforeAuditDate' } });
    const onTheDay = unwrap(
      await d.core.call(
        'control.addRectification',
        rectificationInput(f.id, staffOf(d.owner), { dueOn: AUDIT_ON }),
        d.auditor,
      ),
    );
    expect(onTheDay).toMatchObject({ status: 'open', dueOn: AUDIT_ON, groupId: d.groups.sales });
  });

  it('open → submitted → returned → submitted → verified, each step kept', async () => {
    let r = await rectification();
    const call = async (
      channel: 'control.submitRectification' | 'control.returnRectification' | 'control.verifyRectification',
      as: Session,
      extra: object,
    ) => (r = unwrap(await d.core.call(channel, { id: r.id, version: r.version, ...extra } as never, as)));

    // Files go with the evidence; the owner adds them while working on it.
    const file = unwrap(
      await d.core.call(
        'control.addEvidence',
        { rectificationId: r.id, fileName: '整改照片.pdf', bytes: evidenceBytes('a') },
        d.owner,
      ),
    );
    expect(file).toMatchObject({ fileName: '整改照片.pdf', mime: 'application/pdf' });

    await call('control.submitRectification', d.owner, { evidenceNote: '已补齐审核记录' });
    expect(r).toMatchObject({ status: 'submitted', evidenceNote: '已补齐审核记录' });
    // Handed in: the evidence stands as the auditor sees it.
    expect(
      (
        await refused(d.owner, 'control.addEvidence', {
          rectificationId: r.id,
          fileName: 'x.pdf',
          bytes: evidenceBytes('b'),
        })
      ).code,
    ).toBe('INVALID_STATE');

    await call('control.returnRectification', d.auditor, { comment: '缺少修订后的流程文件' });
    expect(r).toMatchObject({ status: 'returned', verifyComment: '缺少修订后的流程文件' });

    await call('control.submitRectification', d.owner, { evidenceNote: '已补充流程文件' });
    expect(r.status).toBe('submitted');

    await call('control.verifyRectification', d.auditor, { comment: '证据齐全' });
    expect(r).toMatchObject({
      status: 'verified',
      verifiedById: staffOf(d.auditor),
      verifyComment: '证据齐全',
    });

    const detail = unwrap(await d.core.call('control.getAudit', { id: r.auditId }, d.auditor));
    const shown = detail.findings[0]!.rectifications[0]!;
    expect(shown.steps.map((s) => [s.kind, s.note])).toEqual([
      ['submitted', '已补齐审核记录'],
      ['returned', '缺少修订后的流程文件'],
      ['submitted', '已补充流程文件'],
      ['verified', '证据齐全'],
    ]);
    expect(shown.evidence.map((e) => e.fileName)).toEqual(['整改照片.pdf']);
    expect(shown.allowed).toEqual({ edit: false, submit: false, review: false });
  });

  it('closing a rectification nobody verified is refused, with a clear error, nothing changed', async () => {
    const r = await rectification();
    // Nothing handed in: there is nothing to verify.
    const open = await refused(d.auditor, 'control.verifyRectification', { id: r.id, version: r.version });
    expect(open).toMatchObject({
      code: 'VALIDATION',
      fields: { comment: { key: 'validation.notSubmitted' } },
    });

    const submitted = unwrap(
      await d.core.call(
        'control.submitRectification',
        { id: r.id, version: r.version, evidenceNote: '已完成' },
        d.owner,
      ),
    );
    // The owner cannot close their own rectification; nor can anyone who does not audit it.
    for (const who of [d.owner, d.salesLead]) {
      const e = await refused(who, 'control.verifyRectification', { id: r.id, version: submitted.version });
      expect(e).toMatchObject({
        code: 'FORBIDDEN',
        fields: { comment: { key: 'validation.onlyAuditorsVerify' } },
      });
    }
    // Evidence needs a note.
    const blank = await refused(d.owner, 'control.submitRectification', {
      id: r.id,
      version: r.version,
      evidenceNote: ' ',
    });
    expect(blank.code).toBe('VALIDATION');
  });

  it('evidence is for its owner (or their group lead) to hand in, and opens for those who see it', async () => {
    const r = await rectification();
    const e = await refused(d.marketStaff, 'control.submitRectification', {
      id: r.id,
      version: r.version,
      evidenceNote: '代为提交',
    });
    expect(e.code).toBe('NOT_FOUND');
    const file = unwrap(
      await d.core.call(
        'control.addEvidence',
        { rectificationId: r.id, fileName: '签字表.pdf', bytes: evidenceBytes('lead') },
        d.salesLead,
      ),
    );
    const opened = unwrap(await d.core.call('control.openEvidence', { id: file.id }, d.auditor));
    expect(new TextDecoder().decode(opened.bytes)).toContain('evidence lead');
    expect(errorOf(await d.core.call('control.openEvidence', { id: file.id }, d.otherStaff)).code).toBe(
      'NOT_FOUND',
    );
    unwrap(await d.core.call('control.deleteEvidence', { id: file.id }, d.owner));
    expect(errorOf(await d.core.call('control.openEvidence', { id: file.id }, d.auditor)).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('closing an audit', () => {
  it('closes only when every rectification is verified', async () => {
    const a = await started([d.auditor]);
    const f = unwrap(await d.core.call('control.addFinding', findingInput(a.audit.id), d.auditor));
    let r = unwrap(
      await d.core.call('control.addRectification', rectificationInput(f.id, staffOf(d.owner)), d.auditor),
    );
    let audit = unwrap(await d.core.call('control.getAudit', { id: a.audit.id }, d.auditor)).audit;
    const report = await refused(d.auditor, 'control.moveAudit', {
      id: audit.id,
      version: audit.version,
      to: 'reported',
    });
    expect(report.fields).toEqual({ conclusion: { key: 'validation.required' } });
    audit = unwrap(
      await d.core.call(
        'control.moveAudit',
        { id: audit.id, version: audit.version, to: 'reported', conclusion: '合同审批总体有效' },
        d.auditor,
      ),
    ).audit;
    let detail = unwrap(await d.core.call('control.getAudit', { id: audit.id }, d.auditor));
    expect(detail.allowed.moves).toEqual(['in_progress']);

    const early = await refused(d.auditor, 'control.moveAudit', {
      id: audit.id,
      version: audit.version,
      to: 'closed',
    });
    expect(early).toMatchObject({
      code: 'VALIDATION',
      fields: { to: { key: 'validation.rectificationsUnverified', params: { count: 1 } } },
    });

    r = unwrap(
      await d.core.call(
        'control.submitRectification',
        { id: r.id, version: r.version, evidenceNote: '已完成' },
        d.owner,
      ),
    );
    unwrap(await d.core.call('control.verifyRectification', { id: r.id, version: r.version }, d.auditor));
    detail = unwrap(await d.core.call('control.getAudit', { id: audit.id }, d.auditor));
    expect(detail.allowed.moves).toEqual(['in_progress', 'closed']);
    const closed = unwrap(
      await d.core.call(
        'control.moveAudit',
        { id: audit.id, version: detail.audit.version, to: 'closed' },
        d.auditor,
      ),
    );
    expect(closed.audit.status).toBe('closed');
    expect(closed.allowed).toEqual({ edit: false, moves: [], addFinding: false });
  });

  it('an illegal move is refused, nothing changed', async () => {
    const a = await audit([d.auditor]);
    const e = await refused(d.auditor, 'control.moveAudit', {
      id: a.audit.id,
      version: a.audit.version,
      to: 'reported',
    });
    expect(e.code).toBe('INVALID_STATE');
  });
});

describe('My to-do', () => {
  it('the owner sees rectifications due within a week or overdue; auditors those waiting for verification', async () => {
    const a = await auditAt(d.core, d.manager, staffOf(d.marketStaff), 'in_progress');
    const f = unwrap(await d.core.call('control.addFinding', findingInput(a.audit.id), d.manager));
    // The test clock stands at 2026-11-27: one due in three days, one next month.
    const soon = unwrap(
      await d.core.call(
        'control.addRectification',
        rectificationInput(f.id, staffOf(d.otherStaff), { dueOn: '2026-11-30', requirement: '三日内整改' }),
        d.manager,
      ),
    );
    unwrap(
      await d.core.call(
        'control.addRectification',
        rectificationInput(f.id, staffOf(d.otherStaff), { dueOn: '2026-12-31', requirement: '下月整改' }),
        d.manager,
      ),
    );
    const todos = unwrap(await d.core.call('todo.list', {}, d.otherStaff)).items;
    expect(
      todos.filter((t) => t.kind === 'rectificationDue').map((t) => [t.title, t.urgency, t.link]),
    ).toEqual([['三日内整改', 'soon', `/control/${a.audit.id}`]]);

    unwrap(
      await d.core.call(
        'control.submitRectification',
        { id: soon.id, version: soon.version, evidenceNote: '已完成' },
        d.otherStaff,
      ),
    );
    const auditorTodos = unwrap(await d.core.call('todo.list', {}, d.marketStaff)).items;
    expect(auditorTodos.filter((t) => t.kind === 'rectificationVerify').map((t) => t.title)).toEqual([
      '三日内整改',
    ]);
    const ownerTodos = unwrap(await d.core.call('todo.list', {}, d.otherStaff)).items;
    expect(ownerTodos.filter((t) => t.kind === 'rectificationDue')).toEqual([]);
  });
});
