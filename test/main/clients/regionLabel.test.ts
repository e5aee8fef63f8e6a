import { describe, expect, it } from 'vitest';
import { deriveEnglishRegionNames } from '../../../src/shared/clients/regionEnglish';
import { REGION_ENGLISH_NAMES } from '../../../src/shared/clients/regionEnglishNames';
import { regionLabel } from '../../../src/shared/clients/regionLabel';
import {
  PROVINCES,
  allRegionNames,
  citiesOf,
  officialCity,
  officialProvince,
} from '../../../src/shared/clients/regions';

describe('the region lists (GB/T 2260)', () => {
  it('hold the 34 provincial-level divisions and each province’s cities', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.map((p) => p.name)).toEqual(
      expect.arrayContaining(['浙江省', '内蒙古自治区', '香港特别行政区', '澳门特别行政区', '台湾省']),
    );
    expect(citiesOf('浙江省').map((c) => c.name)).toContain('杭州市');
    expect(citiesOf('浙江省').map((c) => c.name)).not.toContain('苏州市');
    // County-level cities a province administers directly are its cities; group entries are not places.
    expect(citiesOf('湖北省').map((c) => c.name)).toEqual(expect.arrayContaining(['仙桃市', '神农架林区']));
    expect(citiesOf('重庆市').map((c) => c.name)).toEqual(['重庆市']);
    expect(allRegionNames()).not.toContain('省直辖县');
    expect(citiesOf('火星省')).toEqual([]);
  });

  it('read short forms as the official names, and nothing else', () => {
    expect(officialProvince('浙江')).toBe('浙江省');
    expect(officialProvince('内蒙古')).toBe('内蒙古自治区');
    expect(officialProvince('内蒙')).toBe('内蒙古自治区');
    expect(officialProvince('新疆')).toBe('新疆维吾尔自治区');
    expect(officialProvince(' 广 西 ')).toBe('广西壮族自治区');
    expect(officialProvince('火星省')).toBeNull();
    expect(officialCity('浙江省', '杭州')).toBe('杭州市');
    expect(officialCity('湖北省', '恩施州')).toBe('恩施土家族苗族自治州');
    expect(officialCity('湖北省', '恩施')).toBe('恩施土家族苗族自治州');
    expect(officialCity('江苏省', '杭州')).toBeNull();
    // 新竹 names both 新竹市 and 新竹县: neither is guessed.
    expect(officialCity('台湾省', '新竹')).toBeNull();
  });

  it('read the English names too, in any case, with or without the apostrophe', () => {
    expect(officialProvince('Zhejiang')).toBe('浙江省');
    expect(officialProvince('inner mongolia')).toBe('内蒙古自治区');
    expect(officialProvince('Shaanxi')).toBe('陕西省');
    expect(officialProvince('Shanxi')).toBe('山西省');
    expect(officialCity('浙江省', 'Hangzhou')).toBe('杭州市');
    expect(officialCity('陕西省', "Xi'an")).toBe('西安市');
    expect(officialCity('陕西省', 'XIAN')).toBe('西安市');
    // Suzhou is 苏州 in Jiangsu and 宿州 in Anhui: read within the province.
    expect(officialCity('江苏省', 'Suzhou')).toBe('苏州市');
    expect(officialCity('安徽省', 'Suzhou')).toBe('宿州市');
    expect(officialProvince('Mars')).toBeNull();
  });
});

describe('regionLabel', () => {
  it('shows English names in English: pinyin without the suffix, or the accepted name', () => {
    expect(regionLabel('浙江省', 'en-US')).toBe('Zhejiang');
    expect(regionLabel('杭州市', 'en-US')).toBe('Hangzhou');
    expect(regionLabel('内蒙古自治区', 'en-US')).toBe('Inner Mongolia');
    expect(regionLabel('西藏自治区', 'en-US')).toBe('Tibet');
    expect(regionLabel('陕西省', 'en-US')).toBe('Shaanxi');
    expect(regionLabel('山西省', 'en-US')).toBe('Shanxi');
    expect(regionLabel('新疆维吾尔自治区', 'en-US')).toBe('Xinjiang');
    expect(regionLabel('广西壮族自治区', 'en-US')).toBe('Guangxi');
    expect(regionLabel('香港特别行政区', 'en-US')).toBe('Hong Kong');
    expect(regionLabel('澳门特别行政区', 'en-US')).toBe('Macau');
    expect(regionLabel('西安市', 'en-US')).toBe("Xi'an");
    expect(regionLabel('恩施土家族苗族自治州', 'en-US')).toBe('Enshi');
    expect(regionLabel('哈尔滨市', 'en-US')).toBe('Harbin');
  });

  it('shows the stored name in Chinese, and a value on no list as stored in both languages', () => {
    expect(regionLabel('浙江省', 'zh-CN')).toBe('浙江省');
    expect(regionLabel('火星省', 'en-US')).toBe('火星省');
    expect(regionLabel(null, 'en-US')).toBe('');
  });

  it('has an English name for every listed region, each a capitalised Latin name', () => {
    for (const name of allRegionNames())
      expect(regionLabel(name, 'en-US'), name).toMatch(/^[A-ZÜ][A-Za-zÜüê' ]+$/u);
  });

  it('reads a table that is what pinyin-pro derives (run scripts/regionEnglishNames.ts when this fails)', () => {
    expect(REGION_ENGLISH_NAMES).toEqual(deriveEnglishRegionNames());
  });
});
