import { pathToFileURL } from 'node:url';

export interface AppOriginOptions {
  /** out/renderer/index.html: the only file:// page that belongs to the app. */
  rendererFile: string;
  /** electron-vite's dev server (development only); its origin is then the app's origin. */
  devServerUrl?: string;
  platform?: NodeJS.Platform;
}

export type IsAppUrl = (url: string) => boolean;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/**
 * Decides whether a URL is the app's own page: the built index.html (any hash or query, since the router
 * lives in the hash) or, in development, anything on the dev server's origin. Everything else is foreign.
 */
export function createAppOrigin(options: AppOriginOptions): IsAppUrl {
  const dev = options.devServerUrl ? parse(options.devServerUrl) : null;
  if (dev) return (url) => parse(url)?.origin === dev.origin;

  // Percent-encoding of non-ASCII folder names (C:\Users\张三) differs between Node and Chromium; Windows
  // paths compare case-insensitively.
  const fold =
    (options.platform ?? process.platform) === 'win32' ? (s: string) => s.toLowerCase() : (s: string) => s;
  const rendererUrl = pathToFileURL(options.rendererFile);
  const expectedHost = fold(rendererUrl.host);
  const expectedPath = fold(decodedPath(rendererUrl) ?? '');
  return (url) => {
    const parsed = parse(url);
    if (!parsed || parsed.protocol !== 'file:' || fold(parsed.host) !== expectedHost) return false;
    const actual = decodedPath(parsed);
    return actual !== null && fold(actual) === expectedPath;
  };
}
