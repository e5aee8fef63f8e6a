import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { AppErrorShape } from '../../../shared/contract/errors';

/** The translated, user-facing sentence for an error; raw internals never reach the screen. */
export function errorText(t: TFunction, error: AppErrorShape): string {
  const params: Record<string, unknown> = { ...(error.params ?? {}) };
  if (typeof params.until === 'string')
    params.until = new Date(params.until).toLocaleString(t('common:localeTag'));
  return t(`errors:${error.code}`, params);
}

/**
 * Puts field-level errors on the form's fields (dotted paths → name arrays). Returns true when at least one
 * field of the form took an error, so the caller shows only a short summary.
 */
export function applyFieldErrors(
  form: FormInstance,
  t: TFunction,
  error: AppErrorShape,
  fieldNames: readonly string[],
  /** The input nests the form's values under this key (e.g. settings.update's `settings`). */
  prefix?: string,
): boolean {
  if (!error.fields) return false;
  const entries = Object.entries(error.fields)
    .map(
      ([path, fe]) =>
        [prefix && path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path, fe] as const,
    )
    .filter(([path]) => fieldNames.includes(path.split('.')[0]!));
  form.setFields(
    entries.map(([path, fe]) => ({
      name: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [t(fe.key.replace(/^validation\./, 'validation:'), fe.params ?? {})],
    })),
  );
  return entries.length > 0;
}
