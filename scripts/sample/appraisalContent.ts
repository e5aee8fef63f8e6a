/**
 * What the department writes on its appraisal forms: plans, the self-assessment's summaries, the evaluator's
 * comments, appeals and incentives — by group and by how the quarter went, in the words a department uses.
 * Sentences are put together from parts so that twenty people over four quarters do not read alike.
 */
import type { Random } from './random';

export type Group = 'sales' | 'market' | 'service';
/** How a person's quarter went, as their evaluator would put it. */
export type Standing = 'strong' | 'solid' | 'weak';

const PLAN: Record<Group, readonly string[]> = {
  sales: [
    '重点跟进华东区存量大客户的续约和增购，季度内完成不少于两次上门拜访。',
    '推进三家意向客户的报价和合同谈判，争取季度末前签约。',
    '梳理名下应收账款，逾期30天以上的逐户制定催收计划。',
    '配合市场组参加行业展会，会后两周内完成线索回访。',
    '整理名下客户档案，补齐联系人和交易记录。',
    '每周更新销售漏斗，重点客户的跟进记录当天录入系统。',
    '针对B类客户推出组合报价方案，提高客单价。',
    '学习新产品线的技术参数，独立完成方案讲解。',
  ],
  market: [
    '完成华南区渠道商走访，筛选两到三家合作意向强的渠道。',
    '策划并落实一次线上推广活动，活动线索当周转交销售组。',
    '完成目标行业的市场调研报告，季度末提交部门。',
    '对沉睡客户开展唤醒回访，挖掘再次合作机会。',
    '维护官网和公众号的产品资料，每月更新案例两篇。',
    '参加两场行业展会，收集并整理潜在客户名单。',
    '配合销售组做好新客户的首次拜访和需求梳理。',
    '建立竞品价格跟踪表，每月更新一次。',
  ],
  service: [
    '投诉在规定时限内响应，季度内无超时未升级的投诉。',
    '对已结案投诉开展回访，回访率达到九成以上。',
    '整理常见问题解答，补充到组内知识库。',
    '配合销售组做好重点客户的订单跟进和交付协调。',
    '每月汇总投诉原因分析，提出改进建议。',
    '参加沟通技巧培训，提升电话处理投诉的效率。',
    '协助新同事熟悉投诉处理流程和系统操作。',
    '按时完成客户满意度回访数据的统计和上报。',
  ],
};

const ACHIEVEMENTS: Record<Group, readonly string[]> = {
  sales: [
    '完成两家老客户的续约，其中一家增购了配套服务。',
    '新签约客户{n}家，均已完成首单交付。',
    '名下逾期账款全部收回，无新增逾期。',
    '独立完成一次大客户方案讲解，客户反馈较好。',
    '客户档案和跟进记录按时更新，季度检查无缺项。',
    '协助组长完成季度销售数据汇总。',
    '跟进的重点项目进入合同审核阶段。',
    '通过老客户介绍获得两条有效线索。',
  ],
  market: [
    '走访渠道商四家，与其中一家签订了合作意向书。',
    '策划的线上推广活动带来有效线索{n}条。',
    '按时提交了行业调研报告，被部门例会采用。',
    '唤醒沉睡客户三家，其中一家恢复下单。',
    '展会期间收集潜在客户名片六十余张，已全部录入系统。',
    '公众号案例文章阅读量较上季度明显提升。',
    '竞品价格跟踪表按月更新，为报价提供了依据。',
    '配合销售组完成新客户首次拜访五次。',
  ],
  service: [
    '受理投诉均在时限内响应，处理及时率保持较高水平。',
    '完成已结案投诉回访，客户反馈整体满意。',
    '整理常见问题二十余条，补充进组内知识库。',
    '协调处理一起批量交付延误投诉，客户最终撤回投诉。',
    '带教新同事一名，已能独立处理一般咨询。',
    '按时完成季度满意度数据统计和上报。',
    '提出的投诉分类改进建议被组内采纳。',
    '跟进重点客户订单交付，未发生延误。',
  ],
};

const SHORTFALLS: Record<Group, readonly string[]> = {
  sales: [
    '新客户开发偏少，意向客户转化不够及时。',
    '个别客户的跟进记录录入滞后。',
    '对新产品线的技术细节掌握还不够，需要同事支持。',
    '报价前的成本测算不够细，影响了一单的利润。',
    '应收账款催收力度不够，有一笔拖到季度末才收回。',
    '时间安排不够合理，拜访计划有两次推迟。',
  ],
  market: [
    '活动线索的质量参差不齐，转化率偏低。',
    '调研报告的数据来源偏少，结论说服力不足。',
    '与销售组的线索交接不够及时。',
    '渠道商走访后的跟进不够持续。',
    '展会准备时间仓促，物料不够完善。',
    '对沉睡客户的需求了解不深，唤醒效果一般。',
  ],
  service: [
    '个别复杂投诉处理时间偏长，临近解决时限。',
    '回访记录有遗漏，事后才补录。',
    '情绪激动的客户沟通经验还不足。',
    '投诉原因分析停留在表面，改进建议不够具体。',
    '知识库更新不够及时。',
    '跨组协调时主动性不够，依赖组长出面。',
  ],
};

const NEXT: Record<Group, readonly string[]> = {
  sales: [
    '下季度重点推进两家意向客户签约。',
    '每周固定半天用于新客户开发。',
    '加强应收账款跟踪，月底前逐户核对。',
    '参加新产品线培训，争取独立完成技术讲解。',
    '跟进记录当天录入，不再积压。',
    '提高报价测算的准确性，报价前与组长复核。',
  ],
  market: [
    '优化活动线索筛选标准，提高转化率。',
    '下季度完成华北区渠道调研。',
    '线索当天交接销售组，并跟踪首次拜访结果。',
    '扩充调研数据来源，增加客户访谈。',
    '提前一个月准备展会物料。',
    '建立沉睡客户分类唤醒方案。',
  ],
  service: [
    '复杂投诉提前升级，确保不超时。',
    '回访结果当天录入系统。',
    '参加沟通技巧培训，提升投诉处理能力。',
    '每月提交一份投诉原因分析。',
    '继续完善知识库，每月新增十条。',
    '主动对接销售组，提前了解重点客户订单情况。',
  ],
};

/** The evaluator's comment on each rated indicator (by the seeded indicator's English name), by standing. */
const RATED_COMMENT: Record<string, Record<Standing, readonly string[]>> = {
  Responsibility: {
    strong: ['工作主动担当，交办事项都能按时保质完成。', '对客户高度负责，问题跟进到底。'],
    solid: ['工作认真负责，能按时完成任务。', '交办的工作基本按时完成，质量稳定。'],
    weak: ['部分工作需要督促才能完成。', '个别事项拖延，责任心有待加强。'],
  },
  Teamwork: {
    strong: ['乐于分享客户资源和经验，带动组内协作。', '跨组配合积极，同事评价很好。'],
    solid: ['能与同事良好配合。', '需要时能主动配合其他小组。'],
    weak: ['与同事沟通配合不够主动。', '信息共享不及时，影响了组内协作。'],
  },
  Initiative: {
    strong: ['主动承担额外工作，并提出了改进建议。', '工作积极主动，多次提出可落地的改进措施。'],
    solid: ['能完成安排的工作，偶尔主动承担额外任务。', '工作态度积极。'],
    weak: ['多数情况下等待安排，主动性不足。', '工作积极性不高，需要提升。'],
  },
  'Knowledge and skills': {
    strong: ['业务熟练，能独立处理复杂问题并指导新人。', '产品和流程掌握扎实。'],
    solid: ['掌握岗位所需知识，能独立处理常规工作。', '业务能力稳定，复杂问题仍需支持。'],
    weak: ['业务知识有欠缺，常需他人指导。', '对产品和流程的掌握还不够熟练。'],
  },
  Communication: {
    strong: ['沟通清楚有效，善于化解客户分歧。', '与客户和同事沟通顺畅，表达清晰。'],
    solid: ['表达清楚，能有效沟通。', '沟通基本顺畅。'],
    weak: ['表达不够清晰，偶有误解。', '与客户沟通时耐心不足。'],
  },
  'Problem solving': {
    strong: ['能分析问题根源并推动解决，还改进了流程。', '遇到问题能独立分析并拿出有效方案。'],
    solid: ['能解决常见问题。', '一般问题能独立处理，复杂问题会及时求助。'],
    weak: ['遇到问题依赖他人解决。', '解决问题的思路不够清晰。'],
  },
  'Client satisfaction': {
    strong: ['本季度客户反馈良好，无有效投诉。'],
    solid: ['客户反馈总体平稳。'],
    weak: ['客户对响应速度有意见，需要改进。'],
  },
};

const SELF_COMMENT: Record<Standing, readonly string[]> = {
  strong: ['完成情况较好。', '达到预期，部分超出。', '做得比较扎实。', '本季度有明显进步。'],
  solid: ['基本达到要求。', '按计划完成。', '还有提升空间。', '较上季度稳定。'],
  weak: ['完成得不够理想。', '与目标还有差距。', '需要继续努力。', '受客观因素影响较大。'],
};

const OVERALL: Record<Standing, readonly string[]> = {
  strong: [
    '本季度表现突出，业绩和工作态度都很好，希望继续保持并带动组内同事。',
    '目标完成出色，工作主动，是组内的骨干。',
    '各项工作完成质量高，客户评价好，值得肯定。',
    '业绩突出，能独当一面，下季度可承担更多重点客户。',
  ],
  solid: [
    '本季度工作完成情况良好，基本达到预期，希望在新客户开发上再加把劲。',
    '工作认真踏实，各项指标基本完成，仍有提升空间。',
    '总体表现稳定，能按计划推进工作。',
    '完成了主要目标，沟通配合良好，下季度注意提高工作效率。',
    '工作态度端正，业务能力在稳步提升。',
  ],
  weak: [
    '本季度目标完成不理想，需要找准原因，下季度制定具体的改进措施。',
    '业绩与目标差距较大，工作主动性有待提高，组长将加强辅导。',
    '多项指标未达标，希望认真总结，尽快改进。',
  ],
};

/** Between `min` and `max` distinct parts, joined as one paragraph; {n} becomes a small count. */
function paragraph(rng: Random, parts: readonly string[], min: number, max: number): string {
  return rng
    .shuffle(parts)
    .slice(0, rng.int(min, max))
    .map((p) => p.replace('{n}', String(rng.int(2, 6))))
    .join('');
}

export const planText = (rng: Random, g: Group) => paragraph(rng, PLAN[g], 2, 3);
export const achievementsText = (rng: Random, g: Group) => paragraph(rng, ACHIEVEMENTS[g], 2, 3);
export const shortfallsText = (rng: Random, g: Group, s: Standing) =>
  paragraph(rng, SHORTFALLS[g], s === 'weak' ? 2 : 1, 2);
export const nextPlanText = (rng: Random, g: Group) => paragraph(rng, NEXT[g], 2, 3);
export const selfComment = (rng: Random, s: Standing) => rng.pick(SELF_COMMENT[s]);
/** The person's own word on a measured figure, from how far it came to the target. */
export const selfFigureComment = (rng: Random, ratio: number) =>
  ratio >= 1
    ? rng.pick(['已完成目标。', '超额完成。'])
    : ratio >= 0.9
      ? rng.pick(['基本完成目标。', '接近目标。'])
      : ratio > 0
        ? rng.pick(['未完成目标，下季度补上。', '与目标有差距。'])
        : rng.pick(['本季度未完成，意向客户签约推迟到下季度。', '本季度挂零，需要加强开发。']);
export const overallComment = (rng: Random, s: Standing) => rng.pick(OVERALL[s]);
export const ratedComment = (rng: Random, indicatorEn: string, s: Standing) =>
  rng.pick(RATED_COMMENT[indicatorEn]?.[s] ?? OVERALL[s]);

/** The evaluator's comment on a quantitative indicator, from how far the actual came to the target. */
export function figureComment(rng: Random, nameZh: string, ratio: number | null): string {
  if (ratio === null) return `${nameZh}本季度无可统计数据，按日常表现评分。`;
  const pct = Math.round(ratio * 100);
  if (ratio >= 1.05)
    return rng.pick([`${nameZh}完成目标的${pct}%，超额完成。`, `${nameZh}超出目标，表现突出。`]);
  if (ratio >= 0.95) return rng.pick([`${nameZh}基本达成目标（${pct}%）。`, `${nameZh}完成目标的${pct}%。`]);
  if (ratio > 0)
    return rng.pick([`${nameZh}完成目标的${pct}%，有差距。`, `${nameZh}未达目标（${pct}%），需加强。`]);
  return `${nameZh}本季度未完成，需分析原因。`;
}

/** Why the manager raised one person's score in manager review. */
export const ADJUST_REASON =
  '该员工本季度牵头完成重点客户的续约谈判，贡献未在计分指标中体现，经部门经理审核上调总分。';

/** Why the manager took someone out of the first cycle. */
export const REMOVED_REASON =
  '本季度的交易和成交记录大部分发生在系统启用之前，未录入系统，业绩数据不完整，本季度不参加考核。';

/** The appeals: two resolved in earlier cycles (upheld, adjusted), one still open in the latest. */
export const APPEALS = {
  upheld: {
    reason: '本季度有两家客户的合同已谈妥，因客户内部流程延误到下季度初才签约，希望考虑这一情况。',
    note: '经核实，两家客户的签约日期均在下季度，按考核期统计口径不计入本季度；相关业绩将计入下季度考核。维持原考核结果。',
  },
  adjusted: {
    reason:
      '本季度负责的一起批量交付投诉，客户已书面表示满意，但回访评分记在了组长名下，未计入本人的客户满意度。',
    note: '经核实，该投诉由本人全程跟进处理，回访评分归属有误。调整总分至',
  },
  open: {
    reason:
      '本季度新客户开发数量统计偏少：12月下旬签约的一家客户，因档案状态在元月初才改为成交，未计入本季度。另外，本季度承担了组内新人带教工作，希望在评价中予以考虑。',
  },
};

/** Incentive reasons and titles. */
export const INCENTIVE_TEXT = {
  bonus: '季度考核结果为S级，销售额和新客户开发均超额完成目标，给予季度绩效奖金。',
  honour: { title: '季度优秀员工', reason: '季度考核S级，业绩突出，团队协作好，授予季度优秀员工称号。' },
  special: {
    reason:
      '在重点客户批量交付延误事件中，连续一周协调仓储和物流，妥善处理客户投诉，避免了合同解约，给予特殊贡献奖。',
  },
  warning: '季度考核结果为D级，多项指标未达标，且改进计划未落实，给予书面警告，限期改进。',
  fine: {
    reason: '本月两次未按时提交客户跟进周报，影响销售数据汇总，按部门规定处以罚款。',
    refusal: '首次发生，以提醒和辅导为主，暂不罚款；请组长跟进改进情况。',
  },
  pending: '季度考核结果优秀，新客户开发超额完成，建议给予季度绩效奖金。',
};
