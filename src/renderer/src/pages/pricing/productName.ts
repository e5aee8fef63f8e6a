import type { Locale } from '../../../../shared/contract/locales';
import type { Product } from '../../../../shared/pricing/types';

/** A product's name in the screen's language (the Chinese name when no English one is kept). */
export const productName = (p: Pick<Product, 'nameZh' | 'nameEn'>, locale: Locale): string =>
  locale === 'en-US' && p.nameEn ? p.nameEn : p.nameZh;
