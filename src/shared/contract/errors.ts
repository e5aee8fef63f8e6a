import type { Entity } from './entities';

/** The closed list of error codes the boundary may return; each has a zh-CN and en-US message (errors.json). */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'INVALID_STATE',
  'DUPLICATE',
  'LOCKED',
  'BAD_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'UNKNOWN_CHANNEL',
  'DB_NEWER_VERSION',
  'DB_CORRUPT',
  'DISK_FULL',
  'TOO_LARGE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type MessageParams = Record<string, string | number>;

/** A field-level validation problem: a translation key under `validation.` plus its parameters. */
export interface FieldError {
  key: string;
  params?: MessageParams;
}

export interface AppErrorShape {
  code: ErrorCode;
  /** English text for logs and developers; the UI translates `code` instead. */
  message: string;
  params?: MessageParams;
  fields?: Record<string, FieldError>;
}

/**
 * A call's answer. A successful mutation also says which kinds of record it changed (its contract's
 * `changes`), so the renderer's api layer can announce them to the stores.
 */
export type Result<T> =
  { ok: true; data: T; changes?: readonly Entity[] } | { ok: false; error: AppErrorShape };

/** Thrown by services; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params?: MessageParams;
  readonly fields?: Record<string, FieldError>;

  constructor(
    code: ErrorCode,
    message?: string,
    extra?: { params?: MessageParams; fields?: Record<string, FieldError> },
  ) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.params = extra?.params;
    this.fields = extra?.fields;
  }

  toShape(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code, message: this.message };
    if (this.params) shape.params = this.params;
    if (this.fields) shape.fields = this.fields;
    return shape;
  }
}

export function fieldError(field: string, key: string, params?: MessageParams): AppError {
  return new AppError('VALIDATION', `${field}: ${key}`, {
    fields: { [field]: params ? { key, params } : { key } },
  });
}

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
