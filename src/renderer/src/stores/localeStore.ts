import { create } from 'zustand';
import type { Locale } from '../../../shared/contract/fields';
import { applyLocale, initialLocale } from '../i18n';

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const useLocale = create<LocaleState>((set) => ({
  locale: initialLocale(),
  setLocale(locale) {
    applyLocale(locale);
    set({ locale });
  },
}));
