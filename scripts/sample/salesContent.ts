/**
 * The words of the sample's sales work (market, pipeline, quotes, contracts, plans): what a business department
 * of an equipment-and-services company writes down, in Chinese as its people would. Picked at random by the
 * sales sample domains; nothing here is shown as UI text.
 */
import type { ActivityKind } from '../../src/shared/market/types';
import type { ProductKind } from '../../src/shared/pricing/types';

/** Promotion activities by kind: title, place, cost range (yuan) and attendees range. */
export const ACTIVITY_KINDS_PLAN: Record<
  ActivityKind,
  {
    titles: readonly string[];
    places: readonly string[];
    cost: [number, number];
    attendees: [number, number];
  }
> = {
  exhibition: {
    titles: ['中国国际工业博览会参展', '华南智能制造装备展', '长三角供应链创新展', '西部工业自动化展'],
    places: ['上海国家会展中心', '深圳国际会展中心', '成都世纪城新国际会展中心', '南京国际博览中心'],
    cost: [60_000, 180_000],
    attendees: [300, 1500],
  },
  seminar: {
    titles: [
      '智能仓储解决方案研讨会',
      '制造企业降本增效沙龙',
      '行业客户年度技术交流会',
      '数字化运维专题研讨会',
    ],
    places: ['公司多功能厅', '杭州望湖宾馆会议室', '苏州工业园区会议中心', '广州白云国际会议中心'],
    cost: [12_000, 45_000],
    attendees: [30, 150],
  },
  demo: {
    titles: ['新品现场演示日', '客户工厂实地演示', '自动化产线开放日', '远程运维平台演示会'],
    places: ['公司展厅', '客户现场', '无锡演示中心', '公司样板间'],
    cost: [3_000, 12_000],
    attendees: [8, 40],
  },
  online: {
    titles: ['行业直播推介会', '微信公众号获客活动', '线上产品发布会', '搜索引擎推广专项'],
    places: ['线上', '视频号直播间', '腾讯会议', '线上'],
    cost: [8_000, 50_000],
    attendees: [200, 3000],
  },
};

export const ACTIVITY_NOTES = [
  '现场收集名片较多，需尽快分配跟进。',
  '到场客户以制造业采购负责人为主。',
  '本次活动预算按计划执行，现场反馈良好。',
  '部分意向客户要求提供详细报价。',
];

export const RESEARCH = [
  {
    topic: '华东地区中型制造企业设备更新需求调研',
    target: '华东地区年营收1-10亿元制造企业',
    findings:
      '受访企业中约六成计划在未来一年内更新生产设备，关注点依次为能耗、售后响应速度和价格；多数企业倾向分期付款。',
  },
  {
    topic: '物流仓储行业自动化改造意向调研',
    target: '第三方物流及电商仓储企业',
    findings: '自动化改造意向集中在分拣与搬运环节，预算普遍在50-200万元之间，决策周期三至六个月。',
  },
  {
    topic: '竞争对手价格体系与渠道政策分析',
    target: '主要竞争对手及其经销商',
    findings: '两家主要对手今年下调中端产品价格约8%，并加大经销商返点；我方优势在于售后服务与交付周期。',
  },
  {
    topic: '老客户满意度与增购意向回访',
    target: '合作两年以上的存量客户',
    findings: '老客户对交付质量评价较高，增购意向主要集中在维保服务和配件；对账单及开票流程有改进建议。',
  },
  {
    topic: '西南市场拓展可行性调研',
    target: '成都、重庆地区制造与贸易企业',
    findings: '西南市场竞争相对缓和，客户更看重本地服务网点；建议先与当地服务商合作，再设办事处。',
  },
  {
    topic: '线上获客渠道效果评估',
    target: '近一年线上渠道来源的客户',
    findings: '直播与行业公众号带来的线索质量较高，搜索推广线索数量多但转化率偏低。',
  },
];

export const COMPETITORS = [
  {
    name: '恒信智能装备有限公司',
    products: '自动化产线、工业机器人集成',
    strengths: '品牌知名度高，项目案例多',
    weaknesses: '交付周期长，售后响应慢',
    website: 'www.hengxin-ie.example.cn',
    products_seen: ['自动化产线', '机器人工作站'],
  },
  {
    name: '博远科技股份有限公司',
    products: '仓储物流设备、WMS软件',
    strengths: '软件能力强，价格灵活',
    weaknesses: '硬件质量不稳定',
    website: 'www.boyuan-tech.example.cn',
    products_seen: ['智能货架', 'WMS软件许可'],
  },
  {
    name: '华工机电设备有限公司',
    products: '通用机电设备、配件',
    strengths: '价格低，渠道覆盖广',
    weaknesses: '方案能力弱，缺少定制服务',
    website: null,
    products_seen: ['电机配件', '通用设备'],
  },
  {
    name: '精诚运维服务有限公司',
    products: '设备维保、远程运维',
    strengths: '本地服务网点多',
    weaknesses: '只做服务，不提供设备',
    website: 'www.jingcheng-om.example.cn',
    products_seen: ['年度维保', '远程运维'],
  },
  {
    name: '新锐数控技术有限公司',
    products: '数控设备、检测设备',
    strengths: '技术参数领先',
    weaknesses: '价格高，账期短',
    website: null,
    products_seen: ['数控加工中心', '检测仪器'],
  },
];

export const SIGHTING_NOTES = [
  '在客户处了解到对方报价',
  '展会上看到其新品发布',
  '对方推出年度框架协议优惠',
  '经销商反馈其加大返点力度',
  '客户转述对方承诺的交付周期',
  '官网更新了产品价格表',
];

/** The price list: code, names, kind, unit, list price (yuan), floor as a share of list. */
export const PRODUCTS: readonly {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: ProductKind;
  unit: string;
  list: number;
  floor: number;
}[] = [
  {
    code: 'P-AL-100',
    nameZh: '自动化装配线',
    nameEn: 'Automated assembly line',
    kind: 'product',
    unit: '套',
    list: 480_000,
    floor: 0.85,
  },
  {
    code: 'P-RB-200',
    nameZh: '机器人工作站',
    nameEn: 'Robot workstation',
    kind: 'product',
    unit: '台',
    list: 168_000,
    floor: 0.85,
  },
  {
    code: 'P-SH-300',
    nameZh: '智能货架系统',
    nameEn: 'Smart shelving system',
    kind: 'product',
    unit: '组',
    list: 36_000,
    floor: 0.8,
  },
  {
    code: 'P-AGV-10',
    nameZh: 'AGV搬运车',
    nameEn: 'AGV transport vehicle',
    kind: 'product',
    unit: '台',
    list: 98_000,
    floor: 0.82,
  },
  {
    code: 'P-CT-500',
    nameZh: '数控加工中心',
    nameEn: 'CNC machining centre',
    kind: 'product',
    unit: '台',
    list: 260_000,
    floor: 0.88,
  },
  {
    code: 'P-IN-020',
    nameZh: '在线检测仪',
    nameEn: 'Inline inspection unit',
    kind: 'product',
    unit: '台',
    list: 42_000,
    floor: 0.8,
  },
  {
    code: 'P-SP-001',
    nameZh: '通用配件包',
    nameEn: 'Spare parts kit',
    kind: 'product',
    unit: '箱',
    list: 2_800,
    floor: 0.75,
  },
  {
    code: 'S-WMS-01',
    nameZh: 'WMS软件许可',
    nameEn: 'WMS software licence',
    kind: 'service',
    unit: '套',
    list: 120_000,
    floor: 0.7,
  },
  {
    code: 'S-MT-YR',
    nameZh: '年度维保服务',
    nameEn: 'Annual maintenance',
    kind: 'service',
    unit: '年',
    list: 45_000,
    floor: 0.8,
  },
  {
    code: 'S-OM-RM',
    nameZh: '远程运维服务',
    nameEn: 'Remote operations',
    kind: 'service',
    unit: '年',
    list: 28_000,
    floor: 0.8,
  },
  {
    code: 'S-IN-ST',
    nameZh: '安装调试服务',
    nameEn: 'Installation and commissioning',
    kind: 'service',
    unit: '次',
    list: 18_000,
    floor: 0.75,
  },
  {
    code: 'S-TR-01',
    nameZh: '操作培训',
    nameEn: 'Operator training',
    kind: 'service',
    unit: '天',
    list: 6_000,
    floor: 0.7,
  },
  {
    code: 'S-CS-01',
    nameZh: '工艺咨询服务',
    nameEn: 'Process consulting',
    kind: 'service',
    unit: '人天',
    list: 8_000,
    floor: 0.75,
  },
];

export const OPPORTUNITY_TITLES = [
  '产线自动化改造项目',
  '仓储自动化升级',
  '年度维保服务续约',
  '新厂区设备采购',
  '检测设备更新',
  '远程运维平台建设',
  '机器人工作站采购',
  'WMS系统上线',
  '配件年度框架采购',
  '数控设备扩产',
  '智能货架改造',
  '生产线产能提升方案',
];

export const NEXT_STEPS = [
  '电话确认采购时间表',
  '发送方案与报价',
  '约技术负责人现场沟通',
  '安排参观演示',
  '跟进内部评审结果',
  '确认预算审批进度',
  '提交修改后的方案',
  '约见采购负责人',
];

export const NEEDS = [
  '客户计划提升产线产能约30%，希望减少人工工位，要求半年内完成改造。',
  '仓库面积有限，需要提高存储密度并实现出入库自动记录。',
  '现有设备故障率高，希望更新设备并签订年度维保。',
  '新厂区投产在即，需要整体设备方案和安装调试服务。',
  '客户关注能耗与维护成本，要求提供三年总拥有成本对比。',
  '需要与现有ERP对接，实现库存数据实时同步。',
];

export const PROPOSALS = [
  '方案采用两条自动化装配线加机器人上下料，分两期实施，含安装调试与操作培训，预计节省人工12人。',
  '智能货架配合AGV搬运与WMS系统，存储密度提升40%，出入库全程扫码记录。',
  '更换核心设备并提供三年维保，承诺4小时响应、24小时到场。',
  '整体交钥匙方案：设备、安装调试、培训与首年维保，分三期付款。',
  '远程运维平台接入现有设备，提供故障预警与月度运行报告。',
];

export const VISIT_NOTES = [
  '客户总经理与技术负责人来公司展厅参观，现场演示效果良好。',
  '在客户工厂进行实地演示，对方提出了对接ERP的具体要求。',
  '参观老客户样板工厂，客户对交付质量表示认可。',
  '线上演示远程运维平台，客户IT部门参与并提出数据安全问题。',
];

export const NEGOTIATION_NOTES = [
  '客户要求价格再降5%，我方提出以延长质保替代降价。',
  '付款方式谈定为3-6-1，对方法务正在审阅合同条款。',
  '交付周期为双方主要分歧，我方承诺分批交付。',
  '客户要求包含两年维保，价格基本谈妥。',
  '对方采购要求增加验收条款，技术部门已确认可行。',
];

export const LOST_NOTES: Record<string, readonly string[]> = {
  price: ['客户最终选择了报价更低的方案。', '预算有限，对价格差距无法接受。'],
  competitor: ['竞争对手承诺更短交付周期。', '客户与竞争对手有长期合作关系。'],
  no_budget: ['客户年度预算被削减，项目暂缓。', '集团冻结了本年度设备采购预算。'],
  no_need: ['客户调整了生产计划，需求取消。', '客户决定自行改造，不再外采。'],
  timing: ['客户项目推迟到明年再议。', '决策人变动，项目搁置。'],
  other: ['客户联系人离职，暂无新的对接人。', '客户经营状况变化，暂停合作。'],
};

export const QUOTE_TERMS = [
  '报价有效期内价格不变；含税含运费；合同签订后30日内交货。',
  '付款方式：预付30%，到货验收后付60%，质保金10%一年后支付。',
  '价格含安装调试及操作培训；质保期一年。',
];

export const FLOOR_REASONS = [
  '客户为年度重点客户，竞争对手报价低约10%，申请按此价格成交以锁定三年框架协议。',
  '客户一次采购数量大，后续有维保服务收入，申请特价。',
  '新行业首个标杆项目，申请低于底价以便后续推广。',
];

export const CONTRACT_TERMS = {
  subject: '按双方确认的技术方案提供设备、软件及相关服务，详见附件清单。',
  delivery: '合同生效后45日内交货至买方指定地点，卖方负责安装调试。',
  payment: '合同签订后支付30%预付款，到货验收合格后支付60%，余款10%作为质保金于质保期满后支付。',
  liability: '任何一方违约，应按合同总额的千分之五每日支付违约金，累计不超过合同总额的10%。',
  dispute: '因本合同引起的争议，双方协商解决；协商不成的，提交卖方所在地人民法院诉讼解决。',
};

export const CHECK_COMMENTS: Record<string, readonly string[]> = {
  parties: ['已核对营业执照与授权书。'],
  subject: ['技术附件与报价清单一致。'],
  price: ['价格与审批后的报价一致。', '折扣已在报价审批中确认。'],
  delivery: ['交货期偏紧，建议与生产部确认排产。', '交货地点需补充详细地址。'],
  payment: ['付款节点建议与验收挂钩。', '预付款比例符合公司规定。'],
  liability: ['违约金比例合理。', '建议增加违约金上限条款。'],
  dispute: ['管辖法院约定明确。'],
};

export const OPINIONS_AGREE = ['同意签订，请注意按期交付。', '条款清晰，同意。', '同意，注意回款节点跟进。'];

export const TERMINATION_REASONS = [
  '客户经营调整，双方协商一致解除合同，已收款项按实际交付结算。',
  '客户项目取消，经协商终止合同，未发货部分不再履行。',
];

export const STRATEGY = [
  '以存量客户增购和维保续约为基础，重点突破制造业自动化改造项目。',
  '聚焦华东、华南重点区域，提升大客户占比，控制低毛利订单。',
  '加强活动获客与线索转化，缩短从线索到签约的周期。',
];

export const ACTION_PLANS = [
  '每月拜访重点客户不少于8家；每季度组织一次客户技术交流会；重点项目周例会跟进。',
  '按季度梳理商机漏斗，对停滞商机及时调整策略；报价严格执行价格体系。',
  '与客服组协作做好交付与回款跟进，提升老客户满意度与复购。',
];
