/**
 * Customer service (rulebook 三(三)): a year of inquiries and complaints at the service desk, linked to the
 * sample clients (callers ring from their contacts' mobiles; a few callers are unknown), across channels,
 * categories and responsible departments; each ticket taken through its workflow at the moments it would
 * have happened — most within their deadlines, some late, a few reopened, and the last days' tickets still
 * open (some already overdue, so the desk's to-do is never empty). Delivery complaints fall after the
 * delivery improvement measure of about five months ago, so its effect check reads "better".
 * Everything goes through the contract as the desk's people, so the rules, deadlines and audit trail apply.
 */
import type { Session } from '../../src/main/core/session';
import type { ImprovementStatus } from '../../src/shared/improvement/types';
import type {
  FeedbackMethod,
  TicketChannel,
  TicketDetail,
  TicketKind,
  TicketSeverity,
} from '../../src/shared/service/types';
import type { SampleContext, SampleDomain } from './context';
import type { Random } from './random';

/** Tickets in a year at scale 1 (about two a working day). */
export const TICKETS_AT_SCALE_1 = 460;

const CHANNELS: readonly (readonly [TicketChannel, number])[] = [
  ['hotline', 45],
  ['wechat', 25],
  ['email', 15],
  ['walk_in', 10],
  ['other', 5],
];

const SEVERITIES: readonly (readonly [TicketSeverity, number])[] = [
  ['normal', 78],
  ['major', 17],
  ['critical', 5],
];

interface Topic {
  category: string;
  /** Responsible departments the investigation names, by weight. */
  departments: readonly (readonly [string, number])[];
  complaints: readonly string[];
  findings: readonly string[];
  rootCauses: readonly string[];
  solutions: readonly string[];
  actions: readonly string[];
}

const TOPICS: readonly Topic[] = [
  {
    category: 'product_quality',
    departments: [
      ['quality', 5],
      ['production', 4],
    ],
    complaints: [
      '客户反映上批次产品有明显划痕，部分无法使用，要求退换。',
      '收到的设备运行噪音大，使用两周后出现异常停机。',
      '产品尺寸与合同规格不符，偏差超出允许范围。',
      '包装内配件缺失，说明书与实际型号不一致。',
      '同一批次多件产品出现漏液，影响客户生产线。',
    ],
    findings: [
      '抽检同批次库存，确认存在表面处理不良问题。',
      '复现故障，确认为控制板焊点虚焊。',
      '核对出厂检验记录，尺寸检测环节漏检。',
    ],
    rootCauses: ['来料检验标准执行不到位', '生产线工艺参数调整后未复核', '出厂检验抽样比例不足'],
    solutions: ['为客户免费更换同批次产品并承担运费', '上门维修并延长保修期半年', '补发缺失配件并更新说明书'],
    actions: ['安排换货并跟踪物流', '质量部出具分析报告', '生产线工艺参数复核', '补发配件'],
  },
  {
    category: 'delivery',
    departments: [
      ['logistics', 7],
      ['sales', 2],
    ],
    complaints: [
      '订单承诺本周三到货，至今未收到，客户生产计划受影响。',
      '货物到达时外箱破损，部分产品受潮。',
      '发货数量少于订单数量，缺少两箱。',
      '物流信息长时间未更新，客户无法确认到货时间。',
    ],
    findings: [
      '承运商中转延误两天，未及时通知客户。',
      '装车时未按规范加固，运输途中挤压。',
      '仓库拣货单与订单核对遗漏。',
    ],
    rootCauses: ['承运商时效管理不严', '装车加固规范未执行', '出库复核流程缺失'],
    solutions: ['加急补发并减免本次运费', '赔偿受损货物并重新发货', '补发缺少的货物并致歉'],
    actions: ['联系承运商加急派送', '仓库补发货物', '更新客户到货时间', '与承运商约谈时效'],
  },
  {
    category: 'service_attitude',
    departments: [
      ['customer_service', 5],
      ['sales', 4],
    ],
    complaints: [
      '客户反映热线客服答复敷衍，问题未得到解决。',
      '销售人员多次承诺回电但未回电。',
      '上门服务人员迟到且未提前告知。',
    ],
    findings: ['调取通话录音，确认答复不够耐心。', '核实回电记录，确有两次未按约回电。'],
    rootCauses: ['新员工服务规范培训不足', '回电提醒未落实到人'],
    solutions: ['由组长上门致歉并解决客户问题', '指定专人跟进并每日反馈进度'],
    actions: ['组长电话致歉', '安排专人跟进', '组织服务规范培训'],
  },
  {
    category: 'billing',
    departments: [
      ['finance', 7],
      ['sales', 2],
    ],
    complaints: [
      '发票金额与合同金额不一致，客户无法入账。',
      '已付款但系统仍显示欠款，客户收到催款通知。',
      '对账单中重复计费一笔。',
    ],
    findings: ['核对开票记录，税率选择错误。', '银行回单已到账，但未及时核销。'],
    rootCauses: ['开票前未与合同核对', '回款核销不及时'],
    solutions: ['作废原发票并重新开具', '核销回款并书面说明'],
    actions: ['财务重新开票', '核销回款并更新对账单', '向客户发送说明函'],
  },
  {
    category: 'other',
    departments: [['customer_service', 1]],
    complaints: ['客户对售后政策调整有意见，希望保留原有服务内容。', '客户反映官网联系方式已失效。'],
    findings: ['政策调整已提前通知，但客户未收到邮件。'],
    rootCauses: ['通知渠道单一'],
    solutions: ['电话说明政策并提供过渡期安排'],
    actions: ['电话说明政策', '更新官网联系方式'],
  },
];

const COMPLAINT_WEIGHTS: readonly (readonly [Topic, number])[] = TOPICS.map(
  (t) =>
    [
      t,
      { product_quality: 34, delivery: 28, service_attitude: 14, billing: 15, other: 9 }[t.category] ?? 5,
    ] as const,
);

const INQUIRIES: readonly (readonly [string, string, string])[] = [
  ['product_quality', '询问产品保修期限及保修范围。', '保修期为一年，非人为损坏免费维修，详见保修卡。'],
  [
    'product_quality',
    '咨询新型号与旧型号的区别，是否兼容原有配件。',
    '新型号接口兼容旧配件，能耗降低约15%。',
  ],
  ['delivery', '询问订单的预计到货时间。', '已发货，预计三个工作日内送达，物流单号已短信发送。'],
  ['delivery', '能否改为到厂自提。', '可以，请提前一天预约，提货时出示订单号。'],
  [
    'billing',
    '咨询开具增值税专用发票需要提供哪些资料。',
    '请提供开票信息（名称、税号、地址电话、开户行及账号）。',
  ],
  ['billing', '询问对公转账的账户信息。', '已通过邮件发送公司收款账户信息。'],
  ['service_attitude', '咨询上门安装服务的预约方式。', '可通过热线或微信预约，工作日两天内上门。'],
  ['other', '询问是否有年度采购优惠政策。', '年度采购满一定金额可享阶梯折扣，已转销售跟进。'],
  ['other', '咨询贵公司的质量体系认证情况。', '公司已通过ISO9001认证，证书扫描件已邮件发送。'],
];

const FEEDBACK_METHODS: readonly (readonly [FeedbackMethod, number])[] = [
  ['phone', 70],
  ['wechat', 15],
  ['visit', 8],
  ['email', 7],
];

const FIRST_RESPONSES = [
  '已致电客户确认情况，承诺尽快调查并反馈。',
  '已回复客户收到投诉，正在安排调查。',
  '已与客户联系人沟通，记录详细情况。',
];

/** The delivery measure took effect this many days ago; delivery complaints fall after it. */
const DELIVERY_MEASURE_AGO = 150;

interface Caller {
  clientId: string;
  clientName: string;
  contactId: string | null;
  phone: string | null;
}

export const serviceSample: SampleDomain = {
  name: 'service',
  async generate(ctx: SampleContext) {
    const org = ctx.ids.org;
    if (!org) throw new Error('the service sample needs the org sample first');
    const { rng, time } = ctx;
    const login = (u: string) => org.accounts[u]!.staffId;
    const desk = await ctx.sessionFor('lead.service');
    const staff2 = await ctx.sessionFor('staff2');
    const handlers = org.activeStaffByGroup.service;
    const sessionFor = (handlerId: string): Session => (handlerId === login('staff2') ? staff2 : desk);

    const callers = await loadCallers(ctx);
    if (callers.length === 0) throw new Error('the service sample needs the clients sample first');
    const total = Math.max(30, Math.round(TICKETS_AT_SCALE_1 * Math.min(ctx.scale, 1)));
    const counts = { inquiries: 0, complaints: 0, open: 0, reopened: 0, late: 0 };

    for (let i = 0; i < total; i++) {
      // Spread over the year, a little busier lately; the last fortnight's tickets are still being worked on.
      const ago = Math.floor(365 * Math.pow(rng.next(), 1.15));
      const kind: TicketKind = rng.chance(0.55) ? 'inquiry' : 'complaint';
      let topic = rng.weighted(COMPLAINT_WEIGHTS);
      // Delivery complaints piled up in the months before the delivery measure (why it was taken); after it,
      // most would-be delivery complaints do not happen.
      const delivery = TOPICS.find((x) => x.category === 'delivery')!;
      const beforeMeasure = ago >= DELIVERY_MEASURE_AGO && ago < DELIVERY_MEASURE_AGO + 120;
      if (kind === 'complaint' && beforeMeasure && rng.chance(0.25)) topic = delivery;
      if (kind === 'complaint' && topic === delivery && ago < DELIVERY_MEASURE_AGO && rng.chance(0.75))
        topic = TOPICS[0]!;
      const handlerId = rng.chance(0.3) ? login('staff2') : rng.pick(handlers);
      const session = sessionFor(handlerId);
      const receivedAt = time.workMoment(rng, ago);
      const caller = rng.chance(0.92) ? rng.pick(callers) : null;
      const inquiry = rng.pick(INQUIRIES);
      time.at(time.later(receivedAt, rng.int(1, 6)));
      const created = await ctx.call(
        'service.create',
        {
          kind,
          channel: rng.weighted(CHANNELS),
          callerPhone: caller?.phone ?? `0${rng.int(10, 99)}-${rng.digits(8)}`,
          clientId: caller?.clientId ?? null,
          callerName: caller ? null : rng.pick(['王先生', '李女士', '陈经理', '刘工', '张女士']),
          contactId: caller?.contactId ?? null,
          receivedAt: receivedAt.toISOString(),
          content: kind === 'complaint' ? rng.pick(topic.complaints) : inquiry[1],
          category: kind === 'complaint' ? topic.category : inquiry[0],
          severity: kind === 'complaint' ? rng.weighted(SEVERITIES) : 'normal',
          handlerId,
        },
        session,
      );
      if (kind === 'inquiry') counts.inquiries++;
      else counts.complaints++;

      const step = async (minutesLater: number, from: Date): Promise<Date | null> => {
        const at = officeMinutesLater(time, from, minutesLater);
        if (at.getTime() >= time.now.getTime() - 60_000) return null;
        time.at(at);
        return at;
      };
      // How far the ticket got: the last fortnight's are often still open.
      const stopEarly = ago < 14 && rng.chance(0.6);
      const late = rng.chance(0.12);
      if (late) counts.late++;

      if (kind === 'inquiry') {
        const answered =
          stopEarly && rng.chance(0.5)
            ? null
            : await step(late ? rng.int(1500, 3000) : rng.int(10, 600), receivedAt);
        if (!answered) {
          counts.open++;
          continue;
        }
        let t = await ctx.call(
          'service.answer',
          { id: created.id, version: created.version, at: answered.toISOString(), answer: inquiry[2] },
          session,
        );
        const closed = stopEarly ? null : await step(rng.int(30, 2000), answered);
        if (closed)
          t = await ctx.call(
            'service.close',
            { id: t.id, version: t.version, at: closed.toISOString() },
            session,
          );
        else counts.open++;
        continue;
      }

      await runComplaint(ctx, rng, created, topic, session, receivedAt, step, { stopEarly, late }, counts);
    }

    await improvementMeasures(ctx, login);
    time.at(time.now);
    ctx.counts.tickets = total;
    ctx.counts['tickets.inquiries'] = counts.inquiries;
    ctx.counts['tickets.complaints'] = counts.complaints;
    ctx.counts['tickets.open'] = counts.open;
    ctx.counts['tickets.reopened'] = counts.reopened;
  },
};

type Step = (minutesLater: number, from: Date) => Promise<Date | null>;

/**
 * `minutes` of office time after `from`: time.later carries one short step past closing time to the next
 * morning, so a long wait (a day or two) is walked in hour-long steps — nothing lands at night or at a weekend.
 */
export function officeMinutesLater(time: SampleContext['time'], from: Date, minutes: number): Date {
  let at = from;
  for (let left = minutes; left > 0; left -= 60) {
    const next = time.later(at, Math.min(60, left));
    if (next.getTime() <= at.getTime()) return next;
    at = next;
  }
  return at;
}

async function runComplaint(
  ctx: SampleContext,
  rng: Random,
  created: TicketDetail,
  topic: Topic,
  session: Session,
  receivedAt: Date,
  step: Step,
  plan: { stopEarly: boolean; late: boolean },
  counts: { open: number; reopened: number },
): Promise<void> {
  const stopAt = plan.stopEarly ? rng.int(0, 3) : 99;
  const open = () => {
    counts.open++;
  };
  const responded =
    stopAt === 0 ? null : await step(plan.late ? rng.int(300, 900) : rng.int(15, 200), receivedAt);
  if (!responded) return open();
  let t = await ctx.call(
    'service.startInvestigation',
    {
      id: created.id,
      version: created.version,
      at: responded.toISOString(),
      note: rng.pick(FIRST_RESPONSES),
    },
    session,
  );
  const investigated = stopAt === 1 ? null : await step(rng.int(120, 1500), responded);
  if (!investigated) return open();
  const department = rng.weighted(topic.departments);
  t = await ctx.call(
    'service.startResolving',
    {
      id: t.id,
      version: t.version,
      at: investigated.toISOString(),
      findings: rng.pick(topic.findings),
      rootCause: rng.pick(topic.rootCauses),
      responsibleDept: department,
      solution: rng.pick(topic.solutions),
    },
    session,
  );
  let last = investigated;
  for (let a = rng.int(1, 3); a > 0; a--) {
    const action = await ctx.call(
      'service.addAction',
      {
        ticketId: t.id,
        department: a === 1 ? department : rng.weighted(topic.departments),
        ownerId: t.handlerId,
        description: rng.pick(topic.actions),
        dueDate: ctx.time.dateOf(new Date(last.getTime() + 2 * 86_400_000)),
      },
      session,
    );
    const done = stopAt === 2 && a === 1 ? null : await step(rng.int(60, plan.late ? 3000 : 1200), last);
    if (!done) return open();
    await ctx.call(
      'service.completeAction',
      { id: action.id, version: action.version, at: done.toISOString(), note: null },
      session,
    );
    last = done;
  }
  t = await ctx.call('service.get', { id: t.id }, session);
  const resolved = await step(rng.int(10, 240), last);
  if (!resolved) return open();
  t = await ctx.call(
    'service.resolve',
    { id: t.id, version: t.version, at: resolved.toISOString(), summary: rng.pick(topic.solutions) },
    session,
  );
  const fedBack = stopAt === 3 ? null : await step(rng.int(120, 2400), resolved);
  if (!fedBack) return open();
  const score = plan.late
    ? rng.int(1, 4)
    : rng.weighted([
        [5, 45],
        [4, 35],
        [3, 14],
        [2, 4],
        [1, 2],
      ] as const);
  t = await ctx.call(
    'service.close',
    {
      id: t.id,
      version: t.version,
      at: fedBack.toISOString(),
      feedbackMethod: rng.weighted(FEEDBACK_METHODS),
      feedbackAt: fedBack.toISOString(),
      feedbackNote: score >= 4 ? '客户对处理结果表示满意。' : '客户认为处理时间偏长，希望改进。',
      clientSatisfied: score >= 3,
      satisfactionScore: score,
    },
    session,
  );
  // A few come back: the problem recurred or the client was not satisfied after all.
  if (score <= 3 && rng.chance(0.35)) {
    const back = await step(rng.int(600, 6000), fedBack);
    if (!back) return;
    await ctx.call(
      'service.reopen',
      { id: t.id, version: t.version, reason: '客户反馈问题再次出现，要求重新处理。' },
      session,
    );
    counts.reopened++;
  }
}

/** Every sample client with a contact that has a mobile, as the caller the desk would see. */
async function loadCallers(ctx: SampleContext): Promise<Caller[]> {
  const callers: Caller[] = [];
  for (let page = 1; ; page++) {
    const list = await ctx.call('clients.list', { page, pageSize: 200 });
    for (const c of list.rows) {
      callers.push({
        clientId: c.id,
        clientName: c.name,
        contactId: null,
        phone: c.primaryContactMobile,
      });
    }
    if (page * 200 >= list.total) break;
  }
  // The primary contact, when the file has one with a mobile; otherwise the caller is the company itself.
  const withContacts: Caller[] = [];
  for (const c of callers) {
    const detail = await ctx.call('clients.get', { id: c.clientId });
    const contact =
      detail.contacts.find((k) => k.isPrimary && k.mobile) ?? detail.contacts.find((k) => k.mobile);
    withContacts.push({ ...c, contactId: contact?.id ?? null, phone: contact?.mobile ?? null });
  }
  return withContacts;
}

/** Measures from the year's statistics: one done long enough ago to show its effect, others under way. */
async function improvementMeasures(ctx: SampleContext, login: (u: string) => string): Promise<void> {
  const { time } = ctx;
  const plan: {
    title: string;
    description: string;
    category: string;
    owner: string;
    createdAgo: number;
    dueAgo: number;
    status: ImprovementStatus;
    effectiveAgo?: number;
    result?: string;
  }[] = [
    {
      title: '更换干线承运商并建立到货时效考核',
      description: '针对到货延误投诉集中的问题，更换两条干线承运商，签订时效协议，每周通报准时率。',
      category: 'delivery',
      owner: 'lead.sales',
      createdAgo: DELIVERY_MEASURE_AGO + 30,
      dueAgo: DELIVERY_MEASURE_AGO,
      status: 'done',
      effectiveAgo: DELIVERY_MEASURE_AGO,
      result: '新承运商已于本月起全面接手，准时率由82%提升至96%。',
    },
    {
      title: '开票前合同金额双人复核',
      description: '发票金额与合同不一致的投诉反复出现：开票前由销售与财务双人核对合同金额和税率。',
      category: 'billing',
      owner: 'lead.service',
      createdAgo: 80,
      dueAgo: 50,
      status: 'done',
      effectiveAgo: 50,
      result: '复核清单已上线，财务每月抽查。',
    },
    {
      title: '来料检验标准修订与抽检比例提高',
      description: '产品质量投诉居首：修订来料检验标准，关键部件抽检比例由5%提高到10%。',
      category: 'product_quality',
      owner: 'lead.service',
      createdAgo: 40,
      dueAgo: -20,
      status: 'in_progress',
    },
    {
      title: '新员工服务规范培训',
      description: '服务态度投诉多涉及入职不满半年的员工：开展服务规范和回电制度培训。',
      category: 'service_attitude',
      owner: 'staff2',
      createdAgo: 10,
      dueAgo: -25,
      status: 'planned',
    },
  ];
  for (const p of plan) {
    time.at(time.workMoment(ctx.rng, p.createdAgo));
    let m = await ctx.call('improvement.create', {
      title: p.title,
      description: p.description,
      source: 'statistics',
      sourceTicketId: null,
      causeCategory: p.category,
      ownerId: login(p.owner),
      dueDate: time.dateAgo(p.dueAgo),
    });
    if (p.status === 'planned') continue;
    time.at(time.workMoment(ctx.rng, Math.max(p.effectiveAgo ?? p.createdAgo - 3, 0) + 1));
    m = await ctx.call('improvement.setStatus', {
      id: m.id,
      version: m.version,
      status: 'in_progress',
      effectiveFrom: null,
      resultNote: null,
    });
    if (p.status !== 'done') continue;
    const doneAt = time.workMoment(ctx.rng, p.effectiveAgo!);
    time.at(doneAt);
    await ctx.call('improvement.setStatus', {
      id: m.id,
      version: m.version,
      status: 'done',
      effectiveFrom: time.dateOf(doneAt),
      resultNote: p.result ?? null,
    });
  }
  ctx.counts.improvements = plan.length;
}
