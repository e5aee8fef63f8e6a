import type { Random } from './random';

/**
 * Believable people for the sample department: Chinese names (with the pinyin used for their company
 * email), mainland mobile numbers and hire dates. Uniqueness of emails and phones is kept per generator run.
 */

/** "汉字 pinyin[ weight], …" → entries; written as text so the tables stay compact and readable. */
function table(text: string): { chars: string; pinyin: string; weight: number }[] {
  return text
    .split(',')
    .map((s) => s.trim().split(/\s+/))
    .map(([chars, pinyin, weight]) => ({
      chars: chars!,
      pinyin: pinyin!,
      weight: weight ? Number(weight) : 1,
    }));
}

/** Common surnames with pinyin, weighted roughly by how common they are. */
const SURNAMES = table(`
  王 wang 30, 李 li 30, 张 zhang 28, 刘 liu 22, 陈 chen 20, 杨 yang 12, 黄 huang 10, 赵 zhao 10, 吴 wu 9, 周 zhou 9,
  徐 xu 7, 孙 sun 7, 马 ma 6, 朱 zhu 6, 胡 hu 6, 郭 guo 6, 何 he 5, 高 gao 5, 林 lin 5, 罗 luo 5,
  郑 zheng 5, 梁 liang 5, 谢 xie 4, 宋 song 4, 唐 tang 4, 许 xu 4, 韩 han 4, 冯 feng 4, 邓 deng 4, 曹 cao 4,
  彭 peng 3, 曾 zeng 3, 肖 xiao 3, 田 tian 3, 董 dong 3, 袁 yuan 3, 潘 pan 3, 于 yu 3, 蒋 jiang 3, 蔡 cai 3,
  余 yu 3, 杜 du 3, 叶 ye 3, 程 cheng 3, 苏 su 3, 魏 wei 3, 吕 lv 3, 丁 ding 3, 任 ren 3, 沈 shen 3,
  姚 yao 2, 卢 lu 2, 姜 jiang 2, 崔 cui 2, 钟 zhong 2, 谭 tan 2, 陆 lu 2, 汪 wang 2, 范 fan 2, 金 jin 2,
  石 shi 2, 廖 liao 2, 贾 jia 2, 夏 xia 2, 方 fang 2, 白 bai 2, 邹 zou 2, 孟 meng 2, 熊 xiong 2, 秦 qin 2,
  邱 qiu 2, 江 jiang 2, 尹 yin 2, 薛 xue 2, 段 duan 2, 雷 lei 2, 侯 hou 2, 龙 long 1, 史 shi 1, 陶 tao 1,
  贺 he 1, 顾 gu 1, 毛 mao 1, 郝 hao 1, 龚 gong 1, 邵 shao 1, 万 wan 1, 钱 qian 1, 严 yan 1, 武 wu 1,
  戴 dai 1, 孔 kong 1, 汤 tang 1, 欧阳 ouyang 1, 上官 shangguan 0.3`);

/** Characters common in given names, with pinyin. */
const GIVEN = table(`
  伟 wei, 芳 fang, 娜 na, 敏 min, 静 jing, 丽 li, 强 qiang, 磊 lei, 军 jun, 洋 yang, 勇 yong, 艳 yan, 杰 jie, 娟 juan,
  涛 tao, 明 ming, 超 chao, 秀 xiu, 霞 xia, 平 ping, 刚 gang, 英 ying, 华 hua, 玉 yu, 萍 ping, 红 hong, 鹏 peng, 辉 hui,
  佳 jia, 欣 xin, 怡 yi, 婷 ting, 雪 xue, 慧 hui, 宇 yu, 浩 hao, 晨 chen, 子 zi, 轩 xuan, 梓 zi, 涵 han, 博 bo,
  文 wen, 琳 lin, 晓 xiao, 建 jian, 国 guo, 海 hai, 鑫 xin, 宁 ning, 丹 dan, 凯 kai, 帆 fan, 然 ran, 悦 yue, 思 si,
  雨 yu, 嘉 jia, 俊 jun, 泽 ze, 一 yi, 诗 shi, 昊 hao, 天 tian, 志 zhi, 新 xin, 春 chun, 亮 liang, 斌 bin, 成 cheng,
  乐 le, 彤 tong, 倩 qian, 颖 ying, 晶 jing, 云 yun, 飞 fei, 峰 feng, 波 bo, 莉 li, 菲 fei, 蕾 lei, 婧 jing, 瑶 yao,
  璐 lu, 航 hang, 睿 rui, 哲 zhe, 立 li, 晗 han, 卫 wei, 东 dong, 小 xiao, 永 yong, 金 jin, 兰 lan, 梅 mei, 雅 ya`);

const WEIGHTED_SURNAMES = SURNAMES.map((s) => [s, s.weight] as const);

/** Mobile prefixes of the three carriers; every one matches 1[3-9]xxxxxxxxx. */
const MOBILE_PREFIXES = (
  '130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 ' +
  '166 173 176 177 178 180 181 182 183 185 186 187 188 189 191 198 199'
).split(' ');

export const EMAIL_DOMAIN = 'bizops.example';

export interface Identity {
  name: string;
  email: string;
  phone: string;
}

export interface PeopleFactory {
  /** A new person: name, a unique company email (pinyin), a unique mobile. */
  person(): Identity;
  /** A hire date between `minYears` and `maxYears` before today, on a working day (Mon–Fri). */
  hireDate(minYears: number, maxYears: number, skewRecent?: number): string;
}

const DAY_MS = 86_400_000;

export function createPeopleFactory(rng: Random, today: string): PeopleFactory {
  const emails = new Set<string>();
  const phones = new Set<string>();
  const names = new Set<string>();
  const todayMs = Date.parse(`${today}T00:00:00Z`);

  function givenName(): [string, string] {
    const first = rng.pick(GIVEN);
    if (rng.chance(0.35)) return [first.chars, first.pinyin];
    let second = rng.pick(GIVEN);
    while (second.chars === first.chars) second = rng.pick(GIVEN);
    return [first.chars + second.chars, first.pinyin + second.pinyin];
  }

  return {
    person() {
      // Namesakes happen in big departments; in a small one they only confuse a demo, so retry a few times.
      let surname = rng.weighted(WEIGHTED_SURNAMES);
      let [given, givenPinyin] = givenName();
      for (let tries = 0; names.has(surname.chars + given) && tries < 20; tries++) {
        surname = rng.weighted(WEIGHTED_SURNAMES);
        [given, givenPinyin] = givenName();
      }
      names.add(surname.chars + given);
      const base = `${surname.pinyin}.${givenPinyin}`;
      let local = base;
      for (let n = 2; emails.has(local); n++) local = `${base}${n}`;
      emails.add(local);
      let phone: string;
      do phone = rng.pick(MOBILE_PREFIXES) + rng.digits(8);
      while (phones.has(phone));
      phones.add(phone);
      return { name: surname.chars + given, email: `${local}@${EMAIL_DOMAIN}`, phone };
    },

    hireDate(minYears, maxYears, skewRecent = 1) {
      const span = (maxYears - minYears) * 365;
      const daysAgo = Math.round(minYears * 365 + span * Math.pow(rng.next(), skewRecent));
      const d = new Date(todayMs - daysAgo * DAY_MS);
      const weekday = d.getUTCDay();
      // A weekend date moves to the Friday before, so nobody starts on a Saturday.
      const shift = weekday === 6 ? -1 : weekday === 0 ? -2 : 0;
      return new Date(d.getTime() + shift * DAY_MS).toISOString().slice(0, 10);
    },
  };
}
