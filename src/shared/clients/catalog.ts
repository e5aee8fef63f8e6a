/**
 * The list a client file's industry is chosen from (regions: regions.ts). The stored value is the Chinese
 * name (what staff type, import and print); `key` names the translation under clients:industries, so English
 * screens and reports can show the English name. Values outside the list (imported files) stay valid and are
 * shown as they are.
 */
export interface CatalogEntry {
  key: string;
  zh: string;
}

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

export const industryKey = (zh: string | null | undefined): string | null =>
  (zh && INDUSTRIES.find((p) => p.zh === zh)?.key) || null;
