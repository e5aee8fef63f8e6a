/**
 * BENCH ONLY — 100,000 client files and 1,000,000 communication records written through the clients
 * REPOSITORY, bypassing services, dispatch, validation and the audit trail.
 *
 * The client benchmarks need a table of realistic size for a large department, not a realistic way of getting
 * there: through dispatch every file would be several fsync'd transactions with audit rows, which would take
 * an hour. So this writes plausible files (one primary contact each, search text kept as the service keeps it:
 * client_search rows, whose triggers fill the FTS index) and a communication history straight into the tables,
 * in large transactions of prepared INSERTs (the repository's own statements, cached by `stmt`). The app
 * itself never does this: every row it writes comes from a service. Do not import this outside bench/.
 */
import type { Core } from '../src/main/core/createCore';
import { newId } from '../src/main/core/ids';
import { INDUSTRIES } from '../src/shared/clients/catalog';
import { normaliseClientName, normalisePhoneDigits } from '../src/shared/clients/rules';
import type {
  ClientSource,
  ClientStatus,
  CommunicationChannel,
  ValueTier,
} from '../src/shared/clients/types';
import { nextClientCode } from '../src/main/domains/clients/codes';
import { insertClient } from '../src/main/domains/clients/repository/clients';
import { insertCommunication } from '../src/main/domains/clients/repository/communications';
import { insertContact } from '../src/main/domains/clients/repository/contacts';
import { upsertSearchText } from '../src/main/domains/clients/repository/searchText';
import { listAccounts } from '../src/main/domains/org/accounts';
import { listStaff } from '../src/main/domains/org/staff';
import { SEARCH_TEXT_VERSION, searchText } from '../src/main/domains/clients/search';
import { creditCode, REGIONS } from '../scripts/sample/clients';
import { createRandom } from '../scripts/sample/random';

const DAY_MS = 86_400_000;
const BATCH = 20_000;

/**
 * 字号 (trade names) are two characters from a pool of common ones (~20,000 pairs) and the trade from a list
 * of thirty: 100,000 companies share few full names, as in a real register, where a fixed handful of brand
 * names would make every search find thousands of files.
 */
const BRAND_CHARS = (
  '华信恒达宏远鼎盛博瑞中科天成金诚丰世东方南新元航卓越汇通联创启明永安长城同万嘉锦程德康泰海川禾云帆星辰君和' +
  '九州汇鑫源亿润图智安捷晨光泽佳诺凯银河蓝正弘毅立尚品睿鸿运国富贵祥福寿隆兴旺昌茂盛荣耀辉煌宇宙乾坤江山' +
  '春秋松柏竹梅兰菊美丽英豪杰俊秀灵慧聪敏精诚合众利民益友邦胜凯威龙凤麟鹏飞翔腾跃奥斯特雅思普罗'
).split('');
const WORDS = [
  '科技',
  '贸易',
  '机械制造',
  '物流',
  '建设工程',
  '信息技术',
  '商贸',
  '电子',
  '餐饮管理',
  '文化传媒',
  '实业',
  '新材料',
  '供应链',
  '网络科技',
  '环保科技',
  '生物科技',
  '医疗器械',
  '企业管理咨询',
  '建筑装饰',
  '汽车配件',
  '食品',
  '服饰',
  '家居',
  '能源',
  '化工',
  '农业发展',
  '教育咨询',
  '广告',
  '检测技术',
  '进出口',
];
const brand = (rng: ReturnType<typeof createRandom>) => rng.pick(BRAND_CHARS) + rng.pick(BRAND_CHARS);
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红鹏辉佳欣怡婷雪慧宇浩晨'.split('');
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
const SOURCES: readonly ClientSource[] = [
  'referral',
  'market_research',
  'exhibition',
  'online',
  'cold_call',
  'other',
];
const CHANNELS: readonly CommunicationChannel[] = ['phone', 'wechat', 'visit', 'email', 'meeting', 'other'];
const CONTENTS = ['电话沟通采购计划', '拜访客户介绍新方案', '微信发送报价单', '回访交付情况', '沟通付款进度'];

export interface BulkClients {
  clients: number;
  communications: number;
  /** A sample of the files written, for the benchmarks' queries. */
  sampleIds: string[];
  sampleNames: string[];
}

export function writeBulkClients(
  core: Core,
  options: { seed: number; clients: number; communications: number; years: number },
): BulkClients {
  const rng = createRandom(options.seed).fork('bench-clients');
  const db = core.store.db;
  const staff = listStaff(core.context(), { search: null, groupId: null, status: null }).filter(
    (s) => s.status === 'active' && s.groupId,
  );
  const manager = listAccounts(core.context()).find((a) => a.role === 'manager');
  if (staff.length === 0 || !manager) throw new Error('bulk clients need the sample department first');
  const by = manager.id;
  const end = Date.now() - DAY_MS;
  const start = end - options.years * 365 * DAY_MS;
  const owners: { id: string; groupId: string }[] = staff.map((s) => ({ id: s.id, groupId: s.groupId! }));
  const ids: string[] = new Array<string>(options.clients);
  const contactOf: string[] = new Array<string>(options.clients);
  const ownerOf: number[] = new Array<number>(options.clients);
  const sampleIds: string[] = [];
  const sampleNames: string[] = [];
  const person = () => rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');
  const mobile = () => `1${rng.pick(['38', '39', '58', '86', '77', '99', '35', '50'])}${rng.digits(8)}`;

  // Nothing here needs to survive a power cut: write without syncing, and restore the setting afterwards.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  // Files are created in time order over the years, as a department enters them.
  const step = (end - start) / options.clients;
  for (let from = 0; from < options.clients; from += BATCH) {
    db.transaction(() => {
      for (let i = from; i < Math.min(options.clients, from + BATCH); i++) {
        const at = new Date(start + i * step + rng.next() * step);
        const stamp = { at: at.toISOString(), by };
        const region = rng.pick(REGIONS);
        const [city, cityCode] = rng.pick(region.cities);
        const individual = rng.chance(0.05);
        const name = individual
          ? person()
          : `${city.replace(/市$/u, '')}${brand(rng)}${rng.pick(WORDS)}${rng.chance(0.8) ? '有限公司' : '有限责任公司'}`;
        const o = rng.int(0, owners.length - 1);
        const owner = rng.chance(0.03) ? null : owners[o]!;
        const id = newId();
        const code = nextClientCode(db, at);
        const credit = individual ? null : creditCode(rng, `${region.prefix}${cityCode}00`);
        insertClient(
          db,
          id,
          code,
          {
            type: individual ? 'individual' : 'enterprise',
            name,
            nameNorm: normaliseClientName(name),
            creditCode: credit,
            industry: individual ? null : rng.pick(INDUSTRIES).zh,
            province: region.province,
            city,
            address: null,
            source: rng.pick(SOURCES),
            tier: rng.weighted(TIERS),
            ownerId: owner?.id ?? null,
            groupId: owner?.groupId ?? null,
            tags: [],
            notes: null,
          },
          rng.weighted(STATUSES),
          stamp,
        );
        const contactId = newId();
        const contact = { name: individual ? name : person(), mobile: mobile() };
        insertContact(
          db,
          contactId,
          id,
          {
            name: contact.name,
            title: null,
            mobile: contact.mobile,
            mobileNorm: normalisePhoneDigits(contact.mobile),
            email: null,
            wechat: null,
            isPrimary: true,
            birthday: null,
            notes: null,
          },
          stamp,
        );
        upsertSearchText(
          db,
          id,
          searchText({ name, code, creditCode: credit, contacts: [contact] }),
          SEARCH_TEXT_VERSION,
        );
        ids[i] = id;
        contactOf[i] = contactId;
        ownerOf[i] = owner ? o : -1;
        if (i % 997 === 0) {
          sampleIds.push(id);
          sampleNames.push(name);
        }
      }
    })();
  }

  // Communications: each on a random file, at a random time after the file was created.
  for (let from = 0; from < options.communications; from += BATCH * 5) {
    db.transaction(() => {
      for (let k = from; k < Math.min(options.communications, from + BATCH * 5); k++) {
        const i = rng.int(0, options.clients - 1);
        const created = start + i * step;
        const atMs = created + rng.next() * (end - created);
        const at = new Date(atMs).toISOString();
        const o = ownerOf[i]!;
        const open = rng.chance(0.08);
        insertCommunication(
          db,
          newId(),
          ids[i]!,
          o >= 0 ? owners[o]!.id : null,
          {
            contactId: contactOf[i]!,
            at,
            channel: rng.pick(CHANNELS),
            content: rng.pick(CONTENTS),
            nextAction: open || rng.chance(0.2) ? '电话回访' : null,
            nextActionDate: open ? new Date(atMs + rng.int(1, 30) * DAY_MS).toISOString().slice(0, 10) : null,
            nextActionDone: !open,
          },
          { at, by },
        );
      }
    })();
  }
  db.pragma(`synchronous = ${synchronous}`);
  return { clients: options.clients, communications: options.communications, sampleIds, sampleNames };
}
