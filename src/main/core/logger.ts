import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  error(event: string, err: unknown, context?: Record<string, string | number | boolean | null>): void;
  info(event: string, context?: Record<string, string | number | boolean | null>): void;
}

export interface FileLoggerOptions {
  maxBytes?: number;
  keepFiles?: number;
}

/**
 * Appends one JSON line per event to logs/bizops.log and rotates it (bizops.1.log …). Callers pass only
 * event names, error stacks and non-personal context — never inputs, passwords or client data.
 */
export function createFileLogger(dir: string, options: FileLoggerOptions = {}): Logger {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const keep = options.keepFiles ?? 5;
  const file = path.join(dir, 'bizops.log');

  function rotateIfNeeded(): void {
    let size = 0;
    try {
      size = fs.statSync(file).size;
    } catch {
      return;
    }
    if (size < maxBytes) return;
    for (let i = keep - 1; i >= 1; i--) {
      const from = path.join(dir, `bizops.${i}.log`);
      if (fs.existsSync(from)) fs.renameSync(from, path.join(dir, `bizops.${i + 1}.log`));
    }
    fs.renameSync(file, path.join(dir, 'bizops.1.log'));
    const overflow = path.join(dir, `bizops.${keep + 1}.log`);
    if (fs.existsSync(overflow)) fs.rmSync(overflow);
  }

  function write(line: Record<string, unknown>): void {
    try {
      fs.mkdirSync(dir, { recursive: true });
      rotateIfNeeded();
      fs.appendFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...line })}\n`);
    } catch {
      // Logging must never take the app down (full disk, read-only folder).
    }
  }

  return {
    error(event, err, context) {
      const e = err instanceof Error ? err : new Error(String(err));
      write({
        level: 'error',
        event,
        error: e.message,
        code: (e as { code?: unknown }).code,
        stack: e.stack,
        ...context,
      });
    },
    info(event, context) {
      write({ level: 'info', event, ...context });
    },
  };
}

export const silentLogger: Logger = { error() {}, info() {} };
