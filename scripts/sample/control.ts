/**
 * Internal control (内部控制, 五(四)): last year's internal audit of sales contracts and credit management —
 * findings of every severity, their rectifications handed in, one sent back and handed in again, all
 * verified, the audit reported and closed — and this quarter's inspection of complaint handling, still in
 * progress: a rectification verified, one waiting for the auditor, one returned, two still open (one past
 * its date). Auditors record and verify, owners (or their group's lead) hand in the evidence, all through
 * the contract.
 */
import type { Session } from '../../src/main/core/session';
import type { FindingSeverity, Rectification } from '../../src/shared/control/types';
import type { SampleContext, SampleDomain } from './context';
import { stepAt } from './moments';

interface RectPlan {
  requirement: string;
  /** A documented login, or 'member' (a group member without one: the lead hands in for them). */
  owner: string;
  dueAgo: number;
  /** What happened to it, each step about this many days ago. */
  submitAgo?: number;
  returnAgo?: number;
  resubmitAgo?: number;
  verifyAgo?: number;
  evidence: string;
  returnComment?: string;
}

interface FindingPlan {
  severity: FindingSeverity;
  title: string;
  description: string;
  riskKey?: string;
  process?: string;
  rectifications: RectPlan[];
}

interface AuditPlan {
  type: 'internal_audit' | 'inspection';
  title: string;
  scope: string;
  /** The group audited: whose members own the rectifications. */
  group: 'sales' | 'service';
  auditors: [string, string];
  plannedAgo: number;
  auditAgo: number;
  periodDays: number;
  reportedAgo?: number;
  closedAgo?: number;
  conclusion: string;
  findings: FindingPlan[];
}

const AUDITS: readonly AuditPlan[] = [
  {
    type: 'internal_audit',
    title: '销售合同与信用管理内部审计',
    scope: '销售合同签订与审核、客户信用额度审批、应收账款催收管理及合同归档。',
    group: 'sales',
    auditors: ['deputy1', 'lead.service'],
    plannedAgo: 240,
    auditAgo: 225,
    periodDays: 365,
    reportedAgo: 195,
    closedAgo: 140,
    conclusion:
      '销售合同与信用管理制度基本健全，但合同审核和信用额度控制执行不到位，应收账款催收记录不完整。共发现问题4项，均已下达整改要求。',
    findings: [
      {
        severity: 'high',
        title: '部分销售合同未经审核即签订',
        description: '抽查合同60份，其中7份非标准合同未经法务审核即盖章签订，违约条款对我方不利。',
        riskKey: 'contract',
        process: '合同审核',
        rectifications: [
          {
            requirement: '对未经审核的7份合同逐份补充审核，必要时签订补充协议；重申非标准合同审核要求。',
            owner: 'lead.sales',
            dueAgo: 190,
            submitAgo: 200,
            returnAgo: 197,
            resubmitAgo: 188,
            verifyAgo: 185,
            evidence: '7份合同已补充审核，其中2份已签订补充协议；合同审核要求已在组会上重申。',
            returnComment: '请补充整改后一个月的合同抽查记录，证明审核要求已执行。',
          },
        ],
      },
      {
        severity: 'medium',
        title: '信用额度超限发货未经审批',
        description: '3家客户应收余额超过核定额度后仍继续发货，未见超额审批记录。',
        riskKey: 'receivables',
        process: '信用额度审批',
        rectifications: [
          {
            requirement: '超额部分限期收回；发货前增加信用额度核对环节。',
            owner: 'staff1',
            dueAgo: 180,
            submitAgo: 184,
            verifyAgo: 178,
            evidence: '超额部分已全部收回，发货前额度核对清单已启用。',
          },
        ],
      },
      {
        severity: 'medium',
        title: '应收账款催收记录不完整',
        description: '逾期客户催收仅有电话沟通，缺少书面催收函和催收记录。',
        process: '应收账款催收',
        rectifications: [
          {
            requirement: '建立逾期账款催收台账，逾期30天以上发送书面催收函并存档。',
            owner: 'member',
            dueAgo: 175,
            submitAgo: 178,
            verifyAgo: 170,
            evidence: '催收台账已建立，本月已发送书面催收函5份并存档。',
          },
        ],
      },
      {
        severity: 'low',
        title: '合同归档不及时',
        description: '部分合同签订后超过一个月未归档。',
        process: '合同归档',
        rectifications: [
          {
            requirement: '合同签订后五个工作日内归档，每月核对。',
            owner: 'staff1',
            dueAgo: 185,
            submitAgo: 190,
            verifyAgo: 186,
            evidence: '历史合同已全部归档，归档登记表已建立。',
          },
        ],
      },
    ],
  },
  {
    type: 'inspection',
    title: '客户投诉处理专项检查',
    scope: '投诉受理登记、调查处理、时限管理、客户回访及客户信息保护。',
    group: 'service',
    auditors: ['deputy2', 'lead.market'],
    plannedAgo: 45,
    auditAgo: 35,
    periodDays: 180,
    conclusion: '',
    findings: [
      {
        severity: 'high',
        title: '部分投诉超出解决时限未升级处理',
        description: '抽查投诉80件，其中9件超出解决时限，未按规定报告组长升级处理。',
        riskKey: 'complaints',
        process: '投诉时限管理',
        rectifications: [
          {
            requirement: '建立超时投诉升级机制，对9件超时投诉逐件说明原因。',
            owner: 'lead.service',
            dueAgo: 5,
            evidence: '',
          },
          {
            requirement: '整理超时投诉原因分析并组织全组学习时限管理规定。',
            owner: 'staff2',
            dueAgo: -10,
            submitAgo: 3,
            evidence: '原因分析已完成，全组学习已于本周组会进行，签到表已存档。',
          },
        ],
      },
      {
        severity: 'medium',
        title: '投诉关闭后回访记录缺失',
        description: '已关闭投诉中约三成无回访记录。',
        process: '投诉回访',
        rectifications: [
          {
            requirement: '补充近三个月已关闭投诉的回访记录。',
            owner: 'staff2',
            dueAgo: -7,
            submitAgo: 16,
            returnAgo: 11,
            evidence: '已补充回访记录40条。',
            returnComment: '回访记录未覆盖全部已关闭投诉，请补充其余部分并附回访结果统计。',
          },
        ],
      },
      {
        severity: 'low',
        title: '投诉分类填写不规范',
        description: '部分投诉分类与内容不符，影响统计分析。',
        process: '投诉受理登记',
        rectifications: [
          {
            requirement: '修订投诉分类填写说明，对错误分类逐条更正。',
            owner: 'member',
            dueAgo: 15,
            submitAgo: 20,
            verifyAgo: 17,
            evidence: '分类填写说明已修订，错误分类已更正。',
          },
        ],
      },
      {
        severity: 'low',
        title: '导出的客户名单未做脱敏处理',
        description: '发现两份含客户手机号的名单在组内以文件形式传阅。',
        process: '客户信息保护',
        rectifications: [
          {
            requirement: '清理已导出的客户名单文件，今后仅在系统内查阅。',
            owner: 'lead.service',
            dueAgo: -20,
            evidence: '',
          },
        ],
      },
    ],
  },
];

export const controlSample: SampleDomain = {
  name: 'control',
  async generate(ctx: SampleContext) {
    const org = ctx.ids.org;
    const risks = ctx.ids.risk;
    if (!org || !risks) throw new Error('the control sample needs the org and risk samples first');
    const { rng, time } = ctx;
    const staffOf = (username: string) => org.accounts[username]!.staffId;
    const session = (username: string): Promise<Session> => ctx.sessionFor(username);
    const counts = { findings: 0, rectifications: 0 };

    for (const plan of AUDITS) {
      const lead = plan.group === 'sales' ? 'lead.sales' : 'lead.service';
      const withLogin = new Set(Object.values(org.accounts).map((a) => a.staffId));
      const members = org.activeStaffByGroup[plan.group].filter((id) => !withLogin.has(id));
      const auditor = await session(plan.auditors[0]);
      let last = stepAt(ctx, null, plan.plannedAgo)!;
      time.at(last);
      const auditOn = time.dateAgo(plan.auditAgo);
      let audit = await ctx.call('control.createAudit', {
        type: plan.type,
        title: `${auditOn.slice(0, 4)}年${plan.title}`,
        scope: plan.scope,
        periodFrom: time.dateAgo(plan.auditAgo + plan.periodDays),
        periodTo: time.dateAgo(plan.auditAgo + 1),
        auditOn,
        auditorIds: plan.auditors.map(staffOf),
        leadAuditorId: staffOf(plan.auditors[0]),
      });
      const at = (ago: number): boolean => {
        const next = stepAt(ctx, last, ago);
        if (!next) return false;
        last = next;
        time.at(next);
        return true;
      };
      if (!at(plan.auditAgo)) continue;
      audit = await ctx.call(
        'control.moveAudit',
        { id: audit.audit.id, version: audit.audit.version, to: 'in_progress', conclusion: null },
        auditor,
      );

      const work: { rect: Rectification; plan: RectPlan; owner: Session }[] = [];
      for (const f of plan.findings) {
        if (!at(plan.auditAgo - rng.int(1, 4))) break;
        const finding = await ctx.call(
          'control.addFinding',
          {
            auditId: audit.audit.id,
            severity: f.severity,
            title: f.title,
            description: f.description,
            riskId: f.riskKey ? (risks.byKey[f.riskKey] ?? null) : null,
            process: f.process ?? null,
          },
          auditor,
        );
        counts.findings++;
        for (const r of f.rectifications) {
          const ownerId = r.owner === 'member' ? rng.pick(members) : staffOf(r.owner);
          const rect = await ctx.call(
            'control.addRectification',
            {
              findingId: finding.id,
              requirement: r.requirement,
              ownerId,
              dueOn: time.dateAgo(r.dueAgo),
            },
            auditor,
          );
          counts.rectifications++;
          work.push({ rect, plan: r, owner: await session(r.owner === 'member' ? lead : r.owner) });
        }
      }

      // The rectifications worked through in the order things happened.
      type Step = { ago: number; run: () => Promise<void> };
      const steps: Step[] = [];
      for (const w of work) {
        const r = w.plan;
        const ref = () => ({ id: w.rect.id, version: w.rect.version });
        const submit = async (evidenceNote: string) => {
          w.rect = await ctx.call('control.submitRectification', { ...ref(), evidenceNote }, w.owner);
        };
        const sendBack = async (comment: string) => {
          w.rect = await ctx.call('control.returnRectification', { ...ref(), comment }, auditor);
        };
        const verify = async () => {
          w.rect = await ctx.call(
            'control.verifyRectification',
            { ...ref(), comment: '整改到位，同意关闭。' },
            auditor,
          );
        };
        if (r.submitAgo !== undefined) steps.push({ ago: r.submitAgo, run: () => submit(r.evidence) });
        if (r.returnAgo !== undefined)
          steps.push({
            ago: r.returnAgo,
            run: () => sendBack(r.returnComment!),
          });
        if (r.resubmitAgo !== undefined)
          steps.push({
            ago: r.resubmitAgo,
            run: () => submit(`${r.evidence}已补充整改后一个月的合同抽查记录。`),
          });
        if (r.verifyAgo !== undefined) steps.push({ ago: r.verifyAgo, run: verify });
      }
      if (plan.reportedAgo !== undefined)
        steps.push({
          ago: plan.reportedAgo,
          run: async () => {
            const fresh = await ctx.call('control.getAudit', { id: audit.audit.id }, auditor);
            audit = await ctx.call(
              'control.moveAudit',
              {
                id: fresh.audit.id,
                version: fresh.audit.version,
                to: 'reported',
                conclusion: plan.conclusion,
              },
              auditor,
            );
          },
        });
      if (plan.closedAgo !== undefined)
        steps.push({
          ago: plan.closedAgo,
          run: async () => {
            const fresh = await ctx.call('control.getAudit', { id: audit.audit.id }, auditor);
            audit = await ctx.call(
              'control.moveAudit',
              { id: fresh.audit.id, version: fresh.audit.version, to: 'closed', conclusion: null },
              auditor,
            );
          },
        });
      for (const s of steps.sort((a, b) => b.ago - a.ago)) {
        if (!at(s.ago)) break;
        await s.run();
      }
    }

    time.at(time.now);
    ctx.counts.audits = AUDITS.length;
    ctx.counts['audits.findings'] = counts.findings;
    ctx.counts['audits.rectifications'] = counts.rectifications;
  },
};
