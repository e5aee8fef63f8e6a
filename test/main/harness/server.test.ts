import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger';
import { startHarness, type Harness } from '../../../src/main/harness/server';
import { decodeWire, encodeWire } from '../../../src/shared/contract/wire';
import { MANAGER, noPrinter, TEST_SCRYPT, tempDir } from '../../support/core';

/**
 * The browser harness as an attacker meets it: another site's page (wrong Origin), a rebound DNS name
 * (wrong Host), a caller without a login sending junk, a body far over what a channel takes.
 */
let harness: Harness;
let port: number;
const SESSION = 'harness-test-session-0001';

beforeAll(async () => {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body>app</body></html>');
  harness = await startHarness({
    dataDir: tempDir(),
    rendererDir,
    port: 0,
    printer: noPrinter,
    logger: silentLogger,
    autoBackup: false,
    passwordCost: TEST_SCRYPT,
  });
  port = Number(new URL(harness.url).port);
});

afterAll(() => harness.close());

interface Reply {
  status: number;
  body: string;
}

/**
 * One request with full control of its headers. `bodyBytes` of filler are announced (Content-Length) or
 * streamed (chunked) but only `sendFirst` of them are sent before the reply is awaited: a server that
 * answers has not waited for the rest.
 */
function request(options: {
  channel?: string;
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  bodyBytes?: number;
  sendFirst?: number;
  chunked?: boolean;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      host: `127.0.0.1:${port}`,
      origin: `http://127.0.0.1:${port}`,
      'x-bizops-token': harness.token,
      'x-bizops-session': SESSION,
      'content-type': 'application/json',
      ...options.headers,
    };
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
    else if (options.bodyBytes !== undefined && !options.chunked)
      headers['content-length'] = String(options.bodyBytes);
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: options.method ?? 'POST',
      path: options.path ?? `/api/${options.channel}`,
      headers,
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        req.destroy();
      });
    });
    // The server may close while the rest of an oversized body is still on its way.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ECONNRESET' && err.code !== 'EPIPE') reject(err);
    });
    if (options.body !== undefined) req.end(options.body);
    else if (options.bodyBytes !== undefined) req.write(Buffer.alloc(options.sendFirst ?? 0, 'a'));
    else req.end();
  });
}

const call = async (channel: string, input: unknown) => {
  const r = await request({ channel, body: encodeWire(input) });
  expect(r.status).toBe(200);
  return decodeWire(r.body) as { ok: boolean; error?: { code: string; fields?: unknown } };
};

describe('the harness answers its own page only', () => {
  it('answers a call from its own origin', async () => {
    expect((await call('system.status', {})).ok).toBe(true);
  });

  it('refuses a call with the right token from another origin, or with no origin', async () => {
    for (const origin of ['http://evil.example', `http://localhost:${port}`, 'null', '']) {
      const r = await request({ channel: 'system.status', body: '{}', headers: { origin } });
      expect({ origin, status: r.status }).toEqual({ origin, status: 403 });
    }
  });

  it('refuses any other Host (DNS rebinding), and sends localhost to its own address', async () => {
    for (const host of [`evil.example:${port}`, `127.0.0.1:${port + 1}`, `localhost:${port}`]) {
      const r = await request({ channel: 'system.status', body: '{}', headers: { host } });
      expect({ host, status: r.status }).toEqual({ host, status: 403 });
    }
    const page = await request({ method: 'GET', path: '/', headers: { host: `evil.example:${port}` } });
    expect(page.status).toBe(403);
    const typed = await request({ method: 'GET', path: '/', headers: { host: `localhost:${port}` } });
    expect(typed.status).toBe(307);
    expect((await request({ method: 'GET', path: '/' })).body).toContain(harness.token);
  });
});

describe('the harness bounds what it reads', () => {
  it('answers a caller without a login before reading the body: no field errors, however big or broken', async () => {
    const junk = await call('clients.create', { name: 42, bogus: true });
    expect(junk).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'login required' } });
    // 60 MB announced, 64 KB sent: the answer comes without the rest.
    const big = await request({ channel: 'clients.create', bodyBytes: 60 * 1024 * 1024, sendFirst: 65_536 });
    expect(big.status).toBe(200);
    expect(decodeWire(big.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses an oversized body from a logged-in caller with 413, before it has arrived', async () => {
    expect(
      (
        await call('auth.setup', {
          departmentName: '业务部',
          managerName: '王经理',
          employeeNo: 'M001',
          ...MANAGER,
        })
      ).ok,
    ).toBe(true);
    const announced = await request({
      channel: 'clients.create',
      bodyBytes: 60 * 1024 * 1024,
      sendFirst: 65_536,
    });
    expect(announced.status).toBe(413);
    // Without a length: counted while it streams in, refused once past the channel's limit.
    const streamed = await request({
      channel: 'clients.create',
      bodyBytes: 60 * 1024 * 1024,
      sendFirst: 3 * 1024 * 1024,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
    // An attachment-sized body is within what attachments.add takes (it then fails on its input, not its size).
    const attachment = await request({
      channel: 'attachments.add',
      body: encodeWire({ clientId: 'x', fileName: 'a.pdf', bytes: new Uint8Array(20 * 1024 * 1024) }),
    });
    expect(attachment.status).toBe(200);
    expect(decodeWire(attachment.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
