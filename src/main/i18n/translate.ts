import i18next, { type TFunction } from 'i18next';
import { NAMESPACES, resources } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/contract/fields';

/** Reports and exports are written in main, in the language the user chose; one set of translations serves screen and print. */
const instance = i18next.createInstance();
void instance.init({
  resources,
  ns: [...NAMESPACES],
  defaultNS: 'common',
  lng: 'zh-CN',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function translator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}
