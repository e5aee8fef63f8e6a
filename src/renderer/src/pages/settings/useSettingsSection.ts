import { App, Form, type FormInstance } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgSettings, SettingsRecord } from '../../../../shared/settings/types';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useSettings } from '../../stores/settingsStore';

/**
 * One section of the department settings as its card edits it: the form filled from the settings record
 * (`pick` takes the section's fields), saved with the rest of the record, main's field errors under the fields.
 */
export function useSettingsSection<V extends Partial<OrgSettings>>(
  fields: readonly string[],
  pick: (s: OrgSettings) => V,
): {
  form: FormInstance<V>;
  record: SettingsRecord | null;
  busy: boolean;
  onFinish: (values: V) => void;
} {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const record = useSettings((s) => s.record);
  const save = useSettings((s) => s.save);
  const { busy, submit } = useFormSubmit(
    form,
    fields,
    () => message.success(t('settings:saved')),
    'settings',
  );

  useEffect(() => {
    if (record) form.setFieldsValue(pick(record.settings) as Parameters<typeof form.setFieldsValue>[0]);
  }, [record, form, pick]);

  return { form, record, busy, onFinish: (v) => void submit(() => save(v)) };
}
