import { describe, expect, it } from 'vitest';
import { createAppOrigin } from '../../../src/main/electron/appOrigin';
import { isVettedExternalUrl, openVettedExternal } from '../../../src/main/electron/externalLinks';
import { APP_FILE, APP_URL } from './fakes';

describe('app origin', () => {
  const isAppUrl = createAppOrigin({ rendererFile: APP_FILE, platform: 'linux' });

  it('accepts the built index.html with any route in the hash or a query', () => {
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl('file:///opt/bizops/resources/app.asar/out/renderer/index.html')).toBe(true);
    expect(isAppUrl('file:///opt/bizops/resources/app.asar/out/renderer/index.html?x=1#/a')).toBe(true);
  });

  it('refuses other files, other schemes and look-alikes', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/bizops/resources/app.asar/out/renderer/evil.html',
      'file:///opt/bizops/resources/app.asar/out/renderer/index.html/../../x.html',
      'file://attacker/opt/bizops/resources/app.asar/out/renderer/index.html',
      'https://example.com/opt/bizops/resources/app.asar/out/renderer/index.html',
      'http://localhost:5173/',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('matches non-ASCII folders whichever way they are percent-encoded', () => {
    const origin = createAppOrigin({
      rendererFile: '/home/张三/BizOps/out/renderer/index.html',
      platform: 'linux',
    });
    expect(origin('file:///home/%E5%BC%A0%E4%B8%89/BizOps/out/renderer/index.html#/')).toBe(true);
    expect(origin('file:///home/张三/BizOps/out/renderer/index.html')).toBe(true);
  });

  it('compares Windows paths without regard to case', () => {
    const origin = createAppOrigin({ rendererFile: '/C/Program Files/BizOps/index.html', platform: 'win32' });
    expect(origin('file:///c/program%20files/bizops/INDEX.html')).toBe(true);
    expect(
      createAppOrigin({ rendererFile: '/C/App/index.html', platform: 'linux' })('file:///c/app/index.html'),
    ).toBe(false);
  });

  it('in development trusts exactly the dev server origin', () => {
    const dev = createAppOrigin({ rendererFile: APP_FILE, devServerUrl: 'http://localhost:5173/' });
    expect(dev('http://localhost:5173/#/staff')).toBe(true);
    expect(dev('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('http://127.0.0.1:5173/')).toBe(false);
    expect(dev('https://localhost:5173/')).toBe(false);
    expect(dev(APP_URL)).toBe(false);
  });
});

describe('external links', () => {
  it('lets only plain http(s) links without credentials leave the app', () => {
    expect(isVettedExternalUrl('https://www.gov.cn/zhengce/')).toBe(true);
    expect(isVettedExternalUrl('http://example.com/a?b=c#d')).toBe(true);
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-settings:privacy',
      'mailto:a@b.c',
      'https://user:pass@example.com/',
      'https://user@example.com/',
      'https://',
      'example.com',
      `https://example.com/${'a'.repeat(3000)}`,
    ]) {
      expect(isVettedExternalUrl(url), url).toBe(false);
    }
  });

  it('hands vetted URLs to the opener and reports its failures', async () => {
    const opened: string[] = [];
    const errors: unknown[] = [];
    expect(
      openVettedExternal(
        async (u) => void opened.push(u),
        'https://example.com/',
        (e) => errors.push(e),
      ),
    ).toBe(true);
    expect(
      openVettedExternal(
        async (u) => void opened.push(u),
        'file:///etc/passwd',
        (e) => errors.push(e),
      ),
    ).toBe(false);
    expect(
      openVettedExternal(
        () => Promise.reject(new Error('no browser')),
        'https://example.com/',
        (e) => errors.push(e),
      ),
    ).toBe(true);
    await new Promise((r) => setImmediate(r));
    expect(opened).toEqual(['https://example.com/']);
    expect(errors).toHaveLength(1);
  });
});
