import type { RiskStrategy } from '../../src/shared/risk/types';

/**
 * What the department's risk register talks about: the risks a business department with sales, market
 * expansion and customer service groups identifies, in its own words — titles, descriptions, causes, the
 * response it chose and the actions it took — and the phrases of reassessments, reviews and closings.
 */

/** Who owns a risk of this kind: a group's people, or the department's management (manager, deputies). */
export type RiskHome = 'market' | 'sales' | 'service' | 'management';

export interface RiskTemplate {
  /** Named when another part of the sample links to it (an indicator, an audit finding). */
  key?: string;
  category: 'market' | 'credit' | 'legal' | 'operational' | 'other';
  home: RiskHome;
  /** `{client}` is a sample client file's name (credit risks name one). */
  title: string;
  description: string;
  cause: string;
  /** Likelihood and impact when first assessed. */
  l: number;
  i: number;
  strategy: RiskStrategy;
  plan: string;
  actions: readonly string[];
}

export const RISK_TEMPLATES: readonly RiskTemplate[] = [
  // Market
  {
    key: 'pricing',
    category: 'market',
    home: 'sales',
    title: '主要竞争对手降价导致报价失去优势',
    description: '华东区域两家主要竞争对手下调同类产品报价约8%，多个在谈项目客户要求我方跟进降价。',
    cause: '行业产能过剩，竞争对手以价格换市场份额。',
    l: 4,
    i: 4,
    strategy: 'reduce',
    plan: '梳理价格体系，对重点客户提供增值服务包，避免单纯价格竞争。',
    actions: ['编制竞品价格对比表并每月更新', '制定重点客户增值服务方案', '调整区域报价审批权限'],
  },
  {
    category: 'market',
    home: 'market',
    title: '新市场拓展进度不及预期',
    description: '西南区域市场拓展计划上半年目标完成率不足50%，渠道合作伙伴签约数量偏少。',
    cause: '对当地市场调研不充分，渠道政策吸引力不足。',
    l: 3,
    i: 3,
    strategy: 'reduce',
    plan: '补充市场调研，优化渠道合作政策，按月跟踪拓展进度。',
    actions: ['完成西南区域市场补充调研', '修订渠道合作激励政策', '组织两场区域推介会'],
  },
  {
    key: 'retention',
    category: 'market',
    home: 'market',
    title: '重点客户续约率下降',
    description: '近两个季度A类客户续约率由92%下降至86%，部分客户转向竞争对手。',
    cause: '客户需求变化未及时响应，客户经理拜访频次下降。',
    l: 3,
    i: 4,
    strategy: 'reduce',
    plan: '建立重点客户季度回访机制，续约前90天启动续约沟通。',
    actions: ['建立A类客户续约预警清单', '客户经理季度拜访计划', '续约客户满意度调查'],
  },
  {
    category: 'market',
    home: 'sales',
    title: '原材料价格上涨压缩销售毛利',
    description: '主要原材料采购价格同比上涨12%，已签订单按原价执行，毛利率下降约3个百分点。',
    cause: '大宗商品价格波动，合同未约定价格调整条款。',
    l: 4,
    i: 3,
    strategy: 'transfer',
    plan: '新签合同增加价格联动条款，与供应商签订锁价协议。',
    actions: ['合同模板增加价格联动条款', '与主要供应商签订年度锁价协议'],
  },
  {
    category: 'market',
    home: 'market',
    title: '客户集中度过高',
    description: '前五大客户销售额占比超过45%，任一客户订单下滑将对全年业绩造成较大影响。',
    cause: '新客户开发投入不足，业务过度依赖存量大客户。',
    l: 3,
    i: 4,
    strategy: 'reduce',
    plan: '加大中小客户开发力度，设定新客户销售占比目标。',
    actions: ['制定年度新客户开发计划', '每季度通报客户集中度'],
  },
  {
    category: 'market',
    home: 'market',
    title: '展会推广投入产出偏低',
    description: '上半年参加三场行业展会，获得有效线索转化率低于5%，推广费用超预算。',
    cause: '展会选择缺少评估，现场线索跟进不及时。',
    l: 3,
    i: 2,
    strategy: 'reduce',
    plan: '建立展会评估机制，线索48小时内分配跟进。',
    actions: ['制定展会评估打分表', '线索分配与跟进时限规定'],
  },
  {
    category: 'market',
    home: 'sales',
    title: '区域经销商窜货扰乱价格',
    description: '发现华南经销商跨区域低价销售，影响其他区域经销商利益和价格体系。',
    cause: '经销商区域管理与出货追踪不严。',
    l: 2,
    i: 3,
    strategy: 'reduce',
    plan: '产品加贴区域防窜码，对违规经销商按协议处罚。',
    actions: ['启用区域防窜货标识', '约谈违规经销商并书面警告'],
  },
  {
    category: 'market',
    home: 'market',
    title: '行业政策调整影响目标客户需求',
    description: '行业环保新规出台，部分中小客户面临整改，短期采购需求可能下降。',
    cause: '外部政策变化。',
    l: 2,
    i: 3,
    strategy: 'accept',
    plan: '持续关注政策落地情况，必要时调整目标客户结构。',
    actions: [],
  },
  {
    category: 'market',
    home: 'market',
    title: '品牌负面舆情扩散',
    description: '某客户在社交平台发布产品质量负面评价，转发量较大，可能影响潜在客户判断。',
    cause: '投诉处理不及时，客户情绪升级。',
    l: 2,
    i: 4,
    strategy: 'reduce',
    plan: '建立舆情监测与快速响应机制，统一对外回应口径。',
    actions: ['建立舆情监测日报', '制定对外回应口径与审批流程'],
  },
  {
    category: 'market',
    home: 'sales',
    title: '大型招投标项目失标风险',
    description: '年度重点项目招标评分规则调整，技术分权重提高，我方方案存在短板。',
    cause: '技术方案准备时间不足，缺少同类项目业绩证明。',
    l: 3,
    i: 4,
    strategy: 'reduce',
    plan: '提前组建投标小组，联合技术部门完善方案。',
    actions: ['组建投标工作小组', '收集整理同类项目业绩材料', '投标文件内部评审'],
  },
  // Credit (client files)
  {
    key: 'receivables',
    category: 'credit',
    home: 'sales',
    title: '{client}应收账款逾期风险',
    description: '{client}账款逾期超过60天，逾期金额约占其应收余额的40%，多次催收仅部分回款。',
    cause: '客户资金周转紧张，我方信用额度审批偏松。',
    l: 4,
    i: 4,
    strategy: 'reduce',
    plan: '暂停新增赊销，制定分期还款计划，按周跟踪回款。',
    actions: ['暂停该客户新增赊销', '与客户签订分期还款协议', '发送书面催收函'],
  },
  {
    category: 'credit',
    home: 'sales',
    title: '{client}经营恶化可能无法履约',
    description: '{client}近期出现裁员、欠薪传闻，在手订单存在无法按时付款提货的可能。',
    cause: '客户所在行业下行，客户自身负债率高。',
    l: 3,
    i: 4,
    strategy: 'reduce',
    plan: '调整为款到发货，要求客户提供担保。',
    actions: ['结算方式调整为款到发货', '要求客户提供履约担保', '核查客户工商及涉诉信息'],
  },
  {
    category: 'credit',
    home: 'sales',
    title: '{client}信用额度超限',
    description: '{client}当前应收余额超出核定信用额度约25%，超额部分未经审批。',
    cause: '销售为完成季度目标先行发货，额度控制依赖人工核对。',
    l: 3,
    i: 3,
    strategy: 'reduce',
    plan: '超额部分限期收回，信用额度超限自动预警。',
    actions: ['超额部分限期收回', '发货前信用额度核对清单'],
  },
  {
    category: 'credit',
    home: 'sales',
    title: '{client}涉诉导致回款不确定',
    description: '{client}被其供应商起诉并冻结部分银行账户，对我方到期货款支付存在不确定性。',
    cause: '客户对外债务纠纷。',
    l: 3,
    i: 5,
    strategy: 'transfer',
    plan: '投保应收账款信用保险，必要时申请财产保全。',
    actions: ['办理应收账款信用保险', '咨询法律顾问保全方案'],
  },
  // Legal
  {
    key: 'contract',
    category: 'legal',
    home: 'sales',
    title: '销售合同条款不规范',
    description: '抽查发现部分销售合同使用非标准文本，违约责任、质量异议期限约定不明。',
    cause: '合同审核流程执行不到位，业务人员自行修改模板。',
    l: 4,
    i: 3,
    strategy: 'reduce',
    plan: '统一合同模板，非标准条款必须经法务审核。',
    actions: ['修订销售合同标准模板', '非标准条款法务审核流程上线', '合同管理培训'],
  },
  {
    category: 'legal',
    home: 'service',
    title: '客户个人信息保护不合规',
    description: '客服系统导出的客户名单在内部传阅，未做脱敏处理，存在个人信息泄露风险。',
    cause: '数据导出权限过宽，员工合规意识不足。',
    l: 3,
    i: 5,
    strategy: 'avoid',
    plan: '停止以文件形式传阅客户名单，收回导出权限，仅系统内查阅。',
    actions: ['收回客户名单导出权限', '已导出文件清理与登记', '个人信息保护专题培训'],
  },
  {
    category: 'legal',
    home: 'market',
    title: '宣传资料用语违反广告法',
    description: '推广手册中使用“最佳”“第一品牌”等绝对化用语，存在被处罚风险。',
    cause: '宣传资料发布前缺少合规审核。',
    l: 2,
    i: 3,
    strategy: 'avoid',
    plan: '回收在用宣传资料，建立发布前合规审核。',
    actions: ['回收并修订推广手册', '宣传资料发布前合规审核'],
  },
  {
    category: 'legal',
    home: 'management',
    title: '劳动用工合规风险',
    description: '部分销售人员提成计算与劳动合同约定不一致，存在劳动争议隐患。',
    cause: '提成政策调整后未同步更新劳动合同附件。',
    l: 2,
    i: 3,
    strategy: 'reduce',
    plan: '梳理提成政策与合同附件，逐一签订补充协议。',
    actions: ['梳理提成政策差异', '签订劳动合同补充协议'],
  },
  {
    category: 'legal',
    home: 'sales',
    title: '商业贿赂合规风险',
    description: '个别客户采购人员暗示回扣，业务人员如处理不当将面临法律和声誉风险。',
    cause: '部分行业存在不正当交易惯例。',
    l: 2,
    i: 5,
    strategy: 'avoid',
    plan: '签署廉洁承诺书，设立举报渠道，严禁任何形式回扣。',
    actions: ['全员签署廉洁承诺书', '公布举报邮箱与电话'],
  },
  {
    category: 'legal',
    home: 'service',
    title: '质量索赔处理超出合同约定',
    description: '客服在处理质量投诉时口头承诺超出合同约定的赔偿，事后难以兑现引发纠纷。',
    cause: '赔偿授权标准不清晰。',
    l: 3,
    i: 3,
    strategy: 'reduce',
    plan: '制定赔偿授权标准，超出标准须经组长审批。',
    actions: ['制定投诉赔偿授权标准', '客服话术更新与培训'],
  },
  {
    category: 'legal',
    home: 'market',
    title: '合作伙伴知识产权纠纷',
    description: '渠道合作伙伴使用我方商标未经书面授权，可能引起商标权属纠纷。',
    cause: '渠道合作协议未约定商标使用条款。',
    l: 2,
    i: 2,
    strategy: 'reduce',
    plan: '补签商标使用授权协议。',
    actions: ['补签商标使用授权协议'],
  },
  // Operational
  {
    key: 'complaints',
    category: 'operational',
    home: 'service',
    title: '客户投诉处理超时',
    description: '部分投诉超出响应和解决时限，客户满意度下降，存在投诉升级风险。',
    cause: '高峰期人手不足，跨部门协调环节多。',
    l: 4,
    i: 3,
    strategy: 'reduce',
    plan: '设立投诉时限预警，跨部门协调由组长牵头。',
    actions: ['启用投诉时限预警提醒', '建立跨部门投诉协调机制', '高峰期排班调整'],
  },
  {
    key: 'followups',
    category: 'operational',
    home: 'sales',
    title: '客户跟进记录不及时',
    description: '客户档案跟进记录更新滞后，部分重点客户超过一个月无跟进记录。',
    cause: '业务人员重成交轻记录，缺少跟进考核。',
    l: 4,
    i: 2,
    strategy: 'reduce',
    plan: '跟进记录纳入月度考核，逾期跟进自动提醒。',
    actions: ['跟进记录纳入月度考核', '逾期跟进周报'],
  },
  {
    category: 'operational',
    home: 'sales',
    title: '订单信息录入错误',
    description: '近三个月发生5起订单规格或数量录入错误，导致错发货和返工。',
    cause: '订单录入无复核环节。',
    l: 3,
    i: 3,
    strategy: 'reduce',
    plan: '订单录入实行双人复核。',
    actions: ['订单录入双人复核', '订单录入规范培训'],
  },
  {
    category: 'operational',
    home: 'service',
    title: '关键岗位人员流失',
    description: '客服组两名资深员工提出离职，重点客户服务经验可能流失。',
    cause: '薪酬竞争力不足，职业发展通道不清晰。',
    l: 3,
    i: 3,
    strategy: 'reduce',
    plan: '关键岗位设置AB角，完善知识沉淀。',
    actions: ['关键岗位AB角安排', '编写重点客户服务手册'],
  },
  {
    category: 'operational',
    home: 'service',
    title: '货物运输途中损毁',
    description: '长途运输中货物破损事件时有发生，赔付和补发成本增加。',
    cause: '包装标准偏低，承运商装卸不规范。',
    l: 3,
    i: 2,
    strategy: 'transfer',
    plan: '购买货物运输险，与承运商约定破损赔付责任。',
    actions: ['投保货物运输险', '承运协议补充破损赔付条款'],
  },
  {
    category: 'operational',
    home: 'management',
    title: '业务数据备份不完整',
    description: '部门业务数据仅保存在单台电脑，未定期异地备份，存在数据丢失风险。',
    cause: '备份制度未落实到人。',
    l: 2,
    i: 5,
    strategy: 'reduce',
    plan: '每日自动备份并每周异地保存。',
    actions: ['启用每日自动备份', '每周备份异地保存并登记'],
  },
  {
    category: 'operational',
    home: 'sales',
    title: '样品管理混乱',
    description: '样品借出无登记，部分样品长期未归还，账实不符。',
    cause: '样品管理制度缺失。',
    l: 3,
    i: 2,
    strategy: 'reduce',
    plan: '建立样品借用登记与定期盘点。',
    actions: ['建立样品借用登记台账', '每季度样品盘点'],
  },
  {
    category: 'operational',
    home: 'service',
    title: '售后备件供应不及时',
    description: '常用备件库存不足，上门维修平均等待备件时间超过5天。',
    cause: '备件安全库存未按需求设定。',
    l: 3,
    i: 3,
    strategy: 'reduce',
    plan: '按历史用量设定安全库存，建立紧急调拨机制。',
    actions: ['设定常用备件安全库存', '建立备件紧急调拨流程'],
  },
  {
    category: 'operational',
    home: 'market',
    title: '市场活动费用报销不规范',
    description: '部分市场活动费用报销附件不全，存在虚报风险。',
    cause: '报销审核标准不统一。',
    l: 2,
    i: 2,
    strategy: 'reduce',
    plan: '统一报销附件标准，活动结束后十日内报销。',
    actions: ['发布市场活动报销标准'],
  },
  {
    category: 'operational',
    home: 'service',
    title: '热线系统故障导致来电丢失',
    description: '客服热线系统两次宕机，共计约3小时来电无法接通。',
    cause: '系统无备用线路，运维响应慢。',
    l: 2,
    i: 4,
    strategy: 'reduce',
    plan: '开通备用线路，与运营商签订故障响应协议。',
    actions: ['开通热线备用线路', '签订运维响应协议'],
  },
  {
    category: 'operational',
    home: 'sales',
    title: '发货前未核对客户资质',
    description: '新客户首单发货前未核实营业执照和开票信息，出现开票退回。',
    cause: '新客户准入流程不完善。',
    l: 2,
    i: 2,
    strategy: 'reduce',
    plan: '新客户首单前完成资质核验。',
    actions: ['新客户准入核验清单'],
  },
  {
    category: 'operational',
    home: 'service',
    title: '客户回访覆盖率不足',
    description: '投诉关闭后回访覆盖率仅60%，问题复发未能及时发现。',
    cause: '回访任务未纳入日常工作计划。',
    l: 3,
    i: 2,
    strategy: 'reduce',
    plan: '投诉关闭后7日内回访，纳入组内考核。',
    actions: ['投诉回访任务排期', '回访覆盖率月度通报'],
  },
  {
    category: 'operational',
    home: 'management',
    title: '印章使用管理不严',
    description: '合同专用章借出未登记，存在越权用印风险。',
    cause: '用印审批与登记流程执行不严格。',
    l: 2,
    i: 4,
    strategy: 'avoid',
    plan: '印章专人保管，禁止外借，用印一事一批。',
    actions: ['印章专人保管并建立用印登记', '停止印章外借'],
  },
  // Other
  {
    category: 'other',
    home: 'management',
    title: '突发公共卫生事件影响业务开展',
    description: '突发疫情可能导致客户拜访、展会和物流中断。',
    cause: '外部不可控因素。',
    l: 1,
    i: 4,
    strategy: 'accept',
    plan: '保持远程办公与线上拜访能力，启用应急预案。',
    actions: [],
  },
  {
    category: 'other',
    home: 'management',
    title: '汇率波动影响出口订单收益',
    description: '部分出口订单以美元结算，汇率波动对收益影响较大。',
    cause: '外汇结算未做套期保值。',
    l: 3,
    i: 2,
    strategy: 'transfer',
    plan: '与银行办理远期结汇锁定汇率。',
    actions: ['办理远期结汇业务'],
  },
  {
    category: 'other',
    home: 'market',
    title: '合作媒体停止合作',
    description: '主要行业媒体合作协议到期后可能不再续约，影响推广渠道。',
    cause: '媒体调整合作策略。',
    l: 2,
    i: 2,
    strategy: 'accept',
    plan: '保持沟通，同时开发新媒体渠道。',
    actions: [],
  },
  {
    category: 'other',
    home: 'management',
    title: '办公场所租约到期搬迁',
    description: '办公场所租约明年到期，续租价格上涨，搬迁可能影响客户接待。',
    cause: '房东调整租金。',
    l: 2,
    i: 2,
    strategy: 'accept',
    plan: '提前半年确定续租或搬迁方案。',
    actions: [],
  },
  {
    category: 'other',
    home: 'service',
    title: '极端天气导致上门服务延误',
    description: '汛期暴雨导致部分地区上门服务无法按约定时间到达。',
    cause: '季节性天气因素。',
    l: 3,
    i: 1,
    strategy: 'accept',
    plan: '提前通知客户调整服务时间。',
    actions: [],
  },
];

/** A reassessment's reason: why the figure went down (the response works) or up (it got worse). */
export const REASONS_DOWN = [
  '应对措施已落实，近两个月未再发生同类事件，下调可能性。',
  '客户已按还款计划回款，逾期金额明显下降。',
  '制度修订后抽查未发现问题，风险有所降低。',
  '外部环境趋于稳定，影响程度较前期评估降低。',
  '季度复核：控制措施运行有效，可能性下调一级。',
];
export const REASONS_UP = [
  '本季度同类事件再次发生且影响范围扩大，上调评估。',
  '客户经营状况进一步恶化，已被列入被执行人名单。',
  '竞争对手新一轮降价，多个项目受到影响。',
  '投诉量较上季度明显上升，上调可能性。',
];

export const REVIEW_NOTES = [
  '定期复核：措施运行正常，风险水平维持不变。',
  '复核确认相关指标处于正常区间，继续监控。',
  '与责任人复核，暂无新变化，按期再复核。',
  '季度复核：已对照最新数据，评估结论不变。',
];

export const CLOSE_NOTES = [
  '相关措施已全部落实并持续观察两个季度，风险已消除，予以关闭。',
  '客户已结清全部欠款，风险关闭。',
  '诱因已不存在（合同已终止），关闭该风险。',
  '整改完成并经抽查验证有效，关闭。',
];

export const CANCEL_NOTES = ['方案调整，该措施由新的措施替代。', '客户已结清欠款，不再需要此措施。'];

/** A quarter of the year as the minutes name it. */
export const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

export const MEETING_PLACES = ['三楼第一会议室', '三楼第二会议室', '部门小会议室'];

/** The standing agenda of a periodic meeting (the ad hoc ones name their own). */
export const PERIODIC_AGENDA = [
  '上期会议决议落实情况',
  '各组风险识别汇报',
  '重大风险评估与应对讨论',
  '关键风险指标预警情况',
  '下阶段工作安排',
];

/** Decisions a periodic meeting takes: the text and who carries it out. */
export const PERIODIC_DECISIONS: readonly { text: string; home: RiskHome }[] = [
  { text: '销售组对逾期60天以上的应收账款逐户制定催收计划，每周报送进度。', home: 'sales' },
  { text: '客服组梳理近三个月投诉超时案例，形成原因分析报告。', home: 'service' },
  { text: '市场组更新竞品价格监测表，下次会议汇报。', home: 'market' },
  { text: '各组完成本组风险清单复核，更新评估结果。', home: 'management' },
  { text: '修订销售合同审核流程，报部门经理审批后发布。', home: 'sales' },
  { text: '组织一次全员合规培训（合同、个人信息保护）。', home: 'management' },
  { text: '客服组完成重点客户回访，回访结果纳入客户档案。', home: 'service' },
  { text: '市场组评估下半年展会计划的投入产出，提出调整建议。', home: 'market' },
  { text: '对信用额度超限客户逐一核查，超限部分限期收回。', home: 'sales' },
  { text: '完善关键风险指标阈值，报部门经理确认。', home: 'management' },
];

export interface AdHocMeeting {
  /** Days before today it was held. */
  ago: number;
  title: string;
  agenda: readonly string[];
  background: string;
  decisions: readonly { text: string; home: RiskHome }[];
}

export const AD_HOC_MEETINGS: readonly AdHocMeeting[] = [
  {
    ago: 250,
    title: '重大客户回款逾期专题风险会议',
    agenda: ['逾期情况通报', '客户经营状况分析', '应对方案讨论'],
    background:
      '某重点客户回款逾期金额较大且持续时间较长，经部门经理提议召开专题会议，评估信用风险并确定应对方案。',
    decisions: [
      { text: '立即暂停对逾期客户的赊销发货，改为款到发货。', home: 'sales' },
      { text: '法律顾问出具催收及保全方案。', home: 'management' },
    ],
  },
  {
    ago: 12,
    title: '客户投诉集中爆发专题风险会议',
    agenda: ['投诉情况通报', '原因初步分析', '临时应对措施'],
    background: '近两周产品质量投诉明显增多，部分投诉已超出处理时限，召开专题会议识别相关风险并部署应对。',
    decisions: [
      { text: '客服组每日通报投诉处理进度，直至积压清零。', home: 'service' },
      { text: '销售组对受影响客户逐一电话沟通，说明处理安排。', home: 'sales' },
    ],
  },
];

/**
 * More of the register, one line each: category · home · title · description · cause · L · I · strategy ·
 * response plan · actions (separated by ；).
 */
const MORE = `
market·sales·线上渠道低价冲击线下销售·电商平台同型号产品售价低于线下渠道约10%，线下客户要求同价。·线上线下价格体系未统一管控。·3·3·reduce·线上线下统一建议零售价，线上专供型号区隔。·制定线上专供型号方案；统一渠道建议零售价
market·market·新产品市场接受度低·新系列产品上市三个月销量仅完成计划的40%。·上市前市场测试样本偏少。·3·3·reduce·组织客户试用，收集反馈调整卖点。·组织重点客户试用活动；整理试用反馈报告
market·sales·重点行业需求下滑·主要下游行业固定资产投资放缓，相关客户采购量同比下降15%。·宏观经济与行业周期影响。·3·4·reduce·拓展其他行业客户，降低单一行业依赖。·梳理可拓展的新行业清单；新行业客户开发计划
market·market·市场调研数据失真·调研问卷回收样本集中于老客户，结论偏乐观。·抽样方法设计不当。·2·2·reduce·调研方案须经组长审核抽样方法。·修订市场调研抽样规范
market·sales·客户压价要求延长账期·多家客户在续约时要求账期由60天延长至90天。·买方市场议价能力增强。·4·3·reduce·账期延长须同步评估信用并经审批。·制定账期审批标准；高风险客户账期评估
credit·sales·新客户信用评估缺失·近半年新开发客户中约三成未做信用评估即给予赊销额度。·信用评估流程未强制执行。·3·4·reduce·赊销前必须完成信用评估。·新客户信用评估表上线；赊销额度审批权限调整
credit·sales·预付款客户发货后拒收·客户以规格不符为由拒收已发货物，退货运费及损失由我方承担。·合同对验收标准约定不清。·2·3·reduce·合同明确验收标准与异议期限。·合同增加验收条款
credit·management·担保人担保能力不足·部分客户提供的担保人自身负债较高，担保形同虚设。·担保审查流于形式。·2·4·reduce·担保人须提供财务报表并核查。·担保人资信审查清单
legal·sales·合同到期未续签继续履行·多份框架合同到期后未续签但仍在供货，权利义务约定不明。·合同到期提醒缺失。·3·3·reduce·合同到期前60天提醒续签。·建立合同到期提醒台账；补签到期合同
legal·service·录音证据保存不完整·部分投诉电话录音未按规定保存，发生纠纷时举证困难。·录音保存期限设置过短。·2·3·reduce·录音保存期限延长至三年。·调整录音保存期限设置
legal·market·招投标文件资质过期·一次投标中提交的资质证书已过有效期，被判废标。·资质证书有效期无人跟踪。·2·4·avoid·投标文件提交前逐项核对资质有效期。·建立资质证书有效期台账
operational·sales·报价单审批流于形式·部分低于底价的报价未经审批即发出。·报价审批无系统控制。·3·3·reduce·低于底价报价须经组长审批并留痕。·报价审批留痕规定；季度报价抽查
operational·service·工单分派不均·客服工单分派依赖人工，个别员工积压严重。·缺少分派规则。·3·2·reduce·按工作量轮流分派。·制定工单分派规则
operational·market·客户资料录入重复·客户档案存在重复建档，影响客户统计准确性。·建档前未查重。·3·2·reduce·建档前系统查重，定期合并重复档案。·重复档案清理；建档查重操作培训
operational·service·服务承诺未兑现·部分客户反映上门服务时间承诺未兑现。·服务排期与承诺脱节。·3·3·reduce·承诺时间以排期为准，变更提前通知。·服务排期表共享；变更通知规范
operational·sales·大客户经理单点依赖·重点客户关系集中于少数大客户经理，人员变动将影响客户维系。·客户关系未实行团队化管理。·3·4·reduce·重点客户配备AB角客户经理。·重点客户AB角配置；客户交接规范
operational·management·部门预算执行偏差·上半年推广费用执行率达80%，下半年预算紧张。·预算执行缺少月度跟踪。·2·3·reduce·预算执行按月通报。·预算执行月度通报
operational·service·投诉根因分析不深入·重复投诉占比上升，原因分析停留在表面。·缺少根因分析方法培训。·3·3·reduce·重复投诉须提交根因分析报告。·根因分析方法培训；重复投诉专项分析
operational·market·活动物料交付延误·推广活动物料多次未能按期交付，活动效果受影响。·供应商交期管理松散。·2·2·reduce·物料需求提前三周下单。·物料下单提前期规定
operational·sales·销售预测偏差大·月度销售预测与实际偏差超过20%，影响备货。·预测方法粗放。·3·2·reduce·按客户明细滚动预测。·滚动销售预测模板
other·management·部门人员编制不足·业务量增长但编制未增加，加班普遍。·编制调整滞后于业务增长。·3·2·accept·年度编制调整时提出增编申请。·
other·service·客户满意度调查参与率低·满意度调查回收率不足20%，结论代表性不足。·调查方式单一。·3·1·accept·增加电话回访抽样。·
`;

const MORE_TEMPLATES: RiskTemplate[] = MORE.trim()
  .split('\n')
  .map((line) => {
    const [category, home, title, description, cause, l, i, strategy, plan, actions] = line.split('·');
    return {
      category: category as RiskTemplate['category'],
      home: home as RiskHome,
      title: title!,
      description: description!,
      cause: cause!,
      l: Number(l),
      i: Number(i),
      strategy: strategy as RiskStrategy,
      plan: plan!,
      actions: actions ? actions.split('；') : [],
    };
  });

/** Every template: the detailed ones, then the one-line ones. */
export const ALL_RISK_TEMPLATES: readonly RiskTemplate[] = [...RISK_TEMPLATES, ...MORE_TEMPLATES];
