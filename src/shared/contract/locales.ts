/** The app's languages. A module of its own, free of zod: the start-up bundle needs it, and nothing else here. */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
