import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/contract/errors';
import { applyFieldErrors, errorText } from '../api/errors';

/**
 * Runs a store mutation for a form: field errors from main land on their fields, anything else shows as a
 * translated message; on success `onDone` runs. One pattern for every form in the app.
 */
export function useFormSubmit<V, T>(
  form: FormInstance<V>,
  fieldNames: readonly string[],
  onDone: (data: T) => void,
  prefix?: string,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function submit(run: () => Promise<Result<T>>): Promise<void> {
    setBusy(true);
    try {
      const r = await run();
      if (r.ok) return onDone(r.data);
      const onFields = applyFieldErrors(form, t, r.error, fieldNames, prefix);
      message.error(onFields ? t('errors:VALIDATION') : errorText(t, r.error));
    } finally {
      setBusy(false);
    }
  }
  return { busy, submit };
}
