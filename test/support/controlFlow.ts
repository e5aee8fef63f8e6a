import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { ChannelInput } from '../../src/shared/contract/channels';
import type {
  AuditDetail,
  AuditStatus,
  ControlFinding,
  Rectification,
  RectificationStatus,
} from '../../src/shared/control/types';
import { unwrap } from './core';

/**
 * Audits, findings and rectifications walked to a given step through the control channels, by the manager
 * (who may act for any auditor and hand in evidence for anyone), for tests and channel examples. The audit
 * date lies before the test clock's start (FakeClock: 2026-11-27T02:00Z).
 */
export const AUDIT_ON = '2026-11-10';

export function auditInput(
  auditorIds: string[],
  over: Partial<ChannelInput<'control.createAudit'>> = {},
): ChannelInput<'control.createAudit'> {
  return {
    type: 'internal_audit',
    title: '2026年第三季度合同管理内部审计',
    scope: '销售合同的审批、签订与归档',
    periodFrom: '2026-07-01',
    periodTo: '2026-09-30',
    auditOn: AUDIT_ON,
    auditorIds,
    leadAuditorId: auditorIds[0] ?? null,
    ...over,
  };
}

export async function auditAt(
  core: Core,
  manager: Session,
  auditorId: string,
  status: AuditStatus,
): Promise<AuditDetail> {
  let a = unwrap(await core.call('control.createAudit', auditInput([auditorId]), manager));
  const move = async (to: AuditStatus, conclusion: string | null = null) => {
    a = unwrap(
      await core.call(
        'control.moveAudit',
        { id: a.audit.id, version: a.audit.version, to, conclusion },
        manager,
      ),
    );
  };
  if (status === 'planned') return a;
  await move('in_progress');
  if (status === 'reported' || status === 'closed') await move('reported', '合同审批流程基本有效');
  if (status === 'closed') await move('closed');
  return a;
}

export const findingInput = (
  auditId: string,
  over: Partial<ChannelInput<'control.addFinding'>> = {},
): ChannelInput<'control.addFinding'> => ({
  auditId,
  severity: 'medium',
  title: '部分合同未经法务审核即签订',
  description: '抽查 30 份合同，其中 3 份缺少法务审核记录',
  riskId: null,
  process: '合同审批',
  ...over,
});

/** A finding on a fresh audit under way, audited by `auditorId`. */
export async function findingOn(core: Core, manager: Session, auditorId: string): Promise<ControlFinding> {
  const audit = await auditAt(core, manager, auditorId, 'in_progress');
  return unwrap(await core.call('control.addFinding', findingInput(audit.audit.id), manager));
}

export const rectificationInput = (
  findingId: string,
  ownerId: string,
  over: Partial<ChannelInput<'control.addRectification'>> = {},
): ChannelInput<'control.addRectification'> => ({
  findingId,
  requirement: '补齐 3 份合同的法务审核并修订审批流程',
  ownerId,
  dueOn: '2026-12-15',
  ...over,
});

/**
 * A rectification owned by `ownerId` on a fresh audit audited by `auditorId`, walked by the manager to
 * `status` (returned: submitted once and returned).
 */
export async function rectificationAt(
  core: Core,
  manager: Session,
  who: { auditorId: string; ownerId: string },
  status: RectificationStatus,
): Promise<Rectification> {
  const finding = await findingOn(core, manager, who.auditorId);
  let r = unwrap(
    await core.call('control.addRectification', rectificationInput(finding.id, who.ownerId), manager),
  );
  if (status === 'open') return r;
  r = unwrap(
    await core.call(
      'control.submitRectification',
      { id: r.id, version: r.version, evidenceNote: '已补齐法务审核，流程已修订' },
      manager,
    ),
  );
  if (status === 'returned')
    r = unwrap(
      await core.call(
        'control.returnRectification',
        { id: r.id, version: r.version, comment: '缺少修订后的流程文件' },
        manager,
      ),
    );
  if (status === 'verified')
    r = unwrap(await core.call('control.verifyRectification', { id: r.id, version: r.version }, manager));
  return r;
}

export const evidenceBytes = (n: number | string = 1): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`%PDF-1.4\n% evidence ${n}\n`);
