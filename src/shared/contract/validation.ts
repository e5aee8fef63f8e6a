import type { z } from 'zod';
import type { FieldError, MessageParams } from './errors';

const CUSTOM_KEYS = new Set([
  'date',
  'dateRange',
  'dateFuture',
  'phone',
  'email',
  'username',
  'passwordMismatch',
  'creditCode',
  'employeeNo',
  'backupFile',
  'required',
  'clockTime',
  'periodOrder',
  'periodOverlap',
  'listKey',
  'listKeyDuplicate',
  'listNoneActive',
]);

/** Maps zod issues to field errors keyed by dotted path; the first issue per field wins. */
export function zodIssuesToFields(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const issue of issues) {
    const path = issue.path.length ? issue.path.join('.') : '_';
    if (fields[path]) continue;
    fields[path] = toFieldError(issue, valueAt(input, issue.path));
  }
  return fields;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function toFieldError(issue: z.core.$ZodIssue, value: unknown): FieldError {
  switch (issue.code) {
    case 'custom':
      if (!CUSTOM_KEYS.has(issue.message)) return { key: 'validation.invalid' };
      return issue.params
        ? { key: `validation.${issue.message}`, params: issue.params as MessageParams }
        : { key: `validation.${issue.message}` };
    case 'invalid_type':
      return {
        key: value === undefined || value === null ? 'validation.required' : 'validation.invalidType',
      };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', params: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array')
        return { key: 'validation.tooFew', params: { min: Number(issue.minimum) } };
      return { key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string')
        return { key: 'validation.tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array')
        return { key: 'validation.tooMany', params: { max: Number(issue.maximum) } };
      return { key: 'validation.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'validation.email' };
      if (issue.format === 'regex' && CUSTOM_KEYS.has(issue.message))
        return { key: `validation.${issue.message}` };
      return { key: 'validation.invalidFormat' };
    case 'invalid_value':
      // zod reports a missing enum/literal as invalid_value; to the user it is an empty required field.
      return {
        key: value === undefined || value === null ? 'validation.required' : 'validation.invalidChoice',
      };
    case 'not_multiple_of':
      return { key: 'validation.multipleOf', params: { step: Number(issue.divisor) } };
    case 'unrecognized_keys':
      return { key: 'validation.unknownField', params: { keys: issue.keys.join(', ') } };
    default:
      return { key: 'validation.invalid' };
  }
}
