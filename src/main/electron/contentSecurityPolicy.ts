/** The same policy as the meta tag in src/renderer/index.html, so both layers agree on the built app. */
const PRODUCTION_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
};

/**
 * The renderer's CSP. Under electron-vite dev the React refresh preamble is an inline script and HMR talks
 * over a websocket to the dev server, so those two are allowed there — and only there, never when a built
 * file is loaded.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const directives = structuredClone(PRODUCTION_DIRECTIVES);
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    const ws = `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`;
    directives['script-src']!.push("'unsafe-inline'");
    directives['connect-src']!.push(ws);
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
