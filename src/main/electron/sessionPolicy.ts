import type { SessionPort } from './ports';

/** Writing to the clipboard (copy buttons) is the only browser permission the app uses. */
const GRANTED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/**
 * Stamps the CSP on every response of the app's session (the dev server sends none of its own) and
 * refuses browser permissions (camera, geolocation, notifications …) the app never asks for.
 */
export function applySessionPolicy(session: SessionPort, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(GRANTED_PERMISSIONS.has(permission));
  });
}
