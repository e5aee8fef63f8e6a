/**
 * Client files (rulebook 四): companies across the provinces and industries of the catalog, a few individuals,
 * tiers / statuses / sources spread as a real department's would be, owners from the sales and market groups
 * mostly, 1–3 contacts each (one primary), a year of communication records with next actions — some overdue,
 * due today and this week for the demo logins, so "My follow-ups" is never empty — and transactions for
 * customers. A few near-duplicate names (有限公司 / 有限责任公司) show the duplicate warning.
 * Files were entered over the year since set-up (the existing client book in the first weeks), each file's
 * history written in the order it happened; most were last worked on in the past months, some — dormant and
 * lost clients, leads nobody followed — not since before the periodic-update limit, so "Files to update" has
 * work in it.
 * Everything goes through the contract (rules + audit); only ~300 files at scale 1, whatever the scale
 * (a benchmark's big client table is written in bench/clientsBulk.ts, not here).
 */
import { INDUSTRIES, type CatalogEntry } from '../../src/shared/clients/catalog';
import { isValidCreditCode } from '../../src/shared/clients/rules';
import type {
  ClientSource,
  ClientStatus,
  CommunicationChannel,
  ValueTier,
} from '../../src/shared/clients/types';
import type { Session } from '../../src/main/core/session';
import type { SampleContext, SampleDomain } from './context';
import { createPeopleFactory } from './people';
import type { Random } from './random';

/** Files at scale 1; the sample never writes more than this many through the contract. */
export const CLIENTS_AT_SCALE_1 = 300;

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of a credit code's first 17 characters (GB 32100-2015; see rules.isValidCreditCode). */
export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(first17[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

/** A valid 统一社会信用代码 for an enterprise (91…) registered in the given division (6 digits). */
export function creditCode(rng: Random, division: string): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += rng.chance(0.85) ? rng.digits(1) : rng.pick([...CREDIT_CODE_CHARS]);
  const first17 = `91${division}${org}`;
  const code = first17 + creditCheckChar(first17);
  if (!isValidCreditCode(code)) throw new Error(`generated an invalid credit code ${code}`);
  return code;
}

/** Provinces with a division code prefix, their main cities (with the city's code) and a weight. */
export const REGIONS: readonly {
  province: string;
  prefix: string;
  weight: number;
  cities: readonly (readonly [string, string])[];
}[] = [
  {
    province: '广东省',
    prefix: '44',
    weight: 14,
    cities: [
      ['广州市', '01'],
      ['深圳市', '03'],
      ['东莞市', '19'],
      ['佛山市', '06'],
    ],
  },
  {
    province: '江苏省',
    prefix: '32',
    weight: 12,
    cities: [
      ['南京市', '01'],
      ['苏州市', '05'],
      ['无锡市', '02'],
      ['常州市', '04'],
    ],
  },
  {
    province: '浙江省',
    prefix: '33',
    weight: 12,
    cities: [
      ['杭州市', '01'],
      ['宁波市', '02'],
      ['温州市', '03'],
      ['嘉兴市', '04'],
    ],
  },
  { province: '上海市', prefix: '31', weight: 10, cities: [['上海市', '01']] },
  { province: '北京市', prefix: '11', weight: 9, cities: [['北京市', '01']] },
  {
    province: '山东省',
    prefix: '37',
    weight: 8,
    cities: [
      ['济南市', '01'],
      ['青岛市', '02'],
      ['烟台市', '06'],
    ],
  },
  {
    province: '四川省',
    prefix: '51',
    weight: 5,
    cities: [
      ['成都市', '01'],
      ['绵阳市', '07'],
    ],
  },
  {
    province: '湖北省',
    prefix: '42',
    weight: 5,
    cities: [
      ['武汉市', '01'],
      ['宜昌市', '05'],
    ],
  },
  {
    province: '福建省',
    prefix: '35',
    weight: 4,
    cities: [
      ['福州市', '01'],
      ['厦门市', '02'],
      ['泉州市', '05'],
    ],
  },
  {
    province: '河南省',
    prefix: '41',
    weight: 4,
    cities: [
      ['郑州市', '01'],
      ['洛阳市', '03'],
    ],
  },
  {
    province: '湖南省',
    prefix: '43',
    weight: 3,
    cities: [
      ['长沙市', '01'],
      ['株洲市', '02'],
    ],
  },
  {
    province: '安徽省',
    prefix: '34',
    weight: 3,
    cities: [
      ['合肥市', '01'],
      ['芜湖市', '02'],
    ],
  },
  { province: '天津市', prefix: '12', weight: 3, cities: [['天津市', '01']] },
  { province: '重庆市', prefix: '50', weight: 3, cities: [['重庆市', '01']] },
  { province: '陕西省', prefix: '61', weight: 2, cities: [['西安市', '01']] },
  {
    province: '辽宁省',
    prefix: '21',
    weight: 2,
    cities: [
      ['沈阳市', '01'],
      ['大连市', '02'],
    ],
  },
  {
    province: '河北省',
    prefix: '13',
    weight: 2,
    cities: [
      ['石家庄市', '01'],
      ['保定市', '06'],
    ],
  },
  { province: '云南省', prefix: '53', weight: 1, cities: [['昆明市', '01']] },
];

/** Industries by weight, each with the words its companies are named with. */
const INDUSTRY_NAMES: readonly (readonly [string, number, readonly string[]])[] = [
  ['manufacturing', 18, ['机械制造', '精密制造', '电子', '新材料', '汽车零部件']],
  ['wholesaleRetail', 16, ['贸易', '商贸', '供应链', '进出口']],
  ['informationTechnology', 14, ['科技', '信息技术', '软件', '网络科技', '数据科技']],
  ['construction', 8, ['建设工程', '建筑装饰', '工程']],
  ['transport', 7, ['物流', '供应链管理', '运输']],
  ['businessServices', 7, ['企业管理咨询', '商务服务', '人力资源']],
  ['research', 5, ['检测技术', '生物科技', '环境科技']],
  ['hospitality', 4, ['餐饮管理', '酒店管理']],
  ['realEstate', 4, ['置业', '物业服务']],
  ['health', 3, ['医疗科技', '健康管理']],
  ['culture', 3, ['文化传媒', '广告']],
  ['education', 2, ['教育科技', '培训']],
  ['agriculture', 2, ['农业科技', '生态农业']],
  ['utilities', 2, ['新能源', '能源科技']],
  ['finance', 1, ['投资管理']],
];

const BRANDS = (
  '华信 恒达 宏远 鼎盛 博瑞 中科 天成 金诚 瑞丰 盛世 东方 华东 华南 新元 远航 卓越 汇通 联创 启明 永安 ' +
  '长城 同创 万嘉 信达 锦程 明德 康泰 海川 嘉禾 云帆 星辰 君和 九州 中泰 汇丰 鑫源 创新 亿达 德润 宏图 ' +
  '智联 华科 通达 众诚 安捷 晨光 润泽 佳和 诺信 凯盛 银河 蓝海 正元 弘毅 立信 尚品 睿达 泰和 鸿运 国泰'
).split(' ');

const TIERS: readonly (readonly [ValueTier, number])[] = [
  ['A', 10],
  ['B', 25],
  ['C', 45],
  ['D', 20],
];
const STATUSES: readonly (readonly [ClientStatus, number])[] = [
  ['potential', 30],
  ['key_follow_up', 18],
  ['customer', 35],
  ['dormant', 11],
  ['lost', 6],
];
const SOURCES: readonly (readonly [ClientSource, number])[] = [
  ['referral', 22],
  ['market_research', 18],
  ['exhibition', 16],
  ['online', 20],
  ['cold_call', 14],
  ['other', 10],
];
const CHANNELS: readonly (readonly [CommunicationChannel, number])[] = [
  ['phone', 40],
  ['wechat', 25],
  ['visit', 15],
  ['email', 10],
  ['meeting', 8],
  ['other', 2],
];
const TITLES = [
  '总经理',
  '副总经理',
  '采购经理',
  '采购专员',
  '财务主管',
  '行政主管',
  '技术总监',
  '运营经理',
  '董事长助理',
];
const TAGS = ['重点行业', '年度框架', '政府背景', '老客户推荐', '价格敏感', '需要发票', '外资', '上市公司'];
const CONTENTS = [
  '电话沟通采购计划，对方预计下季度有新需求',
  '拜访客户，介绍新产品方案，对方反馈积极',
  '微信发送报价单，客户表示需内部评审',
  '参加客户年度供应商会议，了解明年预算',
  '回访上次交付情况，客户对服务满意',
  '邮件发送合同草稿，法务审核中',
  '客户咨询售后问题，已协调客服组跟进',
  '沟通付款进度，财务确认月底前安排',
  '约见对方采购负责人，初步确认合作意向',
  '电话确认样品已收到，等待测试结果',
];
const NEXT_ACTIONS = [
  '电话回访确认报价反馈',
  '发送修改后的合同',
  '上门拜访采购负责人',
  '跟进样品测试结果',
  '确认付款到账情况',
  '邀请参加新品推介会',
  '提交年度合作方案',
];
const ITEMS = [
  ['年度技术服务', 1, 5],
  ['设备采购', 1, 20],
  ['软件许可', 5, 200],
  ['咨询服务', 1, 3],
  ['配件批量订单', 100, 5000],
  ['维保服务', 1, 4],
] as const;

/** Days before today of the first file: the department's set-up (org.ts) was a little earlier. */
const FIRST_FILE_DAYS_AGO = 385;
/** Share of the files entered in the first three weeks: the client book the department already had. */
const CLIENT_BOOK_SHARE = 0.35;

/** When each file was entered, in days before today, oldest first. */
function entryDays(rng: Random, total: number): number[] {
  return Array.from({ length: total }, () =>
    rng.chance(CLIENT_BOOK_SHARE)
      ? rng.int(FIRST_FILE_DAYS_AGO - 21, FIRST_FILE_DAYS_AGO)
      : rng.int(1, FIRST_FILE_DAYS_AGO - 22),
  ).sort((a, b) => b - a);
}

/** How likely a file was last worked on before the periodic-update limit (when it is old enough to be). */
const STALE_CHANCE: Record<ClientStatus, number> = {
  potential: 0.08,
  key_follow_up: 0.02,
  customer: 0.03,
  dormant: 0.4,
  lost: 0.5,
};

/** Something that happened to a file, written when it happened. */
interface Event {
  at: Date;
  write: () => Promise<unknown>;
}

interface Owner {
  staffId: string;
  /** Who records this owner's communications: the owner's own login, else the group's lead. */
  recorder: string;
  login: boolean;
}

export const clientsSample: SampleDomain = {
  name: 'clients',
  async generate(ctx: SampleContext) {
    const org = ctx.ids.org;
    if (!org) throw new Error('the clients sample needs the org sample first');
    const { rng, time } = ctx;
    const people = createPeopleFactory(rng.fork('contacts'), ctx.today);
    const total = Math.max(20, Math.round(CLIENTS_AT_SCALE_1 * Math.min(ctx.scale, 1)));
    const sessions = new Map<string, Session>();
    const sessionOf = async (username: string): Promise<Session> => {
      if (username === 'manager') return ctx.manager;
      let s = sessions.get(username);
      if (!s) {
        s = await ctx.sessionFor(username);
        sessions.set(username, s);
      }
      return s;
    };

    // Owners: the demo logins first (so their lists and follow-ups are full), then the groups' active staff.
    const login = (u: string) => org.accounts[u]!.staffId;
    const fixed: Owner[] = [
      ...Array.from({ length: 14 }, () => ({ staffId: login('staff1'), recorder: 'staff1', login: true })),
      ...Array.from({ length: 8 }, () => ({
        staffId: login('lead.sales'),
        recorder: 'lead.sales',
        login: true,
      })),
      ...Array.from({ length: 5 }, () => ({ staffId: login('manager'), recorder: 'manager', login: true })),
    ];
    const logins = new Set(Object.values(org.accounts).map((a) => a.staffId));
    const pool = (g: 'sales' | 'market' | 'service', lead: string): Owner[] =>
      org.activeStaffByGroup[g]
        .filter((id) => !logins.has(id))
        .map((staffId) => ({ staffId, recorder: lead, login: false }));
    const groupPools: readonly (readonly [Owner[], number])[] = [
      [pool('sales', 'lead.sales'), 55],
      [pool('market', 'lead.market'), 35],
      [pool('service', 'lead.service'), 10],
    ];
    const ownerFor = (i: number): Owner | null => {
      if (i < fixed.length && i * 3 < total) return fixed[i]!;
      if (rng.chance(0.04)) return null; // unassigned leads waiting for an owner
      const group = rng.weighted(groupPools.filter(([p]) => p.length > 0));
      return rng.pick(group);
    };

    const industries = INDUSTRY_NAMES.map(([key, w, words]) => {
      const entry = INDUSTRIES.find((x) => x.key === key) as CatalogEntry;
      return [{ zh: entry.zh, words }, w] as const;
    });
    const { clientStaleDays } = (await ctx.call('settings.get', {})).settings;
    const enteredDays = entryDays(rng, total);
    const names = new Set<string>();
    const dueOffsets = [-9, -4, -2, -1, 0, 0, 1, 2, 3, 5, 6, 12, 20];
    let loginIndex = 0;
    let contacts = 0;
    let communications = 0;
    let transactions = 0;
    let individuals = 0;
    let duplicates = 0;
    const earlier: string[] = [];

    for (let i = 0; i < total; i++) {
      const enteredAgo = enteredDays[i]!;
      const enteredAt = time.workMoment(rng, enteredAgo);
      /** A moment `daysAgo` in office hours, not before the file existed. */
      const after = (daysAgo: number): Date => {
        const at = time.workMoment(rng, daysAgo);
        return at > enteredAt ? at : time.later(enteredAt, rng.int(5, 90));
      };
      const owner = ownerFor(i);
      const region = rng.weighted(REGIONS.map((r) => [r, r.weight] as const));
      const [city, cityCode] = rng.pick(region.cities);
      const individual = rng.chance(0.07);
      const industry = rng.weighted(industries);
      let name: string;
      const nearDuplicate = !individual && earlier.length > 10 && duplicates < 4 && i % 60 === 59;
      if (individual) {
        name = people.person().name;
        individuals++;
      } else if (nearDuplicate) {
        // The same company typed again, with the long form of its suffix: the duplicate warning shows it.
        name = rng.pick(earlier).replace(/有限公司$/u, '有限责任公司');
        duplicates++;
      } else {
        const short = city.replace(/市$/u, '');
        do name = `${short}${rng.pick(BRANDS)}${rng.pick(industry.words)}有限公司`;
        while (names.has(name));
        earlier.push(name);
      }
      names.add(name);
      const status = rng.weighted(STATUSES);
      const tier: ValueTier = status === 'customer' ? rng.weighted(TIERS) : rng.weighted(TIERS.slice(1));
      const ownerSession = await sessionOf(owner?.login ? owner.recorder : 'manager');
      time.at(enteredAt);
      const client = await ctx.call(
        'clients.create',
        {
          type: individual ? 'individual' : 'enterprise',
          name,
          creditCode:
            individual || rng.chance(0.06) ? null : creditCode(rng, `${region.prefix}${cityCode}00`),
          industry: individual ? null : industry.zh,
          province: region.province,
          city,
          address: rng.chance(0.85)
            ? `${city}${rng.pick(['高新区', '经开区', '工业园', '中心区'])}${rng.int(1, 300)}号`
            : null,
          source: rng.weighted(SOURCES),
          tier,
          ownerId: owner?.staffId ?? null,
          tags: rng.chance(0.3) ? [rng.pick(TAGS)] : [],
          notes: null,
          status,
        },
        ownerSession,
      );

      const contactIds: string[] = [];
      const n = individual
        ? 1
        : rng.weighted([
            [1, 45],
            [2, 35],
            [3, 20],
          ] as const);
      let typing = enteredAt;
      for (let k = 0; k < n; k++) {
        const p = individual && k === 0 ? { name, phone: people.person().phone } : people.person();
        typing = time.later(typing, rng.int(1, 3));
        time.at(typing);
        const c = await ctx.call(
          'contacts.create',
          {
            clientId: client.id,
            name: p.name,
            title: individual ? null : rng.pick(TITLES),
            mobile: rng.chance(0.92) ? p.phone : null,
            email: null,
            wechat: rng.chance(0.4) ? `wx_${p.phone.slice(-6)}` : null,
            isPrimary: k === 0,
            birthday: null,
            notes: null,
          },
          ownerSession,
        );
        contactIds.push(c.id);
        contacts++;
      }

      // When the file was last worked on: the demo logins' open follow-ups this week; some files not since
      // before the periodic-update limit; the rest within the past months.
      const withCommunications = owner !== null && status !== 'lost' && rng.chance(0.9);
      const openForLogin = withCommunications && owner.login && status !== 'dormant';
      const due = openForLogin ? dueOffsets[loginIndex++ % dueOffsets.length]! : 0;
      let lastAgo: number;
      let untouched = false;
      if (openForLogin) lastAgo = Math.min(enteredAgo, Math.max(0, -due) + rng.int(1, 5));
      else if (enteredAgo > clientStaleDays + 10 && rng.chance(STALE_CHANCE[status])) {
        lastAgo = rng.int(clientStaleDays + 5, enteredAgo);
        untouched = true;
      } else lastAgo = rng.int(0, Math.min(enteredAgo, 150));

      const events: Event[] = [];
      if (withCommunications) {
        const recorder = await sessionOf(owner.recorder);
        const count = status === 'customer' || status === 'key_follow_up' ? rng.int(2, 5) : rng.int(1, 2);
        const days = [lastAgo, ...Array.from({ length: count - 1 }, () => rng.int(lastAgo, enteredAgo))].sort(
          (a, b) => b - a,
        );
        for (const [k, ago] of days.entries()) {
          const last = k === days.length - 1;
          const at = after(ago);
          const atAgo = time.daysSince(time.dateOf(at));
          let nextAction: string | null = null;
          let nextActionDate: string | null = null;
          let done = false;
          if (last && openForLogin) {
            nextAction = rng.pick(NEXT_ACTIONS);
            nextActionDate = time.dateAgo(-due);
          } else if (last && rng.chance(0.5)) {
            nextAction = rng.pick(NEXT_ACTIONS);
            nextActionDate = time.dateAgo(atAgo - rng.int(1, 25));
            done = nextActionDate < ctx.today && rng.chance(untouched ? 0.9 : 0.7);
          } else if (!last && rng.chance(0.3)) {
            nextAction = rng.pick(NEXT_ACTIONS);
            nextActionDate = time.dateAgo(atAgo - rng.int(1, 10));
            done = true;
          }
          const input = {
            clientId: client.id,
            contactId: rng.pick(contactIds),
            at: at.toISOString(),
            channel: rng.weighted(CHANNELS),
            content: rng.pick(CONTENTS),
            nextAction,
            nextActionDate,
            nextActionDone: done,
          };
          // Written up a little after the call or visit.
          events.push({
            at: time.later(at, rng.int(3, 40)),
            write: () => ctx.call('communications.create', input, recorder),
          });
          communications++;
        }
      }

      if (status === 'customer') {
        for (let t = rng.int(1, 4); t > 0; t--) {
          const [item, minQ, maxQ] = rng.pick(ITEMS);
          const quantity = rng.int(minQ, maxQ);
          const unitFen = rng.int(50, 5000) * 100 * (tier === 'A' ? 10 : tier === 'B' ? 3 : 1);
          const at = after(rng.int(lastAgo, enteredAgo));
          const date = time.dateOf(at);
          const input = {
            clientId: client.id,
            date,
            item,
            quantity,
            amountFen: Math.min(quantity * unitFen, 5e10),
            contractRef: rng.chance(0.7) ? `HT-${date.slice(0, 4)}-${rng.digits(4)}` : null,
            notes: null,
          };
          events.push({ at, write: () => ctx.call('transactions.create', input, ownerSession) });
          transactions++;
        }
      }
      // In the order it happened: each write marks the file as touched at its moment.
      for (const event of events.sort((a, b) => a.at.getTime() - b.at.getTime())) {
        time.at(event.at);
        await event.write();
      }
      if ((i + 1) % 100 === 0) ctx.progress(`clients: ${i + 1} / ${total}`);
    }

    time.at(time.now);
    const due = await ctx.call('clients.list', { stale: true, page: 1, pageSize: 1 });
    ctx.counts.clients = total;
    ctx.counts['clients.toUpdate'] = due.total;
    ctx.counts['clients.individuals'] = individuals;
    ctx.counts['clients.nearDuplicates'] = duplicates;
    ctx.counts.contacts = contacts;
    ctx.counts.communications = communications;
    ctx.counts.transactions = transactions;
  },
};
