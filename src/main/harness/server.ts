import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { maxWireBytes } from '../../shared/contract/inputSize';
import { decodeWire, encodeWire } from '../../shared/contract/wire';
import { createCore, type Core, type CoreOptions } from '../core/createCore';
import type { Session } from '../core/session';
import { createChromiumPrinter } from './chromiumPrinter';

export interface HarnessOptions extends Partial<Omit<CoreOptions, 'dataDir'>> {
  dataDir: string;
  port?: number;
  rendererDir?: string;
}

export interface Harness {
  url: string;
  token: string;
  core: Core;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const SESSION_ID = /^[A-Za-z0-9-]{8,64}$/;

class BodyTooLarge extends Error {}

/**
 * The request body, refused as soon as it passes `limit` bytes (declared or read): it is never held in
 * memory whole, and reading stops there.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

/**
 * The browser harness (dev and tests only): serves the built renderer on 127.0.0.1 and answers the same
 * channels through the same dispatch as Electron's IPC, behind a random per-run token.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = path.resolve(options.rendererDir ?? 'out/renderer');
  const indexFile = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(indexFile))
    throw new Error(`renderer not built: ${indexFile} is missing (run npm run build)`);
  const token = randomBytes(24).toString('hex');
  const core = await createCore({ printer: createChromiumPrinter(), ...options });
  const sessions = new Map<string, Session>();

  const indexHtml = () =>
    fs
      .readFileSync(indexFile, 'utf8')
      .replace('<head>', `<head>\n    <meta name="bizops-harness-token" content="${token}">`);

  const answer = (res: http.ServerResponse, result: unknown, bodyUnread = false) => {
    const headers: http.OutgoingHttpHeaders = {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    };
    // A body left unread is not drained: the connection ends with the answer.
    if (bodyUnread) headers.connection = 'close';
    res.writeHead(200, headers).end(encodeWire(result));
  };

  /**
   * One call: the page's token and origin, then dispatch's own order — channel, session and role — before
   * a byte of the body is read; then the body, bounded by what the channel may carry (413 past it), parsed
   * and dispatched.
   */
  async function handleApi(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    channel: string,
  ): Promise<void> {
    if (
      req.method !== 'POST' ||
      req.headers['x-bizops-token'] !== token ||
      req.headers.origin !== ownOrigin()
    ) {
      res.writeHead(403, { connection: 'close' }).end();
      return;
    }
    const sessionId = String(req.headers['x-bizops-session'] ?? '');
    if (!SESSION_ID.test(sessionId)) {
      res.writeHead(400, { connection: 'close' }).end();
      return;
    }
    let session = sessions.get(sessionId);
    if (!session) {
      session = core.sessions.create();
      sessions.set(sessionId, session);
    }
    const admission = core.admit(channel, session);
    if (!admission.ok) {
      answer(res, { ok: false, error: admission.error }, true);
      return;
    }
    let input: unknown;
    try {
      const body = await readBody(req, maxWireBytes(admission.maxInputBytes));
      input = body === '' ? undefined : decodeWire(body);
    } catch (err) {
      res.writeHead(err instanceof BodyTooLarge ? 413 : 400, { connection: 'close' }).end();
      return;
    }
    answer(res, await core.dispatch(channel, input, session));
  }

  // Built assets have content-hashed names: read each once, serve from memory (as Electron reads from disk).
  const assets = new Map<string, Buffer>();

  function serveStatic(res: http.ServerResponse, urlPath: string): void {
    const rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
    const file = path.resolve(rendererDir, rel || 'index.html');
    if (!file.startsWith(rendererDir + path.sep) && file !== rendererDir) {
      res.writeHead(404).end();
      return;
    }
    if (file === indexFile || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      // Unknown paths get the app (hash routing keeps real routes after '#').
      res.writeHead(200, { 'content-type': MIME['.html']!, 'cache-control': 'no-store' }).end(indexHtml());
      return;
    }
    let body = assets.get(file);
    if (!body) {
      body = fs.readFileSync(file);
      assets.set(file, body);
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'max-age=3600',
    });
    res.end(body);
  }

  let port = 0;
  const ownHost = () => `127.0.0.1:${port}`;
  const ownOrigin = () => `http://${ownHost()}`;

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    // Answer only under the address we bound: a page of another site that points its own name at
    // 127.0.0.1 (DNS rebinding) sends its name as the Host. Typing localhost gets the real address.
    if (host !== ownHost()) {
      if (host === `localhost:${port}` && req.method === 'GET' && !req.url?.startsWith('/api/')) {
        res.writeHead(307, { location: `${ownOrigin()}${req.url ?? '/'}` }).end();
        return;
      }
      res.writeHead(403, { connection: 'close' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', ownOrigin());
    const api = /^\/api\/([A-Za-z.]+)$/.exec(url.pathname);
    if (api) {
      handleApi(req, res, api[1]!).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(res, url.pathname);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  ({ port } = server.address() as AddressInfo);

  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    core,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await core.close();
    },
  };
}
