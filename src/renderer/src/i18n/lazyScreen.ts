import { lazy, type ComponentType } from 'react';
import { loadAllTranslations } from '.';

/** A screen loaded on demand together with the translations it needs (all but the login screen's). */
export function lazyScreen<T extends ComponentType>(load: () => Promise<{ default: T }>) {
  return lazy(() => Promise.all([load(), loadAllTranslations()]).then(([m]) => m));
}
