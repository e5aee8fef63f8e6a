/**
 * China's provinces and cities (GB/T 2260) from @vant/area-data: the lists a client file's region is chosen
 * from, and the reading of what people type ("浙江", "杭州", "恩施州") as the official name.
 *
 * A file stores the official Chinese names, not the codes: names stay readable in the database, in exports
 * and for a future sync server, and a value from before the lists existed (or from a later revision of
 * GB/T 2260) is kept as it was instead of having no code to map to.
 */
import { areaList } from '@vant/area-data';
import { REGION_ENGLISH_NAMES } from './regionEnglishNames';

export interface Region {
  /** The six-digit GB/T 2260 code. */
  code: string;
  /** The official name (浙江省, 杭州市, 恩施土家族苗族自治州). */
  name: string;
}

/**
 * City-level entries that group county-level divisions instead of naming a place: the county-level cities
 * a province or Xinjiang administers directly (仙桃市, 石河子市 …) are listed as that province's cities in
 * their place; Chongqing's counties belong to 重庆市, so its "县" group is left out.
 */
const COUNTY_GROUPS = new Set(['省直辖县', '自治区直辖县级行政区划']);
const DROPPED_GROUPS = new Set(['县']);

const byCode = (a: Region, b: Region) => a.code.localeCompare(b.code);
const entries = (list: Record<string, string>): Region[] =>
  Object.entries(list)
    .map(([code, name]) => ({ code, name }))
    .sort(byCode);

function buildCities(): Map<string, Region[]> {
  const counties = entries(areaList.county_list);
  const cities = new Map<string, Region[]>();
  for (const city of entries(areaList.city_list)) {
    if (DROPPED_GROUPS.has(city.name)) continue;
    const prefix = city.code.slice(0, 2);
    const list = cities.get(prefix) ?? [];
    if (COUNTY_GROUPS.has(city.name))
      list.push(...counties.filter((c) => c.code.startsWith(city.code.slice(0, 4))));
    else list.push(city);
    cities.set(prefix, list);
  }
  return cities;
}

/** The 34 provincial-level divisions, in code order (北京市 … 澳门特别行政区). */
export const PROVINCES: readonly Region[] = entries(areaList.province_list);

const CITIES_BY_PREFIX = buildCities();
const PROVINCE_BY_NAME = new Map(PROVINCES.map((p) => [p.name, p]));

/** The cities of a province (by its official name), in code order; none for a name not on the list. */
export function citiesOf(province: string | null | undefined): readonly Region[] {
  const p = province ? PROVINCE_BY_NAME.get(province) : undefined;
  return p ? (CITIES_BY_PREFIX.get(p.code.slice(0, 2)) ?? []) : [];
}

export const isProvince = (name: string | null | undefined): boolean => !!name && PROVINCE_BY_NAME.has(name);

export const isCityOf = (province: string | null | undefined, city: string | null | undefined): boolean =>
  !!city && citiesOf(province).some((c) => c.name === city);

/** Every official name on the lists (provinces and cities). */
export function allRegionNames(): string[] {
  return [...PROVINCES.map((p) => p.name), ...[...CITIES_BY_PREFIX.values()].flat().map((c) => c.name)];
}

/** Administrative suffixes, longest first so 自治州 goes before 州-less forms. */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '地区', '林区', '省', '市', '盟', '县'];
/** Peoples named in autonomous regions, prefectures and counties (新疆维吾尔自治区, 恩施土家族苗族自治州). */
const PEOPLES = [
  '维吾尔',
  '柯尔克孜',
  '哈萨克',
  '蒙古族',
  '蒙古',
  '朝鲜族',
  '土家族',
  '布依族',
  '哈尼族',
  '景颇族',
  '傈僳族',
  '壮族',
  '回族',
  '苗族',
  '藏族',
  '羌族',
  '彝族',
  '侗族',
  '傣族',
  '白族',
  '黎族',
];

/**
 * A region's name without its administrative suffix and, for autonomous divisions, without the peoples
 * named in it: 浙江省 → 浙江, 杭州市 → 杭州, 内蒙古自治区 → 内蒙古, 恩施土家族苗族自治州 → 恩施. This is the
 * short form people write, and what the English name is made from.
 */
export function regionCore(name: string): string {
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2);
  if (!suffix) return name;
  let core = name.slice(0, -suffix.length);
  if (!suffix.startsWith('自治')) return core;
  // 内蒙古 keeps its 蒙古: a people is dropped only when a place name of two or more characters remains.
  const people = () => PEOPLES.find((p) => core.endsWith(p) && core.length - p.length >= 2);
  for (let p = people(); p; p = people()) core = core.slice(0, -p.length);
  return core;
}

/** Short forms in use besides the core name, by official name. */
const EXTRA_SHORT_FORMS: Record<string, string[]> = { 内蒙古自治区: ['内蒙'] };

/**
 * The other ways people write a region: 杭州市 → 杭州; 恩施土家族苗族自治州 → 恩施, 恩施州; and its English
 * name (Hangzhou), as English import files and the template's English hints have it.
 */
export function regionShortForms(name: string): string[] {
  const core = regionCore(name);
  const forms = [
    core,
    ...(name.endsWith('自治州') ? [`${core}州`] : []),
    ...(EXTRA_SHORT_FORMS[name] ?? []),
    ...(REGION_ENGLISH_NAMES[name] ? [REGION_ENGLISH_NAMES[name]] : []),
  ];
  return forms.filter((f) => f !== name);
}

/** What a person typed, compared in half-width form, without spaces or apostrophes, in any case (Xi'an, XIAN). */
export const regionInputKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'’-]+/gu, '');

/** Short form → official name; a short form two regions share (新竹 → 新竹市, 新竹县) names neither. */
function shortFormIndex(regions: readonly Region[]): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const { name } of regions)
    for (const form of regionShortForms(name).map(regionInputKey)) {
      const seen = index.get(form);
      index.set(form, seen === undefined || seen === name ? name : null);
    }
  return index;
}

const PROVINCE_SHORT_FORMS = shortFormIndex(PROVINCES);
const CITY_SHORT_FORMS = new Map<string, Map<string, string | null>>();

/** The official province a text names (its official name or a short form), or null. */
export function officialProvince(text: string): string | null {
  const key = regionInputKey(text);
  return PROVINCE_BY_NAME.has(key) ? key : (PROVINCE_SHORT_FORMS.get(key) ?? null);
}

/** The official city of this (official) province a text names, or null. */
export function officialCity(province: string, text: string): string | null {
  const cities = citiesOf(province);
  const key = regionInputKey(text);
  if (cities.some((c) => c.name === key)) return key;
  let index = CITY_SHORT_FORMS.get(province);
  if (!index) {
    index = shortFormIndex(cities);
    CITY_SHORT_FORMS.set(province, index);
  }
  return index.get(key) ?? null;
}
