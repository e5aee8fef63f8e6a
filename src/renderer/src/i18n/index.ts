import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { LOCALES, type Locale } from '../../../shared/contract/locales';
import type { resources as allResources } from '../../../shared/i18n/resources';
import enAuth from '../../../shared/i18n/locales/en-US/auth.json';
import enCommon from '../../../shared/i18n/locales/en-US/common.json';
import enErrors from '../../../shared/i18n/locales/en-US/errors.json';
import enValidation from '../../../shared/i18n/locales/en-US/validation.json';
import zhAuth from '../../../shared/i18n/locales/zh-CN/auth.json';
import zhCommon from '../../../shared/i18n/locales/zh-CN/common.json';
import zhErrors from '../../../shared/i18n/locales/zh-CN/errors.json';
import zhValidation from '../../../shared/i18n/locales/zh-CN/validation.json';

const STORAGE_KEY = 'bizops.locale';

/**
 * What the login screen needs, in the start-up bundle; every other namespace arrives with the first screen
 * behind it (loadAllTranslations), so new modules' translations never slow the start.
 */
const STARTUP_RESOURCES = {
  'zh-CN': { common: zhCommon, auth: zhAuth, errors: zhErrors, validation: zhValidation },
  'en-US': { common: enCommon, auth: enAuth, errors: enErrors, validation: enValidation },
};

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
    resources: STARTUP_RESOURCES,
    ns: Object.keys(STARTUP_RESOURCES['zh-CN']),
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

/** Adds every namespace of every locale (the screens behind login need them). */
export function addTranslations(resources: typeof allResources): void {
  for (const [locale, namespaces] of Object.entries(resources))
    for (const [ns, bundle] of Object.entries(namespaces))
      if (!i18next.hasResourceBundle(locale, ns)) i18next.addResourceBundle(locale, ns, bundle);
}

let loading: Promise<void> | null = null;

/** Loads the rest of the translations once (a lazy chunk); every screen other than login awaits it. */
export function loadAllTranslations(): Promise<void> {
  loading ??= import('../../../shared/i18n/resources').then((m) => addTranslations(m.resources));
  return loading;
}

export const currentLocale = (): Locale => (i18next.language === 'en-US' ? 'en-US' : 'zh-CN');
