import { render, type RenderResult } from '@testing-library/react';
import { App } from '../../src/renderer/src/app/App';
import { addTranslations, initI18n } from '../../src/renderer/src/i18n';
import { resources } from '../../src/shared/i18n/resources';
import type { Locale } from '../../src/shared/contract/fields';
import { useLocale } from '../../src/renderer/src/stores/localeStore';
import { useSession } from '../../src/renderer/src/stores/sessionStore';

/** Renders the whole app in the given language, with session state reset. */
export function renderApp(locale: Locale = 'zh-CN'): RenderResult {
  initI18n(locale);
  addTranslations(resources);
  useLocale.setState({ locale });
  useSession.setState({ phase: 'loading', user: null, status: null, departmentName: null, bootError: null });
  return render(<App />);
}
