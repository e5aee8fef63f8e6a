import enUS from './locales/en-US';
import zhCN from './locales/zh-CN';

/**
 * One set of translations for the screens (renderer) and for reports, exports and error messages (main).
 * A namespace is a JSON file in each locale folder, listed once in that folder's index.ts.
 */
export const resources = { 'zh-CN': zhCN, 'en-US': enUS } as const;

export type Namespace = keyof typeof zhCN;
export const NAMESPACES = Object.keys(zhCN) as Namespace[];
