import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { LOCALES, type Locale } from '../../../shared/contract/fields';
import { NAMESPACES, resources } from '../../../shared/i18n/resources';

const STORAGE_KEY = 'bizops.locale';

/** The saved choice, else the system's language (Electron reports the OS locale as navigator.language). */
export function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

export function applyLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  dayjs.locale(DAYJS_LOCALE[locale]);
  document.documentElement.lang = locale;
  void i18next.changeLanguage(locale);
}

export function initI18n(locale: Locale = initialLocale()): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    lng: locale,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A key missing from the files shows as `ns:key` — unmistakable on screen and caught by the screens test.
    appendNamespaceToMissingKey: true,
    initAsync: false,
  });
  dayjs.locale(DAYJS_LOCALE[locale]);
  document.documentElement.lang = locale;
  return i18next;
}

export const currentLocale = (): Locale => (i18next.language === 'en-US' ? 'en-US' : 'zh-CN');
