/**
 * The lists a client file's region and industry are chosen from. The stored value is the Chinese name (what
 * staff type, import and print); `key` names the translation under clients:provinces / clients:industries,
 * so English screens and reports can show the English name. Values outside these lists (imported files) stay
 * valid and are shown as they are.
 */
export interface CatalogEntry {
  key: string;
  zh: string;
}

/** Provincial-level divisions (GB/T 2260). */
export const PROVINCES: readonly CatalogEntry[] = [
  { key: 'beijing', zh: '北京市' },
  { key: 'tianjin', zh: '天津市' },
  { key: 'hebei', zh: '河北省' },
  { key: 'shanxi', zh: '山西省' },
  { key: 'innerMongolia', zh: '内蒙古自治区' },
  { key: 'liaoning', zh: '辽宁省' },
  { key: 'jilin', zh: '吉林省' },
  { key: 'heilongjiang', zh: '黑龙江省' },
  { key: 'shanghai', zh: '上海市' },
  { key: 'jiangsu', zh: '江苏省' },
  { key: 'zhejiang', zh: '浙江省' },
  { key: 'anhui', zh: '安徽省' },
  { key: 'fujian', zh: '福建省' },
  { key: 'jiangxi', zh: '江西省' },
  { key: 'shandong', zh: '山东省' },
  { key: 'henan', zh: '河南省' },
  { key: 'hubei', zh: '湖北省' },
  { key: 'hunan', zh: '湖南省' },
  { key: 'guangdong', zh: '广东省' },
  { key: 'guangxi', zh: '广西壮族自治区' },
  { key: 'hainan', zh: '海南省' },
  { key: 'chongqing', zh: '重庆市' },
  { key: 'sichuan', zh: '四川省' },
  { key: 'guizhou', zh: '贵州省' },
  { key: 'yunnan', zh: '云南省' },
  { key: 'tibet', zh: '西藏自治区' },
  { key: 'shaanxi', zh: '陕西省' },
  { key: 'gansu', zh: '甘肃省' },
  { key: 'qinghai', zh: '青海省' },
  { key: 'ningxia', zh: '宁夏回族自治区' },
  { key: 'xinjiang', zh: '新疆维吾尔自治区' },
  { key: 'taiwan', zh: '台湾省' },
  { key: 'hongKong', zh: '香港特别行政区' },
  { key: 'macao', zh: '澳门特别行政区' },
];

/** Industry sections of GB/T 4754-2017 (国民经济行业分类, 门类). */
export const INDUSTRIES: readonly CatalogEntry[] = [
  { key: 'agriculture', zh: '农、林、牧、渔业' },
  { key: 'mining', zh: '采矿业' },
  { key: 'manufacturing', zh: '制造业' },
  { key: 'utilities', zh: '电力、热力、燃气及水生产和供应业' },
  { key: 'construction', zh: '建筑业' },
  { key: 'wholesaleRetail', zh: '批发和零售业' },
  { key: 'transport', zh: '交通运输、仓储和邮政业' },
  { key: 'hospitality', zh: '住宿和餐饮业' },
  { key: 'informationTechnology', zh: '信息传输、软件和信息技术服务业' },
  { key: 'finance', zh: '金融业' },
  { key: 'realEstate', zh: '房地产业' },
  { key: 'businessServices', zh: '租赁和商务服务业' },
  { key: 'research', zh: '科学研究和技术服务业' },
  { key: 'environment', zh: '水利、环境和公共设施管理业' },
  { key: 'residentServices', zh: '居民服务、修理和其他服务业' },
  { key: 'education', zh: '教育' },
  { key: 'health', zh: '卫生和社会工作' },
  { key: 'culture', zh: '文化、体育和娱乐业' },
  { key: 'publicAdministration', zh: '公共管理、社会保障和社会组织' },
  { key: 'internationalOrganisations', zh: '国际组织' },
];

export const provinceKey = (zh: string | null | undefined): string | null =>
  (zh && PROVINCES.find((p) => p.zh === zh)?.key) || null;

export const industryKey = (zh: string | null | undefined): string | null =>
  (zh && INDUSTRIES.find((p) => p.zh === zh)?.key) || null;
