import type { IsAppUrl } from './appOrigin';
import type { GuardedContents } from './ports';

export interface NavigationGuardOptions {
  isAppUrl: IsAppUrl;
  /** Called for links leaving the app; it decides (after vetting) whether the system browser gets them. */
  openOutside: (url: string) => void;
}

/**
 * The window only ever shows the app: navigating elsewhere is cancelled, new windows are refused, and
 * web links go to the system browser instead (after vetting in openOutside).
 */
export function guardNavigation(contents: GuardedContents, options: NavigationGuardOptions): void {
  contents.on('will-navigate', (event) => {
    if (options.isAppUrl(event.url)) return;
    event.preventDefault();
    options.openOutside(event.url);
  });
  // will-navigate covers only the main frame; an injected iframe must not wander off either.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || options.isAppUrl(event.url)) return;
    event.preventDefault();
  });
  contents.setWindowOpenHandler((details) => {
    options.openOutside(details.url);
    return { action: 'deny' };
  });
}
