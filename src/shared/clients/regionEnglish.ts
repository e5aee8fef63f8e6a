/**
 * How a region's English name is made: its pinyin without the administrative suffix (浙江省 → Zhejiang,
 * 杭州市 → Hangzhou, 西安市 → Xi'an), or the accepted English name where that is not the pinyin.
 *
 * pinyin-pro costs 320 kB of script and a quarter of a second to load and warm up, so the names of every
 * listed region are worked out here once, ahead of time, into regionEnglishNames.ts (which regionLabel
 * reads in main and in the renderer alike); test/main/clients/regionLabel.test.ts fails when that table
 * differs from what this derives, and `npx tsx scripts/regionEnglishNames.ts` writes it again.
 */
import { pinyin } from 'pinyin-pro';
import { allRegionNames, regionCore } from './regions';

/**
 * English names that are not the pinyin of the Chinese one: the regions' own established names (Inner
 * Mongolia, Tibet, Shaanxi — whose pinyin is Shanxi's), names from Mongolian, Tibetan and Uyghur, Hong Kong
 * and Macau's own English names, and Taiwan's customary romanisation.
 */
const ENGLISH_NAMES: Record<string, string> = {
  内蒙古自治区: 'Inner Mongolia',
  西藏自治区: 'Tibet',
  陕西省: 'Shaanxi',
  香港特别行政区: 'Hong Kong',
  澳门特别行政区: 'Macau',
  台湾省: 'Taiwan',
  // Inner Mongolia
  呼和浩特市: 'Hohhot',
  鄂尔多斯市: 'Ordos',
  呼伦贝尔市: 'Hulunbuir',
  巴彦淖尔市: 'Bayannur',
  乌兰察布市: 'Ulanqab',
  兴安盟: 'Hinggan',
  锡林郭勒盟: 'Xilingol',
  阿拉善盟: 'Alxa',
  // Heilongjiang
  哈尔滨市: 'Harbin',
  齐齐哈尔市: 'Qiqihar',
  大兴安岭地区: 'Da Hinggan Ling',
  // Tibet
  拉萨市: 'Lhasa',
  日喀则市: 'Shigatse',
  昌都市: 'Qamdo',
  林芝市: 'Nyingchi',
  那曲市: 'Nagqu',
  阿里地区: 'Ngari',
  // Sichuan, Qinghai
  阿坝藏族羌族自治州: 'Ngawa',
  甘孜藏族自治州: 'Garzê',
  果洛藏族自治州: 'Golog',
  // Xinjiang
  乌鲁木齐市: 'Ürümqi',
  克拉玛依市: 'Karamay',
  吐鲁番市: 'Turpan',
  博尔塔拉蒙古自治州: 'Bortala',
  巴音郭楞蒙古自治州: 'Bayingolin',
  阿克苏地区: 'Aksu',
  克孜勒苏柯尔克孜自治州: 'Kizilsu',
  喀什地区: 'Kashgar',
  和田地区: 'Hotan',
  伊犁哈萨克自治州: 'Ili',
  阿勒泰地区: 'Altay',
  阿拉尔市: 'Aral',
  图木舒克市: 'Tumxuk',
  可克达拉市: 'Kokdala',
  // Hong Kong, Macau
  香港岛: 'Hong Kong Island',
  九龙: 'Kowloon',
  新界: 'New Territories',
  澳门半岛: 'Macau Peninsula',
  离岛: 'Islands',
  // Taiwan
  台北市: 'Taipei',
  高雄市: 'Kaohsiung',
  台中市: 'Taichung',
  新北市: 'New Taipei',
  基隆市: 'Keelung',
  新竹市: 'Hsinchu City',
  新竹县: 'Hsinchu County',
  嘉义市: 'Chiayi City',
  嘉义县: 'Chiayi County',
  彰化县: 'Changhua',
  金门县: 'Kinmen',
  屏东县: 'Pingtung',
  台东县: 'Taitung',
  花莲县: 'Hualien',
  连江县: 'Lienchiang',
};

/** Pinyin written as one word: 西安 → Xi'an (an apostrophe before a syllable that starts with a, o or e). */
function pinyinName(chinese: string): string {
  const syllables = pinyin(chinese, { toneType: 'none', type: 'array' });
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/u.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A listed region's English name (by its official Chinese name). */
export function englishRegionName(name: string): string {
  return ENGLISH_NAMES[name] ?? pinyinName(regionCore(name));
}

/** The English name of every listed region, by official Chinese name, in list order. */
export function deriveEnglishRegionNames(): Record<string, string> {
  return Object.fromEntries(allRegionNames().map((name) => [name, englishRegionName(name)]));
}
