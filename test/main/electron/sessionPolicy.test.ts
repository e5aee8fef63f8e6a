import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/main/electron/contentSecurityPolicy';
import type { ResponseHeadersDetails, SessionPort } from '../../../src/main/electron/ports';
import { applySessionPolicy } from '../../../src/main/electron/sessionPolicy';

const PRODUCTION =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'";

type HeadersListener = Parameters<SessionPort['webRequest']['onHeadersReceived']>[0];
type PermissionHandler = Parameters<SessionPort['setPermissionRequestHandler']>[0];

function fakeSession() {
  const fake = {
    headersListener: null as HeadersListener | null,
    permissionHandler: null as PermissionHandler | null,
    session: {} as SessionPort,
  };
  fake.session = {
    webRequest: { onHeadersReceived: (l) => void (fake.headersListener = l) },
    setPermissionRequestHandler: (h) => void (fake.permissionHandler = h),
  };
  return fake;
}

function headersFor(fake: ReturnType<typeof fakeSession>, details: ResponseHeadersDetails) {
  let result: Record<string, string | string[]> | undefined;
  fake.headersListener!(details, (response) => (result = response.responseHeaders));
  return result!;
}

describe('content security policy', () => {
  it('is the strict policy of index.html for the built app', () => {
    expect(contentSecurityPolicy()).toBe(PRODUCTION);
  });

  it('under the dev server allows the React refresh preamble and the HMR websocket, nothing more', () => {
    const dev = contentSecurityPolicy('http://localhost:5173/');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain("default-src 'self'");
    expect(dev).not.toContain('unsafe-eval');
  });

  it('is stamped on every response, replacing any policy the server sent', () => {
    const fake = fakeSession();
    applySessionPolicy(fake.session, PRODUCTION);
    const headers = headersFor(fake, {
      responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ['default-src *'] },
    });
    expect(headers).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': [PRODUCTION] });
    expect(headersFor(fake, {})).toEqual({ 'Content-Security-Policy': [PRODUCTION] });
  });

  it('refuses browser permissions except writing to the clipboard', () => {
    const fake = fakeSession();
    applySessionPolicy(fake.session, PRODUCTION);
    const answer = (permission: string) => {
      let granted: boolean | undefined;
      fake.permissionHandler!({}, permission, (g) => (granted = g));
      return granted;
    };
    expect(answer('media')).toBe(false);
    expect(answer('geolocation')).toBe(false);
    expect(answer('notifications')).toBe(false);
    expect(answer('openExternal')).toBe(false);
    expect(answer('clipboard-sanitized-write')).toBe(true);
  });
});

describe('the renderer meta tag', () => {
  it('carries the same policy as the header, so the two layers never disagree', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../../src/renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy());
  });
});
