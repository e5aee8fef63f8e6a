import type { Entity } from '../../shared/contract/entities';
import { AppError, type ErrorCode } from '../../shared/contract/errors';

/** Missing, or not the caller's to see: both answer the same, so a record's existence is never revealed. */
export const notFound = (what: Entity): AppError => new AppError('NOT_FOUND', `${what} not found`);

/** A stale version: someone else changed (or deleted) the record since the caller read it. */
export const conflict = (what: Entity): AppError =>
  new AppError('CONFLICT', `${what} changed since it was read`);

/** A refusal about one form field, with the translation key (under validation.) the form shows beside it. */
export const fieldRefusal = (
  code: Extract<ErrorCode, 'VALIDATION' | 'FORBIDDEN' | 'DUPLICATE'>,
  field: string,
  key: string,
): AppError => new AppError(code, `${field}: ${key}`, { fields: { [field]: { key } } });
