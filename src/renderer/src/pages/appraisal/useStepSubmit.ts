import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalForm } from '../../../../shared/appraisal/forms';
import type { Result } from '../../../../shared/contract/errors';
import { applyFieldErrors, errorText } from '../../api/errors';
import { useAppraisalForms } from '../../stores/appraisalFormStore';

const validationKey = (key: string) => key.replace(/^validation\./, 'validation:');

/**
 * Runs one step of a form: the answer becomes the open form; field errors land under their fields; a refusal of
 * the step itself (submitted already, not the phase, not yours) shows its reason.
 */
export function useStepSubmit(form: FormInstance, fieldNames: readonly string[]) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showForm = useAppraisalForms((s) => s.showForm);
  const [busy, setBusy] = useState<string | null>(null);
  async function run(which: string, call: () => Promise<Result<AppraisalForm>>, done: string) {
    setBusy(which);
    try {
      const r = await call();
      if (r.ok) {
        showForm(r.data);
        message.success(t(done));
        return;
      }
      const step = r.error.fields?.form ?? r.error.fields?.items ?? r.error.fields?.plan;
      if (step) return void message.error(t(validationKey(step.key), step.params ?? {}));
      const onFields = applyFieldErrors(form, t, r.error, fieldNames);
      message.error(onFields ? t('errors:VALIDATION') : errorText(t, r.error));
    } finally {
      setBusy(null);
    }
  }
  return { busy, run };
}
